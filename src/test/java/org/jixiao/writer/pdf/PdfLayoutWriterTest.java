package org.jixiao.writer.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.layout.Align;
import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutReader;
import org.jixiao.layout.PageSetup;
import org.jixiao.layout.Paragraph;
import org.jixiao.writer.WriteOptions;
import org.junit.jupiter.api.Test;

class PdfLayoutWriterTest {
  private static final String DEJAVU_SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  private static final Pattern SUBSET = Pattern.compile("^[A-Z]{6}\\+");

  private static Layout oneLine(String text) {
    return LayoutReader.read("<form title=\"测试\"><page orientation=\"portrait\"/><p>" + text + "</p></form>");
  }

  /** BaseFont names of the fonts on page 1 whose descendant font embeds a font file. */
  private static List<String> embeddedFonts(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    PdfDictionary resources = (PdfDictionary) PdfReader.getPdfObject(reader.getPageN(1).get(PdfName.RESOURCES));
    PdfDictionary fonts = (PdfDictionary) PdfReader.getPdfObject(resources.get(PdfName.FONT));
    List<String> names = new ArrayList<>();
    for (PdfName key : fonts.getKeys()) {
      PdfDictionary font = (PdfDictionary) PdfReader.getPdfObject(fonts.get(key));
      PdfArray descendants = (PdfArray) PdfReader.getPdfObject(font.get(PdfName.DESCENDANTFONTS));
      PdfDictionary cid = (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
      PdfDictionary descriptor = (PdfDictionary) PdfReader.getPdfObject(cid.get(PdfName.FONTDESCRIPTOR));
      if (descriptor.get(PdfName.FONTFILE2) != null || descriptor.get(PdfName.FONTFILE3) != null) {
        names.add(PdfName.decodeName(font.get(PdfName.BASEFONT).toString()));
      }
    }
    return names;
  }

  @Test
  void theFormEmbedsSubsetChineseFontsAndItsTextCanBeExtracted() throws IOException {
    PdfFonts fonts = Pdfs.fonts();
    byte[] pdf = Pdfs.write(Samples.form(8), fonts, WriteOptions.defaults());
    List<String> embedded = embeddedFonts(pdf);
    assertEquals(2, embedded.size(), "body and title faces: " + embedded);
    for (String name : embedded) {
      assertTrue(SUBSET.matcher(name).find(), name + " is not a subset");
    }
    assertTrue(embedded.stream().anyMatch(n -> n.contains(fonts.body().name())), embedded.toString());
    String text = String.join("", Pdfs.pages(pdf));
    assertTrue(text.contains(Samples.UNIT), text);
    assertTrue(text.contains("部门整体绩效目标申报表"), text);
  }

  @Test
  void theSameLayoutGivesTheSameBytesWhateverTheThreadOrTimeZone() throws Exception {
    PdfFonts fonts = Pdfs.fonts();
    Layout layout = Samples.form(30);
    byte[] first = Pdfs.write(layout, fonts, WriteOptions.defaults());
    assertArrayEquals(first, Pdfs.write(Samples.form(30), fonts, WriteOptions.defaults()));
    List<CompletableFuture<byte[]>> parallel = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      parallel.add(CompletableFuture.supplyAsync(() -> Pdfs.write(layout, fonts, WriteOptions.defaults())));
    }
    for (CompletableFuture<byte[]> other : parallel) {
      assertArrayEquals(first, other.get());
    }
    TimeZone zone = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertArrayEquals(first, Pdfs.write(layout, fonts, WriteOptions.defaults()));
    } finally {
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void aDifferentLayoutGetsADifferentFileIdAndSubsetPrefix() {
    PdfFonts fonts = Pdfs.fonts();
    String a = new String(Pdfs.write(oneLine("甲"), fonts, WriteOptions.defaults()), StandardCharsets.ISO_8859_1);
    String b = new String(Pdfs.write(oneLine("乙"), fonts, WriteOptions.defaults()), StandardCharsets.ISO_8859_1);
    assertFalse(fileId(a).equals(fileId(b)), "same /ID for different content");
    assertFalse(prefix(a).equals(prefix(b)), "same subset prefix for different content");
  }

  private static String fileId(String pdf) {
    Matcher m = Pattern.compile("/ID ?\\[<(\\p{XDigit}+)>").matcher(pdf.substring(pdf.lastIndexOf("trailer")));
    assertTrue(m.find(), "no /ID in the trailer");
    return m.group(1);
  }

  private static String prefix(String pdf) {
    Matcher m = Pattern.compile("/FontName/([A-Z]{6})\\+").matcher(pdf);
    assertTrue(m.find(), "no subset font");
    return m.group(1);
  }

  @Test
  void withoutSourceDateEpochThePdfCarriesNoDates() throws IOException {
    Map<String, String> info = new PdfReader(Pdfs.write(oneLine("无日期"))).getInfo();
    assertFalse(info.containsKey("CreationDate"), info.toString());
    assertFalse(info.containsKey("ModDate"), info.toString());
    assertEquals("测试", info.get("Title"));
    assertEquals("jixiao", info.get("Producer"));
  }

  @Test
  void sourceDateEpochSetsBothDates() throws IOException {
    WriteOptions options = WriteOptions.fromEnvironment("1700000000");
    Map<String, String> info = new PdfReader(Pdfs.write(oneLine("有日期"), Pdfs.fonts(), options)).getInfo();
    for (String key : List.of("CreationDate", "ModDate")) {
      assertNotNull(info.get(key), key);
      assertEquals(Instant.ofEpochSecond(1700000000),
          PdfDate.decode(info.get(key)).toInstant(), key + " = " + info.get(key));
    }
  }

  @Test
  void aLandscapeLayoutPrintsOnLandscapeA4() throws IOException {
    Layout layout = LayoutReader.read("<form title=\"横\"><page orientation=\"landscape\"/><p>横向</p></form>");
    Rectangle size = new PdfReader(Pdfs.write(layout)).getPageSize(1);
    assertTrue(size.getWidth() > size.getHeight(), size.getWidth() + " x " + size.getHeight());
    assertEquals(0, new PdfReader(Pdfs.write(layout)).getPageRotation(1), "landscape by its size, not /Rotate");
  }

  @Test
  void aCharacterThatNoFontHasIsReportedWithItsCodePointAndContext() {
    PdfFonts fonts = Pdfs.fonts();
    // a rare ideograph if the installed fonts lack it, else a private-use code point none has
    int missing = List.of(0x2A6A5, 0x2B81D, 0x10FFFD).stream()
        .filter(cp -> fonts.faceFor(cp, fonts.body()) == null).findFirst().orElseThrow();
    String text = "项目名称：城区学校" + Character.toString(missing) + "改造工程第二期";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JixiaoException e = assertThrows(JixiaoException.class,
        () -> new PdfLayoutWriter(fonts, WriteOptions.defaults()).write(oneLine(text), out));
    assertEquals(1, e.diagnostics().size(), e.diagnostics().toString());
    Diagnostic d = e.diagnostics().get(0);
    assertEquals("pdf-missing-glyph", d.rule());
    assertTrue(d.message().contains(String.format("U+%04X", missing)), d.message());
    assertTrue(d.message().contains("城区学校" + Character.toString(missing) + "改造工程"), d.message());
    assertTrue(d.hint().contains("fonts-noto-cjk"), d.hint());
    assertEquals(0, out.size(), "nothing may be written when a character is missing");
  }

  @Test
  void manyMissingCharactersAreReportedTenAtMost() {
    Pdfs.fonts(); // skips here, not inside assertThrows, on a machine without Noto CJK
    StringBuilder text = new StringBuilder();
    for (int cp = 0xE000; cp < 0xE000 + 30; cp++) {
      text.appendCodePoint(cp);
    }
    JixiaoException e = assertThrows(JixiaoException.class, () -> Pdfs.write(oneLine(text.toString())));
    assertEquals(10, e.diagnostics().size());
    assertTrue(e.diagnostics().get(9).message().contains("U+E009"), e.diagnostics().get(9).message());
  }

  /** BOM, zero-width space, non-joiner, joiner, LRM, RLM, LRE..RLO, LRI..PDI, word joiner, soft hyphen. */
  static final String INVISIBLE = "\uFEFF\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E"
      + "\u2066\u2067\u2068\u2069\u2060\u00AD";

  @Test
  void blanksAndInvisibleCharactersAreDrawnOrDroppedNotReported() {
    // DejaVu Sans has glyphs for the BOM and most of the others, as WenQuanYi Micro Hei has: as a
    // fallback face it would draw them if they reached the typesetter
    PdfFonts fonts = Pdfs.pinned(DEJAVU_SANS);
    String text = "甲\t乙\u3000丙\u00A0丁\u200B戊\uFEFF己\r\n庚\u2003辛" + INVISIBLE + "壬";
    String drawn = Pdfs.pages(Pdfs.write(oneLine(text), fonts, WriteOptions.defaults())).get(0);
    assertEquals("甲乙丙丁戊己庚辛壬", drawn.replaceAll("(?U)\\s", ""), drawn);
  }

  @Test
  void invisibleCharactersAreNotDrawnEvenWhenALayoutIsMadeWithoutTheReader() {
    PdfFonts fonts = Pdfs.pinned(DEJAVU_SANS);
    for (int cp : INVISIBLE.codePoints().toArray()) {
      assertNotNull(fonts.faceFor('中', fonts.body()));
      Layout layout = new Layout("t", new PageSetup(false, 20, 15, 20, 15), "宋体", "黑体",
          List.of(new Paragraph("甲" + Character.toString(cp) + "乙", Paragraph.Style.BODY, Align.LEFT,
              false, 10.5)));
      String drawn = Pdfs.pages(Pdfs.write(layout, fonts, WriteOptions.defaults())).get(0);
      assertEquals("甲乙", drawn.strip(), String.format("U+%04X: %s", cp, drawn));
    }
  }

  private static Layout signed(String date) {
    return LayoutReader.read("<form title=\"部门整体绩效目标申报表\" author=\"广水市医疗保障局\" date=\"" + date
        + "\"><page orientation=\"portrait\"/><p>正文</p></form>");
  }

  @Test
  void aPdfAFileSaysInItsXmpWhatItsInfoSaysAndWhichPartItIs() throws IOException {
    for (PdfProfile profile : List.of(PdfProfile.PDFA_2B, PdfProfile.PDFA_1B)) {
      PdfReader reader = new PdfReader(Pdfs.write(signed("2024-10-16"), Pdfs.fonts(), WriteOptions.defaults(),
          profile));
      Map<String, String> info = reader.getInfo();
      assertEquals("部门整体绩效目标申报表（广水市医疗保障局）", info.get("Title"));
      assertEquals("广水市医疗保障局", info.get("Author"));
      assertEquals("jixiao", info.get("Producer"));
      // 填报日期, midnight in China: no clock
      assertEquals("D:20241016000000+08'00'", info.get("CreationDate"));
      assertEquals(info.get("CreationDate"), info.get("ModDate"));
      String xmp = new String(reader.getMetadata(), StandardCharsets.UTF_8);
      for (String what : List.of("<rdf:li xml:lang=\"x-default\">部门整体绩效目标申报表（广水市医疗保障局）</rdf:li>",
          "<dc:creator><rdf:Seq><rdf:li>广水市医疗保障局</rdf:li></rdf:Seq></dc:creator>",
          "<pdf:Producer>jixiao</pdf:Producer>", "<xmp:CreateDate>2024-10-16T00:00:00+08:00</xmp:CreateDate>",
          "<pdfaid:part>" + (profile == PdfProfile.PDFA_1B ? 1 : 2) + "</pdfaid:part>",
          "<pdfaid:conformance>B</pdfaid:conformance>")) {
        assertTrue(xmp.contains(what), profile + " lacks " + what + ": " + xmp);
      }
      assertEquals(profile == PdfProfile.PDFA_1B ? '4' : '7', reader.getPdfVersion(), profile.id());
    }
  }

  @Test
  void sourceDateEpochWinsOverTheFilingDateAndAPlainPdfHasNoXmp() throws IOException {
    WriteOptions epoch = WriteOptions.fromEnvironment("1700000000");
    PdfReader reader = new PdfReader(Pdfs.write(signed("2024-10-16"), Pdfs.fonts(), epoch));
    assertEquals("D:20231114221320+00'00'", reader.getInfo().get("CreationDate"));
    assertTrue(new String(reader.getMetadata(), StandardCharsets.UTF_8)
        .contains("<xmp:CreateDate>2023-11-14T22:13:20+00:00</xmp:CreateDate>"));
    PdfReader plain = new PdfReader(Pdfs.write(signed(""), Pdfs.fonts(), WriteOptions.defaults(),
        PdfProfile.PLAIN));
    assertEquals(null, plain.getMetadata());
    assertFalse(plain.getInfo().containsKey("CreationDate"), "no 填报日期, no SOURCE_DATE_EPOCH: no date");
  }

  @Test
  void eachKindOfPdfIsTheSameBytesRunAfterRunAndTheKindsDiffer() {
    PdfFonts fonts = Pdfs.fonts();
    Layout layout = Samples.form(12);
    List<byte[]> kinds = new ArrayList<>();
    for (PdfProfile profile : PdfProfile.values()) {
      byte[] first = Pdfs.write(layout, fonts, WriteOptions.defaults(), profile);
      assertArrayEquals(first, Pdfs.write(Samples.form(12), fonts, WriteOptions.defaults(), profile),
          profile.id());
      kinds.add(first);
    }
    assertFalse(java.util.Arrays.equals(kinds.get(0), kinds.get(1)));
    assertFalse(java.util.Arrays.equals(kinds.get(0), kinds.get(2)));
  }
}
