package org.jixiao.writer.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutReader;
import org.jixiao.render.Renderer;
import org.jixiao.render.Samples;
import org.jixiao.writer.WriteOptions;
import org.junit.jupiter.api.Test;

class XlsxLayoutWriterTest {
  private static byte[] xlsx(Layout l) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxLayoutWriter(WriteOptions.defaults()).write(l, out);
    return out.toByteArray();
  }

  private static XSSFSheet sheet(byte[] b) throws Exception {
    return new XSSFWorkbook(new ByteArrayInputStream(b)).getSheetAt(0);
  }

  private static Layout guangshui() {
    Renderer r = Samples.renderer();
    return LayoutReader.read(r.layouts(Samples.load(r, Samples.guangshui())).get(0).xml());
  }

  private static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    row.forEach(c -> {
      if (!c.getStringCellValue().isEmpty()) {
        out.add(c.getStringCellValue());
      }
    });
    return out;
  }

  @Test
  void theAnnualRowOfPublicFundControlHoldsTheFormsValuesInOrder() throws Exception {
    XSSFSheet s = sheet(xlsx(guangshui()));
    Row last = null;
    for (Row r : s) {
      if (texts(r).contains("公用经费控制率")) {
        last = r; // the annual table comes after the long-term one
      }
    }
    List<String> t = texts(last);
    int at = t.indexOf("公用经费控制率");
    assertEquals(List.of("95%", "95%", "≤95%", "计划标准", "基本型"), t.subList(at + 1, at + 6));
  }

  @Test
  void formulaLikeValuesStayTextAndMergedRegionsAreRuledOnEveryEdge() throws Exception {
    Layout l = LayoutReader.read("""
        <form title="t"><page orientation="portrait"/>
        <table><columns><col width="1"/><col width="1"/><col width="1"/></columns><body>
        <row><cell rowspan="2" colspan="2">=CMD(1)</cell><cell>0722-6249237</cell></row>
        <row><cell>+1</cell></row></body></table></form>""");
    XSSFSheet s = sheet(xlsx(l));
    assertEquals(CellType.STRING, s.getRow(0).getCell(0).getCellType());
    assertEquals("=CMD(1)", s.getRow(0).getCell(0).getStringCellValue());
    assertEquals("0722-6249237", s.getRow(0).getCell(2).getStringCellValue());
    assertEquals("+1", s.getRow(1).getCell(2).getStringCellValue());
    CellRangeAddress merged = s.getMergedRegion(0);
    assertEquals("A1:B2", merged.formatAsString());
    assertEquals(BorderStyle.THIN, s.getRow(1).getCell(0).getCellStyle().getBorderBottom());
    assertEquals(BorderStyle.THIN, s.getRow(1).getCell(1).getCellStyle().getBorderRight());
    assertEquals(BorderStyle.THIN, s.getRow(0).getCell(1).getCellStyle().getBorderTop());
    assertEquals(PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
    assertTrue(s.getFitToPage());
  }

  @Test
  void longTextGetsATallerRow() throws Exception {
    XSSFSheet s = sheet(xlsx(guangshui()));
    float functions = 0;
    float name = 0;
    for (Row r : s) {
      if (texts(r).contains("部门职能概述")) {
        functions = r.getHeightInPoints();
      }
      if (texts(r).contains("部门（单位）名称")) {
        name = r.getHeightInPoints();
      }
    }
    assertTrue(functions > 5 * name, functions + " vs " + name);
  }

  @Test
  void theSameLayoutGivesTheSameBytes() throws Exception {
    Layout l = guangshui();
    byte[] first = xlsx(l);
    Thread.sleep(1100);
    assertArrayEquals(first, xlsx(l));
  }
}
