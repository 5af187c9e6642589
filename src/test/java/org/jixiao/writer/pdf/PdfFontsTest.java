package org.jixiao.writer.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.layout.LayoutReader;
import org.jixiao.writer.WriteOptions;
import org.junit.jupiter.api.Test;

class PdfFontsTest {
  private static final String NOTO_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";
  private static final String NOTO_SANS_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";
  private static final String DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";

  private static void assumeInstalled(String... paths) {
    for (String p : paths) {
      assumeTrue(Files.isRegularFile(Path.of(p)), p + " is not installed");
    }
  }

  @Test
  void withNoChineseFontTheDiagnosticSaysWhatToInstallOnEachSystem() {
    JixiaoException e = assertThrows(JixiaoException.class, () -> PdfFonts.find(List.of(), List.of()));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals("pdf-font-missing", d.rule());
    assertEquals("jixiao.yaml", d.file());
    assertTrue(d.message().contains("中文字体"), d.message());
    for (String what : List.of("apt-get install fonts-noto-cjk", "SimSun", "Songti", "fonts:")) {
      assertTrue(d.hint().contains(what), "hint lacks " + what + ": " + d.hint());
    }
  }

  @Test
  void aConfiguredFontThatDoesNotExistIsAnErrorNamingIt() {
    JixiaoException e = assertThrows(JixiaoException.class,
        () -> PdfFonts.find(List.of("/nonexistent/simsun.ttc,0")));
    assertEquals("pdf-font-missing", e.diagnostics().get(0).rule());
    assertTrue(e.diagnostics().get(0).message().contains("/nonexistent/simsun.ttc"));
  }

  @Test
  void aConfiguredFileThatIsNotAFontIsAnError(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path notAFont = Files.writeString(dir.resolve("fake.ttf"), "not a font");
    JixiaoException e = assertThrows(JixiaoException.class, () -> PdfFonts.find(List.of(notAFont.toString())));
    assertEquals("pdf-font-missing", e.diagnostics().get(0).rule());
    assertTrue(e.diagnostics().get(0).message().contains("fake.ttf"));
  }

  @Test
  void configuredFontsWithoutChineseAndNoneInstalledIsTheNoFontError() {
    assumeInstalled(DEJAVU);
    JixiaoException e = assertThrows(JixiaoException.class, () -> PdfFonts.find(List.of(DEJAVU), List.of()));
    assertEquals(1, e.diagnostics().size());
    assertTrue(e.diagnostics().get(0).hint().contains("fonts-noto-cjk"), e.diagnostics().get(0).hint());
  }

  @Test
  void notoCjkCollectionsGiveTheirSimplifiedChineseFaces() {
    assumeInstalled(NOTO_SERIF, NOTO_SANS_BOLD);
    PdfFonts fonts = PdfFonts.find(List.of(), PdfFonts.SYSTEM);
    assertEquals("NotoSerifCJKsc-Regular", fonts.body().name());
    assertEquals("NotoSansCJKsc-Bold", fonts.title().name());
    assertTrue(fonts.title().bold());
    assertFalse(fonts.body().bold());
  }

  @Test
  void eachFontFileIsParsedOnce() {
    PdfFonts a = Pdfs.fonts();
    PdfFonts b = PdfFonts.find(List.of());
    assertSame(a.body().font(), b.body().font());
    assertSame(a.title().font(), b.title().font());
  }

  @Test
  void configuredFontsComeFirstAndAnIndexPicksTheFaceOfACollection() {
    assumeInstalled(NOTO_SANS_BOLD, NOTO_SERIF);
    PdfFonts fonts = PdfFonts.find(List.of(NOTO_SANS_BOLD + ",3", NOTO_SERIF));
    assertEquals("NotoSansCJKtc-Bold", fonts.body().name());
    assertEquals("NotoSerifCJKsc-Regular", fonts.title().name());
  }

  @Test
  void charactersTheBodyFaceLacksAreDrawnByTheNextFaceThatHasThem() throws Exception {
    assumeInstalled(DEJAVU, NOTO_SERIF);
    PdfFonts fonts = PdfFonts.find(List.of(DEJAVU));
    assertEquals(fonts.body(), fonts.faceFor('A', fonts.body()));
    Face chinese = fonts.faceFor('中', fonts.body());
    assertTrue(chinese != null && chinese != fonts.body() && chinese.has('中'));
    byte[] pdf = Pdfs.write(LayoutReader.read(
        "<form title=\"混排\"><page orientation=\"portrait\"/><p>Budget 预算 2025</p></form>"),
        fonts, WriteOptions.defaults());
    String text = String.join("", Pdfs.pages(pdf));
    assertTrue(text.contains("Budget 预算 2025"), text);
  }

  @Test
  void withSystemFontsOffAndNoneListedThereIsNoFontToTryAndTheHintSaysWhatToDo() {
    List<Diagnostic> none = PdfFonts.noneInstalled(List.of(), false);
    assertEquals(1, none.size());
    assertEquals("pdf-font-missing", none.get(0).rule());
    assertTrue(none.get(0).message().contains("system-fonts: false"), none.get(0).message());
    assertTrue(none.get(0).hint().contains("fonts-noto-cjk"), none.get(0).hint());
    assertEquals(List.of(), PdfFonts.noneInstalled(List.of("/some/font.ttc,0"), false),
        "a listed font is tried (and reported by find when it cannot be used)");
    JixiaoException e = assertThrows(JixiaoException.class, () -> PdfFonts.find(List.of(), false));
    assertEquals(none, e.diagnostics());
  }
}
