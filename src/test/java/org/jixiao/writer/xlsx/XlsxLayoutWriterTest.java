package org.jixiao.writer.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutReader;
import org.jixiao.writer.WriteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XlsxLayoutWriterTest {
  private static final String COLS3 = "<columns><col width='20'/><col width='30'/><col width='50'/></columns>";

  @Test
  void formatIsXlsx() {
    assertEquals("xlsx", new XlsxLayoutWriter(WriteOptions.defaults()).format());
  }

  @Test
  void aCellLongerThanExcelAllowsIsAnErrorNamingTheCell() {
    String huge = "字".repeat(20_000);
    org.jixiao.diag.JixiaoException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.jixiao.diag.JixiaoException.class, () -> sheetOf(form("portrait", table(false, COLS3,
            "", row("<cell>a</cell><cell>b</cell><cell>" + huge + "\n" + huge
                + "</cell>")))));
    assertEquals("xlsx-cell-length", e.diagnostics().get(0).rule());
    assertTrue(e.diagnostics().get(0).message().startsWith("XLSX 单元格 C1 的文字有 40001 个字符"),
        e.diagnostics().get(0).message());
  }

  /** D11: what validate runs, so a file validate passes is one render can write. */
  @Test
  void d11TheCheckValidateRunsRefusesTheCellTheWriterWould() {
    String huge = "字".repeat(20_000);
    Layout l = LayoutReader.read(form("portrait", table(false, COLS3, "",
        row("<cell>a</cell><cell>b</cell><cell>" + huge + "\n" + huge + "</cell>"))));
    org.jixiao.diag.JixiaoException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.jixiao.diag.JixiaoException.class, () -> XlsxLayoutWriter.check(l));
    assertEquals("xlsx-cell-length", e.diagnostics().get(0).rule());
    assertTrue(e.diagnostics().get(0).message().contains("40001 个字符"),
        e.diagnostics().get(0).message());
    XlsxLayoutWriter.check(LayoutReader.read(form("portrait", table(false, COLS3, "",
        row("<cell>a</cell><cell>b</cell><cell>" + huge + "</cell>")))));
  }

  @Test
  void mergedRegionsAreExactlyTheTableSpans() throws IOException {
    XSSFSheet sheet = sheetOf(form("portrait", table(false, COLS3, "",
        row("<cell rowspan='2'>a</cell><cell colspan='2'>b</cell>")
            + row("<cell>c</cell><cell>d</cell>")
            + row("<cell colspan='3'>e</cell>")
            + row("<cell>f</cell><cell colspan='2' rowspan='2'>g</cell>")
            + row("<cell>h</cell>"))));
    assertEquals(Set.of("A1:A2", "B1:C1", "A3:C3", "B4:C5"), merges(sheet));
    assertEquals("g", text(sheet, 3, 1));
    assertEquals("h", text(sheet, 4, 0));
  }

  @Test
  void tablesWithDifferentColumnsShareOneGridOfTheirBoundaries() throws IOException {
    // boundaries at 1/2 (both), 1/4 (second table only): three sheet columns of 1/4, 1/4, 1/2
    XSSFSheet sheet = sheetOf(form("portrait",
        table(false, "<columns><col width='1'/><col width='1'/></columns>", "",
            row("<cell>left</cell><cell>right</cell>"))
            + table(true, "<columns><col width='1'/><col width='1'/><col width='2'/></columns>", "",
                row("<cell>x</cell><cell>y</cell><cell>z</cell>")
                    + row("<cell colspan='2'>xy</cell><cell>z2</cell>"))));
    assertEquals(Set.of("A1:B1", "A3:B3"), merges(sheet));
    assertEquals("right", text(sheet, 0, 2));
    assertEquals("y", text(sheet, 1, 1));
    int a = pixels(sheet, 0);
    int b = pixels(sheet, 1);
    int c = pixels(sheet, 2);
    assertEquals(a, b, 1);
    assertEquals(a + b, c, 1);
  }

  @Test
  void columnsAddUpToTheBodyWidthSoFittingNeverShrinks() throws IOException {
    for (String orientation : List.of("portrait", "landscape")) {
      XSSFSheet sheet = sheetOf(form(orientation, table(false, COLS3, "",
          row("<cell>a</cell><cell>b</cell><cell>c</cell>"))));
      double bodyMm = orientation.equals("portrait") ? 210 - 30 : 297 - 30;
      int total = pixels(sheet, 0) + pixels(sheet, 1) + pixels(sheet, 2);
      assertEquals((int) (bodyMm / 25.4 * 96), total, orientation);
    }
  }

  @Test
  void theWorkbooksDefaultFontIsTheBodyFaceSoColumnWidthsAreInItsDigits() throws IOException {
    XSSFSheet sheet = sheetOf(form("portrait", table(false, COLS3, "",
        row("<cell>a</cell><cell>b</cell><cell>c</cell>"))));
    org.apache.poi.xssf.usermodel.XSSFFont normal = sheet.getWorkbook().getFontAt(0);
    assertEquals("宋体", normal.getFontName());
    assertEquals(11, normal.getFontHeightInPoints());
    assertEquals(org.apache.poi.ss.usermodel.FontScheme.NONE, normal.getScheme(), "a theme font would override the name");
    assertEquals(normal, sheet.getWorkbook().getFontAt(sheet.getWorkbook().getCellStyleAt(0).getFontIndex()));
  }

  @Test
  void rowsAreAsTallAsThePdfsLinesNotMore() throws IOException {
    // 10 pt text: one line at the PDF's pitch (1.3) plus the cell's padding, in whole pixels
    XSSFSheet sheet = sheetOf(form("portrait", "<table size='10'>" + COLS3 + "<body>"
        + row("<cell>一</cell><cell>二</cell><cell>三</cell>")
        + row("<cell><p>一</p><p>二</p><p>三</p></cell><cell>二</cell><cell>三</cell>") + "</body></table>"));
    assertEquals(18.0, sheet.getRow(0).getHeightInPoints(), 0.01);
    assertEquals(44.25, sheet.getRow(1).getHeightInPoints(), 0.01);
  }

  @Test
  void cellsThatLookLikeFormulasOrNumbersStayTheTextGiven() throws IOException {
    List<String> values = List.of("=1+1", "=CMD()", "+1", "-2", "@x", "0722-6249237", "4795", "1E5", "0012");
    StringBuilder rows = new StringBuilder();
    for (String v : values) {
      rows.append(row("<cell>" + v + "</cell><cell>k</cell><cell>k</cell>"));
    }
    XSSFSheet sheet = sheetOf(form("portrait", table(false, COLS3, "", rows.toString())));
    for (int r = 0; r < values.size(); r++) {
      XSSFCell cell = sheet.getRow(r).getCell(0);
      assertEquals(CellType.STRING, cell.getCellType(), values.get(r));
      assertEquals(values.get(r), cell.getStringCellValue());
      assertEquals("@", cell.getCellStyle().getDataFormatString(), "text format for " + values.get(r));
    }
  }

  @Test
  void everyEdgeOfEveryRegionIsThinExceptOpenSides() throws IOException {
    XSSFSheet sheet = sheetOf(form("portrait", table(false, COLS3,
        row("<cell open='bottom'></cell><cell colspan='2'>head</cell>"),
        row("<cell rowspan='3' open='top'>label</cell><cell rowspan='2'>big</cell><cell>p</cell>")
            + row("<cell>q</cell>")
            + row("<cell open='left right'>x</cell><cell>y</cell>"))));
    assertEdges(sheet, 0, 0, 0, 0, Set.of("top", "left", "right"));
    assertEdges(sheet, 0, 0, 1, 2, Set.of("top", "bottom", "left", "right"));
    assertEdges(sheet, 1, 3, 0, 0, Set.of("bottom", "left", "right"));
    assertEdges(sheet, 1, 2, 1, 1, Set.of("top", "bottom", "left", "right"));
    assertEdges(sheet, 1, 1, 2, 2, Set.of("top", "bottom", "left", "right"));
    assertEdges(sheet, 2, 2, 2, 2, Set.of("top", "bottom", "left", "right"));
    assertEdges(sheet, 3, 3, 1, 1, Set.of("top", "bottom"));
    assertEdges(sheet, 3, 3, 2, 2, Set.of("top", "bottom", "left", "right"));
    // inside a merged region no line is drawn
    assertEquals(BorderStyle.NONE, sheet.getRow(2).getCell(0).getCellStyle().getBorderTop());
    assertEquals(BorderStyle.NONE, sheet.getRow(1).getCell(1).getCellStyle().getBorderBottom());
  }

  @ParameterizedTest
  @ValueSource(strings = {"portrait", "landscape"})
  void printsOnA4OnePageWideWithTheLayoutsOrientationAndMargins(String orientation) throws IOException {
    XSSFSheet sheet = sheetOf(form(orientation, "<p>x</p>")
        .replace("<page ", "<page margin-top='25' margin-bottom='12' margin-left='20' margin-right='10' "));
    PrintSetup ps = sheet.getPrintSetup();
    assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize());
    assertEquals(orientation.equals("landscape"), ps.getLandscape());
    assertTrue(sheet.getFitToPage());
    assertEquals(1, ps.getFitWidth());
    assertEquals(0, ps.getFitHeight());
    assertTrue(sheet.getHorizontallyCenter());
    assertFalse(sheet.isPrintGridlines());
    assertEquals(25 / 25.4, sheet.getMargin(PageMargin.TOP), 1e-9);
    assertEquals(12 / 25.4, sheet.getMargin(PageMargin.BOTTOM), 1e-9);
    assertEquals(20 / 25.4, sheet.getMargin(PageMargin.LEFT), 1e-9);
    assertEquals(10 / 25.4, sheet.getMargin(PageMargin.RIGHT), 1e-9);
  }

  @Test
  void aLongTableIsWrittenOnceWithItsHeadAsPrintTitlesAndItsPageEndsSet() throws IOException {
    XSSFSheet sheet = sheetOf(form("portrait", "<title>表</title>" + longTable(60, true)));
    int[] breaks = sheet.getRowBreaks();
    assertTrue(breaks.length > 0, "jixiao ends the pages, so that it can cut merged labels there");
    assertEquals(new CellRangeAddress(1, 3, -1, -1), sheet.getRepeatingRows());
    assertEquals("序号", text(sheet, 1, 1));
    List<String> numbers = new ArrayList<>();
    int heads = 0;
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      numbers.add(text(sheet, r, 1));
      heads += "序号".equals(text(sheet, r, 1)) ? 1 : 0;
    }
    assertEquals(1, heads, "the head is written once");
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      expected.add(String.valueOf(i));
    }
    assertEquals(expected, numbers.subList(4, 64), "every body row once, in order");
    long labels = sheet.getMergedRegions().stream()
        .filter(m -> "运行成本".equals(text(sheet, m.getFirstRow(), m.getFirstColumn()))).count();
    long crossed = java.util.Arrays.stream(breaks).filter(b -> sheet.getMergedRegions().stream()
        .anyMatch(m -> "运行成本".equals(text(sheet, m.getFirstRow(), m.getFirstColumn())) && m.getLastRow() == b)).count();
    assertEquals(1 + crossed, labels, "the rowspan label is one region on each page it is on");
  }

  @Test
  void thePrintTitlesAreTheHeadOfTheLastTableThatHasOne() throws IOException {
    String shortTable = table(false, COLS3, row("<cell>甲</cell><cell>乙</cell><cell>丙</cell>"),
        row("<cell>1</cell><cell>2</cell><cell>3</cell>"));
    // long table: rows 0-62, a gap row, then the short table's head at row 64
    XSSFSheet sheet = sheetOf(form("portrait", longTable(60, false) + shortTable));
    assertEquals(new CellRangeAddress(64, 64, -1, -1), sheet.getRepeatingRows(),
        "Excel repeats the titles on every later page: an earlier head would top the later table");
    assertEquals("甲", text(sheet, 64, 0));
    // after a page break, the next table's head
    sheet = sheetOf(form("portrait", longTable(30, false) + "<page-break/>" + longTable(30, false)));
    assertEquals(33, sheet.getRepeatingRows().getFirstRow());
    assertEquals("序号", text(sheet, 33, 0));
  }

  @Test
  void aHeadIsNoPrintTitleWhenAForcedBreakFollowsIt() throws IOException {
    XSSFSheet sheet = sheetOf(form("portrait", longTable(30, false) + "<page-break/><p>说明</p>"));
    assertEquals(null, sheet.getRepeatingRows());
    assertTrue(java.util.Arrays.stream(sheet.getRowBreaks()).anyMatch(b -> b == 32),
        java.util.Arrays.toString(sheet.getRowBreaks()));
  }

  @Test
  void aFormWithoutHeadsHasNoPrintTitles() throws IOException {
    XSSFSheet sheet = sheetOf(form("portrait", table(false, COLS3, "",
        row("<cell>a</cell><cell>b</cell><cell>c</cell>"))));
    assertEquals(null, sheet.getRepeatingRows());
  }

  @Test
  void aFormOfSeveralPagesCountsThemInTheFooterUnlessItSaysNo() throws IOException {
    XSSFSheet sheet = sheetOf(form("portrait", longTable(60, false)));
    assertTrue(sheet.getFooter().getCenter().endsWith("第 &P 页 共 &N 页"), sheet.getFooter().getCenter());
    assertTrue(sheet.getFooter().getCenter().startsWith("&\"宋体,"));
    assertEquals("", sheetOf(form("portrait", longTable(3, false))).getFooter().getCenter(), "one page");
    assertEquals("", sheetOf(form("portrait", longTable(60, false)).replace("<form ", "<form page-numbers='false' "))
        .getFooter().getCenter());
  }

  @Test
  void numberCellsAreNumericAndShownAsWritten() throws IOException {
    String[][] cases = {
        {"4795", "4795.0", "0"}, {"1656.57", "1656.57", "0.00"}, {"100.00", "100.0", "0.00"},
        {"1,426.26", "1426.26", "#,##0.00"}, {"34.55%", "0.3455", "0.00%"}, {"0.9%", "0.009", "0.0%"},
        {"100%", "1.0", "0%"}, {"-2.5", "-2.5", "0.0"}, {"0", "0.0", "0"},
        // an amount with its money unit in the cell stays a number, shown with the unit
        {"280万元", "280.0", "0\"万元\""}, {"1,200.50元", "1200.5", "#,##0.00\"元\""}};
    StringBuilder rows = new StringBuilder();
    for (String[] c : cases) {
      rows.append(row("<cell type='number'>" + c[0] + "</cell><cell>k</cell><cell>k</cell>"));
    }
    XSSFSheet sheet = sheetOf(form("portrait", table(false, COLS3, "", rows.toString())));
    org.apache.poi.ss.usermodel.DataFormatter shown = new org.apache.poi.ss.usermodel.DataFormatter();
    for (int r = 0; r < cases.length; r++) {
      XSSFCell cell = sheet.getRow(r).getCell(0);
      assertEquals(CellType.NUMERIC, cell.getCellType(), cases[r][0]);
      assertEquals(Double.parseDouble(cases[r][1]), cell.getNumericCellValue(), 1e-12, cases[r][0]);
      assertEquals(cases[r][2], cell.getCellStyle().getDataFormatString(), cases[r][0]);
      assertEquals(cases[r][0], shown.formatCellValue(cell), "Excel shows it as written");
    }
  }

  @Test
  void numberCellsThatAreNotNumbersStayText() throws IOException {
    List<String> values = List.of("……", "0012", "0722-6249237", "=1+1", "1E5", "约 20", "12345678901234567",
        "1个", "280万元。", "万元");
    StringBuilder rows = new StringBuilder();
    for (String v : values) {
      rows.append(row("<cell type='number'>" + v + "</cell><cell>k</cell><cell>k</cell>"));
    }
    rows.append(row("<cell type='number'></cell><cell>k</cell><cell>k</cell>"));
    XSSFSheet sheet = sheetOf(form("portrait", table(false, COLS3, "", rows.toString())));
    for (int r = 0; r < values.size(); r++) {
      XSSFCell cell = sheet.getRow(r).getCell(0);
      assertEquals(CellType.STRING, cell.getCellType(), values.get(r));
      assertEquals(values.get(r), cell.getStringCellValue());
      assertEquals("@", cell.getCellStyle().getDataFormatString());
    }
    assertEquals(CellType.BLANK, sheet.getRow(values.size()).getCell(0).getCellType());
  }

  @Test
  void rowsGrowWithTheTextTheyHold() throws IOException {
    String longText = "部门职能概述的内容很长，需要换行显示。".repeat(12);
    XSSFSheet sheet = sheetOf(form("portrait", "<p>短</p><p>" + longText + "</p>"
        + table(false, COLS3, "", row("<cell>一</cell><cell>二</cell><cell>三</cell>")
            + row("<cell>" + longText + "</cell><cell>二</cell><cell>三</cell>")
            + row("<cell rowspan='2'>" + longText + "</cell><cell>二</cell><cell>三</cell>")
            + row("<cell>二</cell><cell>三</cell>"))));
    float shortPara = sheet.getRow(0).getHeightInPoints();
    float longPara = sheet.getRow(1).getHeightInPoints();
    assertTrue(longPara > 2.5 * shortPara, longPara + " vs " + shortPara);
    float oneWord = sheet.getRow(2).getHeightInPoints();
    float longCell = sheet.getRow(3).getHeightInPoints();
    assertTrue(longCell > 5 * oneWord, longCell + " vs " + oneWord);
    // the spanning cell needs as much room as the single-row one, shared by its two rows
    float spanned = sheet.getRow(4).getHeightInPoints() + sheet.getRow(5).getHeightInPoints();
    assertTrue(spanned >= longCell - 1, spanned + " vs " + longCell);
  }

  @Test
  void rowsKeepTheirMinimumHeight() throws IOException {
    XSSFSheet sheet = sheetOf(form("portrait", table(false, COLS3, "",
        "<row min-height='30'><cell>a</cell><cell>b</cell><cell>c</cell></row>")));
    assertTrue(sheet.getRow(0).getHeightInPoints() >= 30 * 72 / 25.4);
  }

  @Test
  void theTitleSpansTheWidthInTheTitleFontAndParagraphsWrap() throws IOException {
    XSSFSheet sheet = sheetOf(form("portrait", "<title>绩效目标申报表</title><p align='justify'>说明</p>"
        + table(false, COLS3, "", row("<cell>a</cell><cell>b</cell><cell>c</cell>"))));
    assertTrue(merges(sheet).containsAll(Set.of("A1:C1", "A2:C2")), merges(sheet).toString());
    XSSFCellStyle title = sheet.getRow(0).getCell(0).getCellStyle();
    assertEquals("黑体", title.getFont().getFontName());
    assertTrue(title.getFont().getBold());
    assertEquals(18, title.getFont().getFontHeightInPoints());
    assertEquals(HorizontalAlignment.CENTER, title.getAlignment());
    XSSFCellStyle para = sheet.getRow(1).getCell(0).getCellStyle();
    assertEquals("宋体", para.getFont().getFontName());
    assertEquals(HorizontalAlignment.JUSTIFY, para.getAlignment());
    assertTrue(para.getWrapText());
    assertEquals("宋体", sheet.getRow(2).getCell(0).getCellStyle().getFont().getFontName());
  }

  @Test
  void aSpreadLineIsThreePartsPushedLeftCentreAndRight() throws IOException {
    XSSFSheet sheet = sheetOf(form("portrait",
        "<line><left>填报日期：2024 年 10 月 16 日</left><center>单位：万元</center><right>公章</right></line>"
            + table(false, "<columns>" + "<col width='1'/>".repeat(9) + "</columns>", "",
                row("<cell>1</cell>".repeat(9)))));
    List<CellRangeAddress> parts = sheet.getMergedRegions().stream()
        .filter(m -> m.getFirstRow() == 0).sorted((x, y) -> x.getFirstColumn() - y.getFirstColumn()).toList();
    assertEquals(3, parts.size(), parts.toString());
    assertEquals(0, parts.get(0).getFirstColumn());
    assertEquals(parts.get(0).getLastColumn() + 1, parts.get(1).getFirstColumn());
    assertEquals(parts.get(1).getLastColumn() + 1, parts.get(2).getFirstColumn());
    assertEquals(8, parts.get(2).getLastColumn());
    assertEquals("填报日期：2024 年 10 月 16 日", text(sheet, 0, 0));
    assertEquals(HorizontalAlignment.LEFT, sheet.getRow(0).getCell(0).getCellStyle().getAlignment());
    XSSFCell center = sheet.getRow(0).getCell(parts.get(1).getFirstColumn());
    assertEquals("单位：万元", center.getStringCellValue());
    assertEquals(HorizontalAlignment.CENTER, center.getCellStyle().getAlignment());
    XSSFCell right = sheet.getRow(0).getCell(parts.get(2).getFirstColumn());
    assertEquals("公章", right.getStringCellValue());
    assertEquals(HorizontalAlignment.RIGHT, right.getCellStyle().getAlignment());
  }

  @Test
  void aPageBreakBlockStartsANewPage() throws IOException {
    XSSFSheet sheet = sheetOf(form("portrait",
        "<page-break/><p>one</p><page-break/><page-break/><p>two</p><page-break/>"));
    assertArrayEquals(new int[] {0}, sheet.getRowBreaks());
    assertEquals("two", text(sheet, 1, 0));
  }

  @Test
  void stylesAreSharedBetweenCellsThatLookAlike() throws IOException {
    XSSFWorkbook wb = workbookOf(LayoutReader.read(form("portrait", longTable(200, true))));
    int cells = 0;
    for (org.apache.poi.ss.usermodel.Row row : wb.getSheetAt(0)) {
      cells += row.getPhysicalNumberOfCells();
    }
    assertTrue(cells > 1000);
    assertTrue(wb.getNumCellStyles() < 40, wb.getNumCellStyles() + " styles for " + cells + " cells");
  }

  @Test
  void theSheetIsNamedAfterTheTitleAsExcelAllowsIt() throws IOException {
    XSSFWorkbook wb = workbookOf(LayoutReader.read(
        form("portrait", "<p>x</p>").replace("title='表'", "title='a[b]:c*d?e/f\\g 部门整体绩效目标申报表（2025 年度）'")));
    String name = wb.getSheetName(0);
    assertTrue(name.length() <= 31, name);
    assertTrue(name.startsWith("a_b__c_d_e_f_g 部门"), name);
    assertEquals("_x_", XlsxLayoutWriter.sheetName("'x'"));
    assertEquals("History_", XlsxLayoutWriter.sheetName("History"));
  }

  @Test
  void theSameLayoutGivesTheSameBytesInAnyTimeZone() throws IOException {
    Layout layout = LayoutReader.read(form("portrait", "<title>表</title>" + longTable(80, true)));
    WriteOptions options = new WriteOptions(Instant.parse("2024-10-16T08:30:00Z"), true);
    TimeZone saved = TimeZone.getDefault();
    byte[] first;
    byte[] second;
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      first = bytes(layout, options);
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
      second = bytes(layout, options);
    } finally {
      TimeZone.setDefault(saved);
    }
    assertArrayEquals(first, second);
    XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(first));
    var core = wb.getProperties().getCoreProperties();
    assertEquals(options.timestamp(), core.getCreated().toInstant());
    assertEquals(options.timestamp(), core.getModified().toInstant());
    assertNull(core.getCreator(), "the creator is the unit, and this form names none");
    assertEquals("表", core.getTitle());
    assertFalse(Arrays.equals(first, bytes(layout, WriteOptions.defaults())), "the timestamp is in the file");
  }

  // ---- helpers

  /**
   * A table with a 3-row head (序号 | 指标值 over 近两年 over 2024年 2023年 | 说明) and {@code n}
   * body rows numbered from 1; with {@code label}, a first column holds 运行成本 across the body.
   */
  private static String longTable(int n, boolean label) {
    String cols = label
        ? "<columns><col width='10'/><col width='15'/><col width='20'/><col width='20'/><col width='35'/></columns>"
        : "<columns><col width='15'/><col width='25'/><col width='25'/><col width='35'/></columns>";
    String top = label ? "<cell open='bottom'></cell>" : "";
    String through = label ? "<cell open='top bottom'></cell>" : "";
    String head = row(top + "<cell rowspan='3'>序号</cell><cell colspan='2'>指标值</cell><cell rowspan='3'>说明</cell>")
        + row(through + "<cell colspan='2'>近两年</cell>")
        + row(through + "<cell>2024年</cell><cell>2023年</cell>");
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      String first = label && i == 1 ? "<cell rowspan='" + n + "' open='top'>运行成本</cell>" : "";
      body.append(row(first + "<cell>" + i + "</cell><cell>95%</cell><cell>≤100%</cell>"
          + "<cell>用于网络系统改造、打击欺诈骗保专项活动、信息安全、基层设施等方面建设工作经费</cell>"));
    }
    return table(false, cols, head, body.toString());
  }

  private static String form(String orientation, String blocks) {
    return "<form title='表'><page orientation='" + orientation + "'/>" + blocks + "</form>";
  }

  private static String table(boolean joined, String cols, String head, String body) {
    return "<table joined='" + joined + "'>" + cols + (head.isEmpty() ? "" : "<head>" + head + "</head>")
        + "<body>" + body + "</body></table>";
  }

  private static String row(String cells) {
    return "<row>" + cells + "</row>";
  }

  private static XSSFSheet sheetOf(String xml) throws IOException {
    return sheetOf(LayoutReader.read(xml));
  }

  private static XSSFSheet sheetOf(Layout layout) throws IOException {
    return workbookOf(layout).getSheetAt(0);
  }

  private static XSSFWorkbook workbookOf(Layout layout) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes(layout, WriteOptions.defaults())));
  }

  private static byte[] bytes(Layout layout, WriteOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxLayoutWriter(options).write(layout, out);
    return out.toByteArray();
  }

  /** How wide Excel draws column {@code c}: with 宋体 11 as the default font a digit is 8 pixels at 96 dpi. */
  private static int pixels(XSSFSheet sheet, int c) {
    return (int) ((sheet.getColumnWidth(c) + 16) / 256.0 * 8);
  }

  private static Set<String> merges(XSSFSheet sheet) {
    return sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String text(XSSFSheet sheet, int r, int c) {
    XSSFRow row = sheet.getRow(r);
    XSSFCell cell = row == null ? null : row.getCell(c);
    return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
  }

  /** Region rows r1..r2 × columns c1..c2 has a thin border exactly on the {@code ruled} sides of its edge. */
  private static void assertEdges(XSSFSheet sheet, int r1, int r2, int c1, int c2, Set<String> ruled) {
    String where = "region " + new CellRangeAddress(r1, r2, c1, c2).formatAsString();
    for (int r = r1; r <= r2; r++) {
      for (int c = c1; c <= c2; c++) {
        XSSFCellStyle s = sheet.getRow(r).getCell(c).getCellStyle();
        if (r == r1) {
          assertEquals(ruled.contains("top") ? BorderStyle.THIN : BorderStyle.NONE, s.getBorderTop(), where + " top");
        }
        if (r == r2) {
          assertEquals(ruled.contains("bottom") ? BorderStyle.THIN : BorderStyle.NONE, s.getBorderBottom(), where + " bottom");
        }
        if (c == c1) {
          assertEquals(ruled.contains("left") ? BorderStyle.THIN : BorderStyle.NONE, s.getBorderLeft(), where + " left");
        }
        if (c == c2) {
          assertEquals(ruled.contains("right") ? BorderStyle.THIN : BorderStyle.NONE, s.getBorderRight(), where + " right");
        }
      }
    }
  }
}
