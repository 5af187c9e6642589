package org.jixiao.writer.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jixiao.diag.Diagnostic;
import org.jixiao.layout.Layout;
import org.jixiao.layout.PageSetup;
import org.jixiao.layout.Side;

/**
 * Writes a {@link PrintedSheet} into a POI streaming sheet: columns, merges, page breaks and print
 * setup go to the sheet's XSSF part at once; the rows and cells are made only as POI streams the
 * sheet data into the output ({@link DeferredSXSSFSheet}), so no XMLBeans cell is ever built.
 * Every style a cell needs is made before: the styles part is saved before the rows are made.
 */
final class SheetWriter {
  private static final double MM_PER_INCH = 25.4;
  /** Excel's limit for the text of one cell: the YAML loader's limit for one value too. */
  static final int MAX_CELL_CHARS = org.jixiao.model.YamlLoader.MAX_VALUE_CHARS;

  private SheetWriter() {}

  /** One cell to make: its style and, on a region's first cell, its number or text (else null). */
  private record Planned(int row, int col, XSSFCellStyle style, NumberText number, String text) {}

  static void write(PrintedSheet printed, PageSetup page, DeferredSXSSFSheet sheet, CellStyles styles) {
    ColumnGrid grid = printed.grid();
    for (int c = 0; c < grid.columns(); c++) {
      sheet.setColumnWidth(c, grid.excelWidth(c));
    }
    List<Planned> cells = new ArrayList<>();
    for (Region g : printed.regions()) {
      region(sheet, g, styles, cells);
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
    List<Double> heights = printed.heights();
    sheet.setRowGenerator(s -> {
      Row[] rows = new Row[heights.size()];
      for (int r = 0; r < rows.length; r++) {
        rows[r] = s.createRow(r);
        rows[r].setHeightInPoints(heights.get(r).floatValue());
      }
      for (Planned p : cells) {
        Cell cell = rows[p.row()].createCell(p.col());
        cell.setCellStyle(p.style());
        if (p.number() != null) {
          cell.setCellValue(p.number().value());
        } else if (p.text() != null) {
          cell.setCellValue(p.text()); // a string: never parsed as a formula
        }
      }
    });
  }

  /**
   * Every cell of the region gets a style, not just the first: Excel draws a merged region's
   * border from the cells along its edge, so an edge cell without the border leaves a gap.
   */
  private static void region(DeferredSXSSFSheet sheet, Region g, CellStyles styles, List<Planned> cells) {
    // only a cell the template marks as a number, and only when its text is one, is numeric
    NumberText number = g.number() ? NumberText.parse(g.text()) : null;
    // the sides ruled, as bits: a cell on an edge of the region draws that edge
    int top = ruled(g, Side.TOP);
    int bottom = ruled(g, Side.BOTTOM);
    int left = ruled(g, Side.LEFT);
    int right = ruled(g, Side.RIGHT);
    for (int r = g.firstRow(); r <= g.lastRow(); r++) {
      for (int c = g.firstCol(); c <= g.lastCol(); c++) {
        int borders = (r == g.firstRow() ? top : 0) | (r == g.lastRow() ? bottom : 0)
            | (c == g.firstCol() ? left : 0) | (c == g.lastCol() ? right : 0);
        XSSFCellStyle style = styles.get(g.look(), borders, number == null ? null : number.format());
        boolean first = r == g.firstRow() && c == g.firstCol();
        String text = first && number == null && !g.text().isEmpty() ? g.text() : null;
        if (text != null) {
          checkLength(sheet, r, c, text);
        }
        cells.add(new Planned(r, c, style, first ? number : null, text));
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
  private static void checkLength(DeferredSXSSFSheet sheet, int row, int col, String text) {
    if (text.length() > MAX_CELL_CHARS) {
      throw new org.jixiao.diag.TextTooLong(Diagnostic.error(sheet.getSheetName(), 0,
          0, "xlsx-cell-length", "XLSX 单元格 " + new CellReference(row, col).formatAsString()
              + " 的文字有 " + text.length()
              + " 个字符，超过 Excel 的上限 " + MAX_CELL_CHARS + "（这一格由几个值拼成）",
          "缩短这一格里的文字；jixiao render --emit layout FILE 可查看每一格的内容"), text);
    }
  }

  private static int ruled(Region g, Side side) {
    return g.ruled().contains(side) ? CellStyles.side(side) : 0;
  }

  /**
   * A4 in the layout's orientation and margins, centred, one page wide and as many tall as the
   * rows need; the columns add up to the body width, so fitting never shrinks the text.
   */
  private static void printSetup(DeferredSXSSFSheet sheet, PageSetup page) {
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
