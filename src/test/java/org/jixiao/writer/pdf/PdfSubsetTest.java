package org.jixiao.writer.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.geom.GeneralPath;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.fontbox.cff.CFFFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType0;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutReader;
import org.jixiao.render.Renderer;
import org.jixiao.render.Samples;
import org.jixiao.writer.WriteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fonts a PDF embeds are true subsets (only the glyphs drawn), which PDFBox 2.0 and poppler
 * read, draw and extract text from; the samples stay within the size budget of issue 14.
 */
class PdfSubsetTest {
  private static final Path ZENGDU = Path.of("data/2025/曾都区医疗保障信息中心.yaml");
  private static final String WHOLE = "部门整体绩效目标申报表";

  /** Every sample form's PDF, by "file: form". */
  private static Map<String, byte[]> samplePdfs() {
    PdfFonts fonts = Pdfs.fonts();
    Renderer r = Samples.renderer();
    Map<String, byte[]> out = new TreeMap<>();
    for (Path file : Samples.files()) {
      for (Renderer.FormXml f : r.layouts(Samples.load(r, file))) {
        out.put(file + ": " + f.name(), Pdfs.write(LayoutReader.read(f.xml()), fonts, WriteOptions.defaults()));
      }
    }
    return out;
  }

  @Test
  void fontProgramsAreDeflatedHuffmanOnly() throws IOException {
    byte[] pdf = Pdfs.write(Samples.layout(ZENGDU, WHOLE), Pdfs.fonts(), WriteOptions.defaults());
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
    int programs = 0;
    for (int i = 1; i < reader.getXrefSize(); i++) {
      if (reader.getPdfObject(i) instanceof com.lowagie.text.pdf.PRStream s
          && "/CIDFontType0C".equals(String.valueOf(s.get(com.lowagie.text.pdf.PdfName.SUBTYPE)))) {
        byte[] raw = com.lowagie.text.pdf.PdfReader.getStreamBytesRaw(s);
        byte[] program = com.lowagie.text.pdf.PdfReader.getStreamBytes(s);
        assertEquals(1, program[0], "a CFF program (major version 1)");
        // what zlib's Huffman-only strategy makes of the program, byte for byte (level 6 or a
        // stored stream would differ)
        java.util.zip.Deflater d = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION);
        d.setStrategy(java.util.zip.Deflater.HUFFMAN_ONLY);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.DeflaterOutputStream(out, d, 16 * 1024)) {
          zip.write(program);
        } finally {
          d.end();
        }
        assertTrue(java.util.Arrays.equals(out.toByteArray(), raw), "object " + i + " not Huffman-only");
        assertTrue(raw.length < program.length, "object " + i + " stored, not deflated");
        programs++;
      }
    }
    assertEquals(2, programs, "the body face and the bold face");
  }

  @Test
  void aFontProgramOpenPdfDeflatedItselfIsWrittenAsItIs() throws IOException {
    byte[] program = new byte[4096];
    java.util.Arrays.fill(program, (byte) 7);
    com.lowagie.text.pdf.PdfStream compressed = new com.lowagie.text.pdf.PdfStream(program);
    compressed.flateCompress(6);
    assertTrue(FontStreams.huffman(compressed) == compressed);
    com.lowagie.text.pdf.PdfStream stored = new com.lowagie.text.pdf.PdfStream(program);
    stored.flateCompress(0);
    assertFalse(FontStreams.huffman(stored) == stored);
  }

  @Test
  void theTwoReferenceFormsAreWithinTheirSizeBudgets() {
    PdfFonts fonts = Pdfs.fonts();
    byte[] zengdu = Pdfs.write(Samples.layout(ZENGDU, WHOLE), fonts, WriteOptions.defaults());
    byte[] guangshui = Pdfs.write(Samples.layout(Samples.guangshui(), WHOLE), fonts, WriteOptions.defaults());
    // were 410 and 544 KB with OpenPDF's own CFF subsets (all 65,535 glyph slots)
    assertTrue(zengdu.length <= 60 * 1024, "曾都 " + zengdu.length + " bytes");
    assertTrue(guangshui.length <= 150 * 1024, "广水 " + guangshui.length + " bytes");
  }

  @Test
  void eachEmbeddedFontHasOnlyTheGlyphsDrawnAndPdfBoxDrawsEveryOne() throws IOException {
    for (Map.Entry<String, byte[]> e : samplePdfs().entrySet()) {
      try (PDDocument doc = PDDocument.load(e.getValue())) {
        String text = new PDFTextStripper().getText(doc);
        long distinct = text.codePoints().filter(cp -> !Character.isWhitespace(cp)).distinct().count();
        int glyphs = 0;
        for (PDType0Font font : fonts(doc)) {
          PDCIDFontType0 cid = (PDCIDFontType0) font.getDescendantFont();
          assertTrue(cid.isEmbedded() && !cid.isDamaged(), e.getKey() + ": " + font.getName());
          assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), "a subset tag: " + font.getName());
          CFFFont cff = cid.getCFFFont();
          int n = cff.getNumCharStrings();
          glyphs += n - 1;
          int undrawn = 0;
          for (int code = 1; code < n; code++) {
            String unicode = font.toUnicode(code);
            if (unicode == null) {
              undrawn++; // 第 0-9 页 共 of a one-page form's page numbers, a space only at a line end
              continue;
            }
            GeneralPath path = cid.getPath(code);
            assertTrue(unicode.isBlank() || !path.getBounds2D().isEmpty(),
                e.getKey() + ": " + font.getName() + " draws nothing for " + unicode);
          }
          assertTrue(undrawn <= 14, e.getKey() + ": " + font.getName() + " has " + undrawn + " glyphs not drawn");
        }
        // the glyphs drawn, twice over when the title and the body share a character, and the
        // digits of the page numbers; never a whole face
        assertTrue(glyphs <= 2 * distinct + 20, e.getKey() + ": " + glyphs + " glyphs for " + distinct + " characters");
        assertTrue(text.contains("绩效目标"), e.getKey() + ": " + text.substring(0, Math.min(80, text.length())));
      }
    }
  }

  @Test
  void pdfBoxAndPopplerDrawEveryPageOfTheFourPageFormAlike(@TempDir Path dir) throws Exception {
    assumeTrue(onPath("pdftoppm"), "poppler-utils is not installed");
    byte[] pdf = Pdfs.write(Samples.layout(Samples.guangshui(), WHOLE), Pdfs.fonts(), WriteOptions.defaults());
    Path file = Files.write(dir.resolve("form.pdf"), pdf);
    run("pdftoppm", "-r", "72", "-png", file.toString(), dir.resolve("page").toString());
    try (PDDocument doc = PDDocument.load(pdf)) {
      assertEquals(4, doc.getNumberOfPages());
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int p = 0; p < doc.getNumberOfPages(); p++) {
        double pdfBox = inked(renderer.renderImageWithDPI(p, 72));
        double poppler = inked(ImageIO.read(dir.resolve("page-" + (p + 1) + ".png").toFile()));
        // the same glyphs drawn by two rasterizers: about as much ink; borders alone are a fraction
        assertTrue(poppler > 0.02 && pdfBox / poppler > 0.8 && pdfBox / poppler < 1.25,
            "page " + (p + 1) + ": PDFBox " + pdfBox + ", poppler " + poppler);
      }
    }
  }

  @Test
  void popplerExtractsTheTextAndListsTheFontsAsEmbeddedSubsets(@TempDir Path dir) throws Exception {
    assumeTrue(onPath("pdftotext") && onPath("pdffonts"), "poppler-utils is not installed");
    Path pdf = Files.write(dir.resolve("form.pdf"),
        Pdfs.write(Samples.layout(Samples.guangshui(), WHOLE), Pdfs.fonts(), WriteOptions.defaults()));
    String text = run("pdftotext", pdf.toString(), "-");
    assertTrue(text.contains("部门整体绩效目标申报表") && text.contains("广水市医疗保障局"), text);
    String fonts = run("pdffonts", pdf.toString());
    List<String> rows = new ArrayList<>(fonts.lines().skip(2).toList());
    assertEquals(2, rows.size(), fonts);
    for (String row : rows) {
      assertTrue(row.matches("[A-Z]{6}\\+NotoS\\S+\\s+CID Type 0C\\s+Identity-H\\s+yes yes yes .*"), row);
    }
  }

  @Test
  void theOnePageFormEmbedsAFewHundredGlyphsPerFaceNotAWholeFace() throws IOException {
    Layout layout = Samples.layout(ZENGDU, WHOLE);
    byte[] pdf = Pdfs.write(layout, Pdfs.fonts(), WriteOptions.defaults());
    try (PDDocument doc = PDDocument.load(pdf)) {
      for (PDType0Font font : fonts(doc)) {
        int n = ((PDCIDFontType0) font.getDescendantFont()).getCFFFont().getNumCharStrings();
        assertTrue(n < 400, font.getName() + ": " + n + " glyphs");
      }
    }
  }

  @Test
  void aTrueTypeFallbackFaceIsEmbeddedAsASubsetToo() throws IOException {
    String dejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    PdfFonts fonts = Pdfs.pinned(dejaVu);
    int cp = 0x2500;
    while (cp < 0x2C00 && (fonts.faceFor(cp, fonts.body()) == null || fonts.faceFor(cp, fonts.body()) == fonts.body()
        || fonts.faceFor(cp, fonts.body()) == fonts.title())) {
      cp++;
    }
    assumeTrue(cp < 0x2C00, "no symbol that DejaVu Sans has and Noto CJK lacks");
    String text = "甲" + Character.toString(cp) + "乙";
    Layout layout = LayoutReader.read("<form title=\"测试\"><page orientation=\"portrait\"/><p>" + text + "</p></form>");
    try (PDDocument doc = PDDocument.load(Pdfs.write(layout, fonts, WriteOptions.defaults()))) {
      PDType0Font font = fonts(doc).stream().filter(f -> f.getName().contains("DejaVuSans")).findFirst().orElseThrow();
      assertTrue(font.getName().matches("[A-Z]{6}\\+DejaVuSans"), font.getName());
      PDCIDFontType2 cid = (PDCIDFontType2) font.getDescendantFont();
      assertTrue(cid.isEmbedded() && !cid.isDamaged());
      int glyphs = cid.getTrueTypeFont().getNumberOfGlyphs();
      assertTrue(glyphs <= 3, glyphs + " glyphs for one character (and .notdef)");
      int code = font.readCode(new java.io.ByteArrayInputStream(new byte[] {0, 1}));
      assertEquals(Character.toString(cp), font.toUnicode(code));
      assertFalse(cid.getPath(code).getBounds2D().isEmpty(), "DejaVu's glyph is drawn");
      assertTrue(new PDFTextStripper().getText(doc).contains(text));
    }
  }

  private static List<PDType0Font> fonts(PDDocument doc) throws IOException {
    Map<String, PDType0Font> fonts = new TreeMap<>();
    for (PDPage page : doc.getPages()) {
      PDResources res = page.getResources();
      for (COSName name : res.getFontNames()) {
        PDFont f = res.getFont(name);
        assertTrue(f instanceof PDType0Font, f.getName());
        fonts.put(f.getName(), (PDType0Font) f);
      }
    }
    assertFalse(fonts.isEmpty());
    return List.copyOf(fonts.values());
  }

  /** The share of pixels that are not white. */
  private static double inked(BufferedImage image) {
    long dark = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 3 * 230) {
          dark++;
        }
      }
    }
    return (double) dark / ((long) image.getWidth() * image.getHeight());
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  private static String run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    String s = new String(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), s);
    assertFalse(s.contains("Syntax Error") || s.contains("Syntax Warning"), s);
    return s;
  }
}
