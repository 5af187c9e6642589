package org.jixiao.writer.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutReader;
import org.jixiao.model.Declaration;
import org.jixiao.render.Renderer;
import org.jixiao.render.Samples;
import org.jixiao.writer.WriteOptions;
import org.jixiao.writer.docx.DocxReadBack.DCell;
import org.junit.jupiter.api.Test;

class DocxLayoutWriterTest {
  private static Layout guangshui() {
    Renderer r = Samples.renderer();
    Declaration d = Samples.load(r, Samples.guangshui());
    return LayoutReader.read(r.layouts(d).get(0).xml());
  }

  private static byte[] docx(Layout l, WriteOptions o) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxLayoutWriter(o).write(l, out);
    return out.toByteArray();
  }

  private static List<DCell> rowWith(List<List<DCell>> table, String text) {
    return table.stream().filter(r -> r.stream().anyMatch(c -> c.text().equals(text))).findFirst()
        .orElseThrow(() -> new AssertionError("no row holds " + text));
  }

  /**
   * How many rows each piece of the merged cell reading {@code text} spans, counting its vMerge
   * continuations: one piece, or more where a page cuts the cell and the text starts again.
   */
  private static List<Integer> pieces(List<List<DCell>> table, String text) {
    List<Integer> out = new ArrayList<>();
    for (int r = 0; r < table.size(); r++) {
      for (DCell c : table.get(r)) {
        if (c.text().equals(text) && c.merge().equals("restart")) {
          int n = 1;
          while (r + n < table.size() && table.get(r + n).stream()
              .anyMatch(x -> x.col() == c.col() && x.merge().equals("continue"))) {
            n++;
          }
          out.add(n);
        }
      }
    }
    if (out.isEmpty()) {
      throw new AssertionError("no merged cell " + text);
    }
    return out;
  }

  @Test
  void theAnnualRowOfPublicFundControlHoldsTheFormsValuesInOrder() throws Exception {
    List<List<List<DCell>>> tables = DocxReadBack.tables(docx(guangshui(), WriteOptions.defaults()));
    List<List<DCell>> annual = tables.get(tables.size() - 1);
    List<String> texts = rowWith(annual, "公用经费控制率").stream().map(DCell::text)
        .filter(t -> !t.isEmpty()).toList();
    int at = texts.indexOf("公用经费控制率");
    assertEquals(List.of("95%", "95%", "≤95%", "计划标准", "基本型"), texts.subList(at + 1, at + 6));
  }

  @Test
  void firstLevelCellsSpanExactlyTheirRowsInPiecesThatEachShowTheLabel() throws Exception {
    List<List<List<DCell>>> tables = DocxReadBack.tables(docx(guangshui(), WriteOptions.defaults()));
    for (List<List<DCell>> t : List.of(tables.get(1), tables.get(3))) {
      assertEquals(List.of(4), pieces(t, "运行成本"));
      assertEquals(20, pieces(t, "管理效率").stream().mapToInt(Integer::intValue).sum());
    }
  }

  @Test
  void theFooterCountsPagesWithThePageAndNumpagesFieldsUnlessTheFormSaysNo() throws Exception {
    org.docx4j.openpackaging.packages.WordprocessingMLPackage pkg =
        org.docx4j.openpackaging.packages.WordprocessingMLPackage.load(
            new java.io.ByteArrayInputStream(docx(guangshui(), WriteOptions.defaults())));
    var footer = pkg.getDocumentModel().getSections().get(0).getHeaderFooterPolicy().getDefaultFooter();
    String xml = org.docx4j.XmlUtils.marshaltoString(footer.getJaxbElement(), true, false);
    assertTrue(xml.matches("(?s).*第 .*instr=\" PAGE \".* 页 共 .*instr=\" NUMPAGES \".* 页.*"), xml);
    Layout off = LayoutReader.read(Samples.renderer().layouts(Samples.load(Samples.renderer(),
        Samples.guangshui())).get(0).xml().replaceFirst("<form ", "<form page-numbers=\"false\" "));
    var none = org.docx4j.openpackaging.packages.WordprocessingMLPackage.load(
        new java.io.ByteArrayInputStream(docx(off, WriteOptions.defaults())));
    assertEquals(null, none.getDocumentModel().getSections().get(0).getHeaderFooterPolicy().getDefaultFooter());
  }

  @Test
  void theFundsBlockShowsComputedTotalsAndShares() throws Exception {
    List<List<DCell>> basic = DocxReadBack.tables(docx(guangshui(), WriteOptions.defaults())).get(0);
    List<String> income = basic.stream().filter(r -> r.stream().anyMatch(c -> c.text().equals("财政拨款")))
        .findFirst().orElseThrow().stream().map(DCell::text).toList();
    assertTrue(income.containsAll(List.of("4795", "100%", "13468.54", "11281.05")), income.toString());
    List<List<DCell>> totals = basic.stream()
        .filter(r -> r.stream().anyMatch(c -> c.text().equals("合 计"))).toList();
    assertEquals(2, totals.size());
    assertTrue(totals.get(0).stream().map(DCell::text).toList()
        .containsAll(List.of("4795", "100%", "13469.54", "11283.51")), totals.get(0).toString());
    // seed 001: 支出 合计 4795 (not 4795.00), shares 34.55% + 0.9% + 64.55% = 100%
    assertTrue(totals.get(1).stream().map(DCell::text).toList()
        .containsAll(List.of("4795", "100%", "13469.54", "11281.05")), totals.get(1).toString());
    List<String> staff = rowWith(basic, "人员类项目支出").stream().map(DCell::text).toList();
    assertTrue(staff.contains("34.55%"), staff.toString());
    assertTrue(rowWith(basic, "运转类项目支出").stream().map(DCell::text).toList().contains("0.9%"));
  }

  @Test
  void headRowsRepeatAndNoRowSplitsAcrossPages() throws Exception {
    String xml = documentXml(docx(guangshui(), WriteOptions.defaults()));
    assertTrue(xml.contains("<w:tblHeader/>"), "repeating head rows");
    assertTrue(xml.contains("<w:cantSplit/>"), "rows kept whole");
    assertTrue(xml.contains("w:eastAsia=\"宋体\""), "宋体 named for Chinese text");
  }

  @Test
  void everyTableIsRuledInsideAndOutAndOnlyCellsWithAnOpenedSideCarryBordersOfTheirOwn()
      throws Exception {
    String xml = documentXml(docx(guangshui(), WriteOptions.defaults()));
    List<String> tables = blocks(xml, "w:tblBorders");
    assertEquals(count(xml, "<w:tbl>"), tables.size());
    for (String t : tables) {
      for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
        assertTrue(t.contains("<w:" + side + " w:val=\"single\""), side + " in " + t);
      }
    }
    // 广水's template opens sides of the continued 长期/年度绩效指标 label cells: those cells
    // say which side is not drawn; every other cell takes the table's rules
    List<String> own = blocks(xml, "w:tcBorders");
    assertFalse(own.isEmpty());
    assertTrue(own.size() < count(xml, "<w:tc>") / 2, own.size() + " cells with own borders");
    for (String b : own) {
      assertTrue(b.contains("w:val=\"nil\""), b);
    }
  }

  private static List<String> blocks(String xml, String tag) {
    List<String> found = new ArrayList<>();
    for (int at = xml.indexOf("<" + tag + ">"); at >= 0; at = xml.indexOf("<" + tag + ">", at + 1)) {
      found.add(xml.substring(at, xml.indexOf("</" + tag + ">", at)));
    }
    return found;
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int at = s.indexOf(what); at >= 0; at = s.indexOf(what, at + what.length())) {
      n++;
    }
    return n;
  }

  @Test
  void theSameLayoutGivesTheSameBytesInAnyTimeZone() throws Exception {
    Layout l = guangshui();
    byte[] first = docx(l, WriteOptions.defaults());
    TimeZone tz = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
      Thread.sleep(1100);
      assertArrayEquals(first, docx(l, WriteOptions.defaults()));
    } finally {
      TimeZone.setDefault(tz);
    }
  }

  private static String documentXml(byte[] docx) throws Exception {
    try (ZipInputStream z = new ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          return new String(z.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no word/document.xml");
  }
}
