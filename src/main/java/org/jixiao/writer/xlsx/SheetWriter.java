package org.jixiao.writer.xlsx;

import java.util.EnumSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jixiao.diag.Diagnostic;
import org.jixiao.layout.Layout;
import org.jixiao.layout.PageSetup;
import org.jixiao.layout.Side;

/** Writes a {@link PrintedSheet} into a POI sheet: columns, rows, text, merges, borders, print setup. */
final class SheetWriter {
  private static final double MM_PER_INCH = 25.4;
  /** Excel's limit for the text of one cell: the YAML loader's limit for one value too. */
  static final int MAX_CELL_CHARS = org.jixiao.model.YamlLoader.MAX_VALUE_CHARS;

  private SheetWriter() {}

  static void write(PrintedSheet printed, PageSetup page, XSSFSheet sheet, CellStyles styles) {
    ColumnGrid grid = printed.grid();
    for (int c = 0; c < grid.columns(); c++) {
      sheet.setColumnWidth(c, grid.excelWidth(c));
    }
    for (int r = 0; r < printed.heights().size(); r++) {
      sheet.createRow(r).setHeightInPoints(printed.heights().get(r).floatValue());
    }
    for (Region g : printed.regions()) {
      region(sheet, g, styles);
    }
    for (int last : printed.pageEnds()) {
      sheet.setRowBreak(last);
    }
    if (printed.hasTitles()) {
      sheet.setRepeatingRows(new CellRangeAddress(printed.titleFirst(), printed.titleLast(), -1, -1));
    }
    printSetup(sheet, page);
    if (printed.pageNumbers()) {
      // &P and &N: the page and the page count, filled in by Excel or LibreOffice as it prints
      sheet.getFooter().setCenter("&\"" + styles.bodyFont().replace("\"", "") + ",Regular\"&9"
          + Layout.pageNumber("&P", "&N"));
    }
  }

  /**
   * Every cell of the region gets a style, not just the first: Excel draws a merged region's
   * border from the cells along its edge, so an edge cell without the border leaves a gap.
   */
  private static void region(XSSFSheet sheet, Region g, CellStyles styles) {
    // only a cell the template marks as a number, and only when its text is one, is numeric
    NumberText number = g.number() ? NumberText.parse(g.text()) : null;
    for (int r = g.firstRow(); r <= g.lastRow(); r++) {
      XSSFRow row = sheet.getRow(r);
      for (int c = g.firstCol(); c <= g.lastCol(); c++) {
        Set<Side> borders = EnumSet.noneOf(Side.class);
        addIf(borders, g, Side.TOP, r == g.firstRow());
        addIf(borders, g, Side.BOTTOM, r == g.lastRow());
        addIf(borders, g, Side.LEFT, c == g.firstCol());
        addIf(borders, g, Side.RIGHT, c == g.lastCol());
        XSSFCell cell = row.createCell(c);
        cell.setCellStyle(styles.get(g.look(), borders, number == null ? null : number.format()));
        if (r == g.firstRow() && c == g.firstCol() && number != null) {
          cell.setCellValue(number.value());
        } else if (r == g.firstRow() && c == g.firstCol() && !g.text().isEmpty()) {
          checkLength(cell, g.text());
          cell.setCellValue(g.text()); // a string: never parsed as a formula
        }
      }
    }
    if (g.merged()) {
      // Regions are the cells of one grid, so they never overlap; POI's checked variant re-reads
      // every merged region on each call, which made merging most of the XLSX time on long forms.
      sheet.addMergedRegionUnsafe(
          new CellRangeAddress(g.firstRow(), g.lastRow(), g.firstCol(), g.lastCol()));
    }
  }

  /**
   * Each value is at most a cell long (the YAML loader sees to that), but a template may join
   * several into one cell: POI would throw, so say which cell and why.
   */
  private static void checkLength(XSSFCell cell, String text) {
    if (text.length() > MAX_CELL_CHARS) {
      throw new org.jixiao.diag.TextTooLong(Diagnostic.error(cell.getSheet().getSheetName(), 0,
          0, "xlsx-cell-length", "XLSX 单元格 " + cell.getAddress() + " 的文字有 " + text.length()
              + " 个字符，超过 Excel 的上限 " + MAX_CELL_CHARS + "（这一格由几个值拼成）",
          "缩短这一格里的文字；jixiao render --emit layout FILE 可查看每一格的内容"), text);
    }
  }

  private static void addIf(Set<Side> borders, Region g, Side side, boolean onEdge) {
    if (onEdge && g.ruled().contains(side)) {
      borders.add(side);
    }
  }

  /**
   * A4 in the layout's orientation and margins, centred, one page wide and as many tall as the
   * rows need; the columns add up to the body width, so fitting never shrinks the text.
   */
  private static void printSetup(XSSFSheet sheet, PageSetup page) {
    PrintSetup ps = sheet.getPrintSetup();
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(page.landscape());
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setHorizontallyCenter(true);
    sheet.setPrintGridlines(false);
    sheet.setDisplayGridlines(false);
    sheet.setMargin(PageMargin.TOP, page.top() / MM_PER_INCH);
    sheet.setMargin(PageMargin.BOTTOM, page.bottom() / MM_PER_INCH);
    sheet.setMargin(PageMargin.LEFT, page.left() / MM_PER_INCH);
    sheet.setMargin(PageMargin.RIGHT, page.right() / MM_PER_INCH);
    // the footer (page numbers) sits in the middle of the bottom margin, clear of the body
    sheet.setMargin(PageMargin.HEADER, page.top() / 2 / MM_PER_INCH);
    sheet.setMargin(PageMargin.FOOTER, page.bottom() / 2 / MM_PER_INCH);
  }
}
