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
import org.jixiao.writer.pdf.PdfProfile;
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

  @Test
  void fontsThatAreNotAListAreAnErrorAtTheirLineNotIgnored() throws Exception {
    Files.writeString(dir.resolve("jixiao.yaml"), "system-fonts: false\nfonts: /fonts/SimSun.ttc,0\n");
    JixiaoException e = assertThrows(JixiaoException.class, () -> Config.load(dir));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals("config", d.rule());
    assertEquals(2, d.line());
    assertTrue(d.message().contains("fonts:") && d.hint().contains("  - "), d.toString());
  }

  @Test
  void theKindOfPdfIsTheOptionElseTheFileElsePdfA2b() throws Exception {
    assertEquals(PdfProfile.PDFA_2B, Config.load(dir).pdf(null));
    Files.writeString(dir.resolve("jixiao.yaml"), "pdf: PDFA-1b\n");
    Config c = Config.load(dir);
    assertEquals(PdfProfile.PDFA_1B, c.pdf(null));
    assertEquals(PdfProfile.PLAIN, c.pdf("plain"));
    assertThrows(IllegalArgumentException.class, () -> c.pdf("pdf/a"));
    Files.writeString(dir.resolve("jixiao.yaml"), "fonts: []\npdf: archival\n");
    Diagnostic d = assertThrows(JixiaoException.class, () -> Config.load(dir)).diagnostics().get(0);
    assertEquals(2, d.line());
    assertTrue(d.message().contains("pdfa-2b, pdfa-1b, plain"), d.message());
  }

  /** D10's sibling: a 2 GiB jixiao.yaml was read whole, and the run ended in an OutOfMemoryError trace. */
  @Test
  void aHugeJixiaoYamlIsRefusedBySizeWithoutBeingRead() throws java.io.IOException {
    AttackTest.sparse(dir.resolve(Config.FILE), 2L * 1024 * 1024 * 1024);
    JixiaoException e = assertThrows(JixiaoException.class, () -> Config.load(dir));
    assertEquals("yaml-size", e.diagnostics().get(0).rule());
    assertEquals(Config.FILE, e.diagnostics().get(0).file());
  }
}
