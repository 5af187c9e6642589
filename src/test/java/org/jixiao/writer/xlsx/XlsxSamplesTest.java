package org.jixiao.writer.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.layout.LayoutReader;
import org.jixiao.render.Renderer;
import org.jixiao.render.Samples;
import org.jixiao.writer.WriteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample's XLSX read back with POI, as a finance officer's spreadsheet would read it:
 * each row once, numbers numeric and shown as written, the head as print titles.
 */
class XlsxSamplesTest {
  private static final DataFormatter SHOWN = new DataFormatter();

  static Stream<Arguments> forms() {
    Renderer r = Samples.renderer();
    List<Arguments> out = new ArrayList<>();
    for (Path file : Samples.files()) {
      for (Renderer.FormXml f : r.layouts(Samples.load(r, file))) {
        out.add(Arguments.of(file.getFileName().toString(), f.name(), f.xml()));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("forms")
  void noRowIsWrittenTwiceAndTheHeadIsThePrintTitles(String unit, String form, String xml)
      throws IOException {
    XSSFSheet sheet = sheet(xml);
    assertEquals(SheetPlanner.plan(LayoutReader.read(xml)).rows(), sheet.getLastRowNum() + 1,
        "one sheet row per planned row: page ends repeat a label, never a row");
    // a row as read: each column shows the text of the merged region covering it, so rows of
    // two projects differ by the project; a copied row (a head or a block continued after a
    // break, as the writer once made) reads the same as its original. Column heads
    // (一级指标 …) may legitimately open two tables.
    Map<List<String>, Integer> seen = new HashMap<>();
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      List<String> cells = read(sheet, r);
      if (cells.stream().filter(s -> !s.isEmpty()).count() >= 2 && !cells.contains("一级指标")) {
        Integer before = seen.put(cells, r);
        assertEquals(null, before, "rows " + before + " and " + r + " are the same: " + cells);
      }
    }
    if (xml.contains("<head>") && !xml.substring(xml.lastIndexOf("<head>")).contains("<page-break/>")) {
      assertNotNull(sheet.getRepeatingRows(), "print titles");
      String first = shown(sheet, sheet.getRepeatingRows().getFirstRow()).stream()
          .filter(s -> !s.isEmpty()).findFirst().orElse("");
      assertTrue(xml.contains("<head>") && !first.isEmpty(), "the titles hold the head: " + first);
      for (int b : sheet.getRowBreaks()) {
        assertTrue(b < sheet.getRepeatingRows().getFirstRow() || b >= sheet.getRepeatingRows().getLastRow(),
            "a page ends inside the head rows the next page repeats, below row " + b);
      }
    }
  }

  /**
   * Excel and LibreOffice print a merged cell's text once, in its middle: a merged cell over a
   * page break leaves its label blank on one page. Each page end is a manual break, and a merged
   * cell crossing it is cut there with its label on both parts, as the PDF and DOCX print it.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("forms")
  void noMergedCellCrossesAPageEndAndTheNextPageShowsItsLabel(String unit, String form, String xml)
      throws IOException {
    XSSFSheet sheet = sheet(xml);
    int[] breaks = sheet.getRowBreaks();
    for (org.apache.poi.ss.util.CellRangeAddress m : sheet.getMergedRegions()) {
      for (int b : breaks) {
        assertTrue(m.getLastRow() <= b || m.getFirstRow() > b, m.formatAsString() + " crosses the page end below row " + b);
      }
    }
    double page = LayoutReader.read(xml).page().bodyHeightMm() * 72 / 25.4;
    double used = 0;
    int from = 0;
    for (int b : breaks) {
      for (int r = from; r <= b; r++) {
        used += sheet.getRow(r).getHeightInPoints();
      }
      assertTrue(used <= page, "rows " + from + ".." + b + " are taller than a page: " + used + " > " + page);
      from = b + 1;
      used = sheet.getRepeatingRows() != null && from > sheet.getRepeatingRows().getLastRow()
          ? heights(sheet, sheet.getRepeatingRows().getFirstRow(), sheet.getRepeatingRows().getLastRow()) : 0;
    }
    for (int r = from; r <= sheet.getLastRowNum(); r++) {
      used += sheet.getRow(r).getHeightInPoints();
    }
    assertTrue(used <= page, "the last page's rows from " + from + " are taller than a page: " + used);
  }

  private static double heights(XSSFSheet sheet, int first, int last) {
    double h = 0;
    for (int r = first; r <= last; r++) {
      h += sheet.getRow(r).getHeightInPoints();
    }
    return h;
  }

  @Test
  void guangshuisIndicatorGroupsOverAPageEndShowTheirLabelsOnBothPages() throws IOException {
    XSSFSheet sheet = sheet(xml(Samples.guangshui(), "部门整体绩效目标申报表"));
    List<String> continued = new ArrayList<>();
    for (int b : sheet.getRowBreaks()) {
      for (org.apache.poi.ss.util.CellRangeAddress m : sheet.getMergedRegions()) {
        String label = SHOWN.formatCellValue(sheet.getRow(m.getFirstRow()).getCell(m.getFirstColumn()));
        boolean cut = sheet.getMergedRegions().stream().anyMatch(a -> a.getLastRow() == b
            && a.getFirstColumn() == m.getFirstColumn() && a.getLastColumn() == m.getLastColumn());
        if (m.getFirstRow() == b + 1 && cut && read(sheet, b).get(m.getFirstColumn()).equals(label)) {
          continued.add(label);
        }
      }
    }
    assertTrue(continued.contains("年度绩效指标") && continued.contains("长期绩效指标"), continued.toString());
  }

  @Test
  void hengyangsProjectFundsAddUpToTheUnitTotal() throws IOException {
    XSSFSheet sheet = sheet(xml(Samples.hengyang(), "项目支出绩效目标表"));
    int col = columnOf(sheet, "资金总额");
    BigDecimal unit = null;
    BigDecimal projects = BigDecimal.ZERO;
    int numbers = 0;
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      XSSFCell cell = sheet.getRow(r).getCell(col);
      if (cell != null && cell.getCellType() == CellType.NUMERIC) {
        numbers++;
        assertEquals("0.00", cell.getCellStyle().getDataFormatString(), "two decimals as written");
        BigDecimal v = new BigDecimal(SHOWN.formatCellValue(cell));
        if (unit == null) {
          unit = v;
        } else {
          projects = projects.add(v);
        }
      }
    }
    assertEquals(6, numbers, "the unit's row and five projects, each once");
    assertEquals(new BigDecimal("100.00"), unit);
    assertEquals(unit, projects);
  }

  @Test
  void hengyangsOverallFormHoldsTheUnitOnce() throws IOException {
    XSSFSheet sheet = sheet(xml(Samples.hengyang(), "整体支出绩效目标表"));
    int col = columnOf(sheet, "资金总额");
    List<String> totals = new ArrayList<>();
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      XSSFCell cell = sheet.getRow(r).getCell(col);
      if (cell != null && cell.getCellType() == CellType.NUMERIC) {
        totals.add(SHOWN.formatCellValue(cell));
      }
    }
    assertEquals(List.of("1,426.26"), totals);
  }

  @Test
  void guangshuisFundsAreNumbersShownAsWritten() throws IOException {
    XSSFSheet sheet = sheet(xml(Samples.guangshui(), "部门整体绩效目标申报表"));
    int r = rowWith(sheet, "人员类项目支出");
    List<String> row = shown(sheet, r).stream().filter(s -> !s.isEmpty()).toList();
    assertEquals(List.of("人员类项目支出", "1656.57", "34.55%", "1297.98", "1199.65"), row.subList(row.size() - 5, row.size()));
    int in = rowWith(sheet, "财政拨款");
    for (org.apache.poi.ss.usermodel.Cell c : sheet.getRow(in)) {
      if (SHOWN.formatCellValue(c).equals("4795")) {
        assertEquals(CellType.NUMERIC, c.getCellType());
        assertEquals(4795, c.getNumericCellValue());
        assertEquals("0", c.getCellStyle().getDataFormatString());
      }
      if (SHOWN.formatCellValue(c).equals("100%")) {
        assertEquals(1.0, c.getNumericCellValue());
      }
    }
    assertTrue(shown(sheet, in).contains("4795"));
  }

  @Test
  void aSecondaryUnitsFormPrintsItsHeadThenTheStatement() throws IOException {
    XSSFSheet sheet = sheet(xml(Samples.DATA.resolve("2025/曾都区医疗保障信息中心.yaml"), "部门整体绩效目标申报表"));
    int name = rowWith(sheet, "曾都区医疗保障信息中心");
    assertTrue(shown(sheet, name).contains("部门（单位）名称"));
    assertTrue(rowWith(sheet, "本单位属二级单位部门整体支出绩效目标申报表为空。") > name);
  }

  // ---- helpers

  private static int pageBreakBlocks(String xml) {
    return xml.split("<page-break/>", -1).length - 1;
  }

  private static String xml(Path file, String form) {
    Renderer r = Samples.renderer();
    return r.layouts(Samples.load(r, file)).stream().filter(f -> f.name().equals(form))
        .map(Renderer.FormXml::xml).findFirst().orElseThrow();
  }

  private static XSSFSheet sheet(String xml) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxLayoutWriter(WriteOptions.defaults()).write(LayoutReader.read(xml), out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
  }

  /** Each cell of row {@code r} as Excel shows it, a merged cell showing its region's text. */
  private static List<String> read(XSSFSheet sheet, int r) {
    List<String> out = shown(sheet, r);
    for (org.apache.poi.ss.util.CellRangeAddress m : sheet.getMergedRegions()) {
      if (m.getFirstRow() <= r && r <= m.getLastRow()) {
        String text = shown(sheet, m.getFirstRow()).get(m.getFirstColumn());
        for (int c = m.getFirstColumn(); c <= m.getLastColumn() && c < out.size(); c++) {
          out.set(c, text);
        }
      }
    }
    return out;
  }

  /** Each cell of row {@code r} as Excel shows it. */
  private static List<String> shown(XSSFSheet sheet, int r) {
    List<String> out = new ArrayList<>();
    XSSFRow row = sheet.getRow(r);
    for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
      XSSFCell cell = row.getCell(c);
      out.add(cell == null ? "" : SHOWN.formatCellValue(cell));
    }
    return out;
  }

  private static int rowWith(XSSFSheet sheet, String text) {
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      if (shown(sheet, r).contains(text)) {
        return r;
      }
    }
    throw new AssertionError("no row holds " + text);
  }

  private static int columnOf(XSSFSheet sheet, String text) {
    return shown(sheet, rowWith(sheet, text)).indexOf(text);
  }
}
