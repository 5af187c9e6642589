package org.jixiao.writer.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jixiao.diag.JixiaoException;
import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutReader;
import org.jixiao.render.Renderer;
import org.jixiao.render.Samples;
import org.jixiao.writer.WriteOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfSampleFormTest {
  @BeforeAll
  static void needsNotoCjk() {
    Pdfs.fonts();
  }

  private static byte[] pdf(Layout l) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfLayoutWriter(Pdfs.fonts(), WriteOptions.defaults()).write(l, out);
    return out.toByteArray();
  }

  private static Layout guangshui() {
    Renderer r = Samples.renderer();
    return LayoutReader.read(r.layouts(Samples.load(r, Samples.guangshui())).get(0).xml());
  }

  @Test
  void embedsASubsetCjkFontAndTheTextIsExtractable() throws Exception {
    byte[] b = pdf(guangshui());
    String raw = new String(b, StandardCharsets.ISO_8859_1);
    assertTrue(Pattern.compile("/BaseFont/[A-Z]{6}\\+").matcher(raw).find(), "subset font");
    assertTrue(raw.contains("/FontFile"), "font program embedded");
    PdfReader reader = new PdfReader(b);
    String page1 = new PdfTextExtractor(reader).getTextFromPage(1);
    assertTrue(page1.contains("广水市医疗保障局"), page1);
    assertTrue(reader.getNumberOfPages() >= 3, "the whole form, not one page");
  }

  @Test
  void theHeadRowRepeatsOnTheNextPage() throws Exception {
    PdfReader reader = new PdfReader(pdf(guangshui()));
    int pagesWithHead = 0;
    for (int p = 1; p <= reader.getNumberOfPages(); p++) {
      if (new PdfTextExtractor(reader).getTextFromPage(p).contains("三级指标")) {
        pagesWithHead++;
      }
    }
    assertTrue(pagesWithHead >= 3, "head rows on " + pagesWithHead + " pages");
  }

  @Test
  void theSameLayoutGivesTheSameBytes() throws Exception {
    Layout l = guangshui();
    assertArrayEquals(pdf(l), pdf(l));
  }

  @Test
  void aCharacterNoFontHasIsADiagnosticNotABox() {
    Layout l = LayoutReader.read("<form title='t'><page orientation='portrait'/><p>甲\uDB3F\uDFFD乙</p></form>");
    JixiaoException e = assertThrows(JixiaoException.class, () -> pdf(l));
    assertEquals("pdf-missing-glyph", e.diagnostics().get(0).rule());
    assertTrue(e.diagnostics().get(0).message().contains("U+DFFFD"), e.diagnostics().get(0).message());
  }
}
