package org.jixiao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
  @TempDir
  Path out;

  private Manifest.Entry entry(String input, String form, byte[] bytes) throws IOException {
    Path f = out.resolve("2025").resolve(form);
    Files.createDirectories(f.getParent());
    Files.write(f, bytes);
    return new Manifest.Entry(input, "y" + input.length(), "opts",
        Map.of("hubei/texts.yaml", "t1", "hubei/a.vm", "a1"),
        List.of(new Manifest.Output("2025/" + form, bytes.length, Hashes.crc32c(bytes))));
  }

  @Test
  void whatIsSavedIsLoadedBackSortedAndWithoutTimes() throws IOException {
    Manifest m = Manifest.load(out);
    Manifest.Entry b = entry("data/b.yaml", "乙.docx", new byte[] {1, 2});
    Manifest.Entry a = entry("data/a.yaml", "甲.docx", new byte[] {3});
    m.put(b);
    m.put(a);
    m.save();
    String text = Files.readString(out.resolve(Manifest.FILE), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("jixiao-manifest 1\nunit\tdata/a.yaml\t"), text);
    assertTrue(text.contains("dep\thubei/a.vm\ta1\ndep\thubei/texts.yaml\tt1\n"), text);
    Manifest again = Manifest.load(out);
    assertEquals(a, again.get("data/a.yaml"));
    assertEquals(b, again.get("data/b.yaml"));
    again.retainOnly(Set.of("data/b.yaml"));
    assertNull(again.get("data/a.yaml"));
  }

  @Test
  void theFontsAPdfWasDrawnWithAreKeptAndAnOlderManifestWithoutThemStillReads() throws IOException {
    Manifest m = Manifest.load(out);
    Manifest.Entry e = entry("a.yaml", "甲.pdf", new byte[] {1});
    Manifest.Entry withFonts = new Manifest.Entry(e.input(), e.yaml(), e.options(), e.deps(), e.outputs(),
        "SimSun, SimHei");
    m.put(withFonts);
    m.save();
    String text = Files.readString(out.resolve(Manifest.FILE), StandardCharsets.UTF_8);
    assertTrue(text.contains("unit\ta.yaml\ty6\topts\tSimSun, SimHei\n"), text);
    assertEquals("SimSun, SimHei", Manifest.load(out).get("a.yaml").fonts());
    Files.writeString(out.resolve(Manifest.FILE), text.replace("\tSimSun, SimHei", ""));
    Manifest older = Manifest.load(out);
    assertEquals("", older.get("a.yaml").fonts());
    assertEquals(e.outputs(), older.get("a.yaml").outputs());
  }

  @Test
  void outputsAreIntactUntilOneIsChangedOrDeleted() throws IOException {
    Manifest m = Manifest.load(out);
    Manifest.Entry e = entry("a.yaml", "甲.pdf", new byte[] {1, 2, 3});
    assertTrue(m.outputsIntact(e));
    Files.write(out.resolve("2025/甲.pdf"), new byte[] {1, 2, 4});
    assertFalse(m.outputsIntact(e), "same size, other content");
    Files.delete(out.resolve("2025/甲.pdf"));
    assertFalse(m.outputsIntact(e), "deleted");
  }

  @Test
  void hashesAreHex() {
    assertEquals("e3069283", Hashes.crc32c("123456789".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("15e2b0d3c33891ebb0f1ef609ec419420c20e320ce94c65fbc8c3312448eb225",
        Hashes.sha256("123456789"));
  }

  @Test
  void aDamagedManifestIsTreatedAsEmpty() throws IOException {
    Files.writeString(out.resolve(Manifest.FILE), "jixiao-manifest 1\nout\tx\tnot-a-number\th\n");
    assertNull(Manifest.load(out).get("x"));
  }

  @Test
  void aNameWithATabCannotBeStored() {
    assertThrows(IllegalArgumentException.class,
        () -> new Manifest.Entry("a\tb.yaml", "y", "o", Map.of(), List.of()));
  }
}
