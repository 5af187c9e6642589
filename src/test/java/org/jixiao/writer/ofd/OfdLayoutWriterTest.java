package org.jixiao.writer.ofd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jixiao.diag.JixiaoException;
import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutReader;
import org.jixiao.render.Samples;
import org.jixiao.writer.WriteOptions;
import org.jixiao.writer.pdf.PdfFonts;
import org.junit.jupiter.api.Test;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.reader.OFDReader;

class OfdLayoutWriterTest {
  private static Layout guangshui() {
    return Samples.layout(Samples.guangshui(), "部门整体绩效目标申报表");
  }

  private static Layout oneLine(String text) {
    return LayoutReader.read("<form title=\"测试\"><page orientation=\"portrait\"/><p>" + text + "</p></form>");
  }

  private static CT_DocInfo info(byte[] ofd) throws Exception {
    try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
      return reader.getOFDDir().getOfd().getDocBody().getDocInfo();
    }
  }

  /** The zip's entries in order, with their bytes. */
  private static Map<String, byte[]> entries(byte[] ofd) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ofd))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  @Test
  void lengthsAreWrittenInMillimetresWithoutTrailingZeros() {
    assertEquals(List.of("0", "0.05", "1.005", "-3", "0.12", "209.903", "0.001"),
        java.util.stream.LongStream.of(0, 50, 1005, -3000, 120, 209903, 1).mapToObj(OfdPage::mm).toList());
  }

  @Test
  void theFormatIsOfd() {
    assertEquals("ofd", new OfdLayoutWriter(Ofds.fonts(), WriteOptions.defaults()).format());
  }

  @Test
  void theSameLayoutGivesTheSameBytesWhateverTheThreadOrTimeZone() throws Exception {
    PdfFonts fonts = Ofds.fonts();
    byte[] first = Ofds.ofd(guangshui(), fonts, WriteOptions.defaults());
    assertArrayEquals(first, Ofds.ofd(guangshui(), fonts, WriteOptions.defaults()));
    List<CompletableFuture<byte[]>> parallel = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      parallel.add(CompletableFuture.supplyAsync(() -> Ofds.ofd(guangshui(), fonts, WriteOptions.defaults())));
    }
    for (CompletableFuture<byte[]> other : parallel) {
      assertArrayEquals(first, other.get());
    }
    TimeZone zone = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertArrayEquals(first, Ofds.ofd(guangshui(), fonts, WriteOptions.defaults()));
    } finally {
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void thePackageHoldsItsPartsInAFixedOrderStampedWithTheOneTime() throws IOException {
    byte[] ofd = Ofds.ofd(guangshui(), Ofds.fonts(), WriteOptions.defaults());
    List<String> names = new ArrayList<>(entries(ofd).keySet());
    assertEquals(List.of("OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml", "Doc_0/Pages/Page_0/Content.xml"),
        names.subList(0, 4));
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ofd))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        assertEquals(WriteOptions.DEFAULT_TIME.toEpochMilli(), e.getTimeLocal()
            .toInstant(java.time.ZoneOffset.UTC).toEpochMilli(), e.getName());
      }
    }
  }

  @Test
  void titleAuthorAndDateComeFromTheDeclaration() throws Exception {
    Layout layout = guangshui();
    CT_DocInfo info = info(Ofds.ofd(layout, Ofds.fonts(), WriteOptions.defaults()));
    assertEquals("部门整体绩效目标申报表（广水市医疗保障局）", info.getTile());
    assertEquals("广水市医疗保障局", info.getAuthor());
    assertEquals(layout.date(), info.getCreationDate());
    assertEquals(layout.date(), info.getModDate());
    assertEquals("jixiao", info.getCreator());
    assertTrue(info.getDocID().matches("[0-9a-f]{32}"), info.getDocID());
  }

  @Test
  void sourceDateEpochSetsTheDateAsForPdf() throws Exception {
    // 2025-03-01T20:00:00Z: 2025-03-01 in UTC, as the PDF's SOURCE_DATE_EPOCH date is
    WriteOptions options = WriteOptions.fromEnvironment("1740859200");
    CT_DocInfo info = info(Ofds.ofd(guangshui(), Ofds.fonts(), options));
    assertEquals(LocalDate.of(2025, 3, 1), info.getCreationDate());
  }

  @Test
  void aFormWithoutADateHasNone() throws Exception {
    CT_DocInfo info = info(Ofds.ofd(oneLine("甲"), Ofds.fonts(), WriteOptions.defaults()));
    assertNull(info.getCreationDate());
    assertEquals("测试", info.getTile());
  }

  @Test
  void anotherFormGetsAnotherDocId() throws Exception {
    PdfFonts fonts = Ofds.fonts();
    assertNotEquals(info(Ofds.ofd(oneLine("甲"), fonts, WriteOptions.defaults())).getDocID(),
        info(Ofds.ofd(oneLine("乙"), fonts, WriteOptions.defaults())).getDocID());
  }

  @Test
  void aCharacterThatNoFontHasIsRefusedBeforeAnythingIsWritten() {
    PdfFonts fonts = Ofds.fonts();
    int missing = List.of(0x2A6A5, 0x2B81D, 0x10FFFD).stream()
        .filter(cp -> !fonts.body().has(cp) && !fonts.title().has(cp))
        .findFirst().orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JixiaoException e = assertThrows(JixiaoException.class, () -> new OfdLayoutWriter(fonts,
        WriteOptions.defaults()).write(oneLine("城区学校" + Character.toString(missing) + "改造工程"), out));
    assertEquals("pdf-missing-glyph", e.diagnostics().get(0).rule());
    assertEquals(0, out.size(), "nothing may be written when a character is missing");
  }

  @Test
  void textIsEscapedAndKeptWhole() throws Exception {
    String hostile = "<a href=\"x\">&amp;</a> ]]> 甲";
    byte[] ofd = Ofds.ofd(oneLine(hostile.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;")), Ofds.fonts(), WriteOptions.defaults());
    assertEquals(Ofds.solid(hostile), Ofds.solid(Ofds.pages(ofd).get(0).text()));
    String content = new String(entries(ofd).get("Doc_0/Pages/Page_0/Content.xml"), StandardCharsets.UTF_8);
    assertFalse(content.contains("<a href"), content);
  }

  @Test
  void everyFaceIsEmbeddedAsASubsetOfTheCharactersOnThePages() throws IOException {
    byte[] ofd = Ofds.ofd(guangshui(), Ofds.fonts(), WriteOptions.defaults());
    assertTrue(ofd.length < 200_000, ofd.length + " bytes: a whole font file was embedded");
    Map<String, byte[]> parts = entries(ofd);
    String res = new String(parts.get("Doc_0/PublicRes.xml"), StandardCharsets.UTF_8);
    assertTrue(res.contains("FontName=\"NotoSerifCJKsc-Regular\" FamilyName=\"Noto Serif CJK SC\""
        + "><ofd:FontFile>font_2.otf</ofd:FontFile>"), res);
    assertTrue(res.contains("FontName=\"NotoSansCJKsc-Bold\""), res);
    String text = Ofds.pages(ofd).stream().map(Ofds.PageContent::text).reduce("", String::concat);
    long characters = text.codePoints().filter(c -> c != ' ').distinct().count();
    int glyphs = 0;
    for (String font : List.of("Doc_0/Res/font_1.otf", "Doc_0/Res/font_2.otf")) {
      try (org.apache.fontbox.ttf.OpenTypeFont f = new org.apache.fontbox.ttf.OTFParser()
          .parse(new java.io.ByteArrayInputStream(parts.get(font)))) {
        glyphs += f.getNumberOfGlyphs() - 1;
      }
    }
    // each face has the characters set in it (a blank too), the title's also in the body face
    assertTrue(glyphs >= characters && glyphs <= characters + 40, glyphs + " glyphs for " + characters + " characters");
  }
}
