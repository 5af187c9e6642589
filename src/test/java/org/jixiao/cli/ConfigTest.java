package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
  @TempDir
  Path dir;

  @Test
  void withoutAFileSystemFontsAreUsedAndNoneAreListed() {
    Config c = Config.load(dir);
    assertEquals(List.of(), c.fonts());
    assertTrue(c.systemFonts());
  }

  @Test
  void systemFontsFalsePinsTheProjectToItsListedFonts() throws Exception {
    Files.writeString(dir.resolve("jixiao.yaml"), "fonts:\n  - /a/b.ttc,0\nsystem-fonts: false\n");
    Config c = Config.load(dir);
    assertEquals(List.of("/a/b.ttc,0"), c.fonts());
    assertFalse(c.systemFonts());
  }

  @Test
  void aSystemFontsValueThatIsNotABooleanIsAnErrorAtItsLine() throws Exception {
    Files.writeString(dir.resolve("jixiao.yaml"), "fonts: []\nsystem-fonts: maybe\n");
    JixiaoException e = assertThrows(JixiaoException.class, () -> Config.load(dir));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals("config", d.rule());
    assertEquals(2, d.line());
    assertTrue(d.message().contains("system-fonts"), d.message());
  }
}
