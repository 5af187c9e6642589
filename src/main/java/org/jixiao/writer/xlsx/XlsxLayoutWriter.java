package org.jixiao.writer.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.layout.Align;
import org.jixiao.layout.Block;
import org.jixiao.layout.Cell;
import org.jixiao.layout.Layout;
import org.jixiao.layout.PageBreak;
import org.jixiao.layout.Paragraph;
import org.jixiao.layout.Side;
import org.jixiao.layout.SpreadLine;
import org.jixiao.layout.Table;
import org.jixiao.layout.TableGrid;
import org.jixiao.layout.VAlign;
import org.jixiao.writer.LayoutWriter;
import org.jixiao.writer.WriteOptions;
import org.jixiao.writer.ZipNormalizer;

/**
 * Writes a layout as one XLSX sheet (Apache POI): every value a text cell (never a formula),
 * merged regions ruled on every edge, row heights computed so wrapped text shows (Excel does not
 * size rows holding merged cells), A4 fit to one page wide, and reproducible bytes.
 */
public final class XlsxLayoutWriter implements LayoutWriter {
  /** Sheet columns per layout: the first table's grid; other blocks span it. */
  private final WriteOptions options;

  public XlsxLayoutWriter(WriteOptions options) {
    this.options = options;
  }

  @Override
  public String format() {
    return "xlsx";
  }

  @Override
  public void write(Layout layout, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet(sheetName(layout.title()));
      double[] colMm = columns(layout);
      for (int c = 0; c < colMm.length; c++) {
        // Excel width unit: 1/256 of a character of the default font; ~1.9 mm per character.
        sheet.setColumnWidth(c, (int) Math.round(colMm[c] / 1.9 * 256));
      }
      Styles styles = new Styles(wb, layout.bodyFont(), layout.titleFont());
      int row = 0;
      int firstHead = -1;
      int lastHead = -1;
      int heads = 0;
      for (Block b : layout.blocks()) {
        if (b instanceof Paragraph p) {
          row = line(sheet, styles, row, colMm, p.text(), p.style() == Paragraph.Style.TITLE,
              p.bold(), p.size(), p.align());
        } else if (b instanceof SpreadLine l) {
          row = line(sheet, styles, row, colMm,
              String.join("    ", List.of(l.left(), l.center(), l.right())).strip(), false, false,
              l.size(), Align.LEFT);
        } else if (b instanceof Table t) {
          if (!t.head().isEmpty()) {
            heads++;
            firstHead = row;
            lastHead = row + t.head().size() - 1;
          }
          row = table(sheet, styles, row, t, colMm);
        } else if (b instanceof PageBreak) {
          sheet.setRowBreak(Math.max(0, row - 1));
        }
      }
      // A sheet has one print-title range: repeat a head only when it is the sheet's only one.
      printSetup(sheet, layout, heads == 1 ? firstHead : -1, lastHead);
      var core = wb.getProperties().getCoreProperties();
      core.setTitle(layout.title());
      core.setCreator("jixiao");
      core.setCreated(Optional.of(Date.from(options.timestamp())));
      core.setModified(Optional.of(Date.from(options.timestamp())));
      ByteArrayOutputStream buf = new ByteArrayOutputStream(64 * 1024);
      wb.write(buf);
      ZipNormalizer.normalize(buf.toByteArray(), options.timestamp(), out);
    }
  }

  static String sheetName(String title) {
    String s = title.replaceAll("[\\[\\]:*?/\\\\]", "_");
    return s.length() > 31 ? s.substring(0, 31) : s;
  }

  /** Column widths in mm: the first table's, scaled to the body width. */
  private static double[] columns(Layout layout) {
    for (Block b : layout.blocks()) {
      if (b instanceof Table t) {
        double[] f = t.fractions();
        double[] mm = new double[f.length];
        for (int i = 0; i < f.length; i++) {
          mm[i] = f[i] * layout.page().bodyWidthMm();
        }
        return mm;
      }
    }
    return new double[] {layout.page().bodyWidthMm()};
  }

  private static int line(XSSFSheet sheet, Styles styles, int row, double[] colMm, String text,
      boolean title, boolean bold, double size, Align align) {
    XSSFRow r = sheet.createRow(row);
    CellStyle st = styles.get(new Styles.Key(title, bold || title, size, title ? Align.CENTER : align,
        VAlign.MIDDLE, false, false, false, false));
    for (int c = 0; c < colMm.length; c++) {
      r.createCell(c).setCellStyle(st);
    }
    r.getCell(0).setCellValue(text);
    if (colMm.length > 1) {
      sheet.addMergedRegion(new CellRangeAddress(row, row, 0, colMm.length - 1));
    }
    double width = 0;
    for (double w : colMm) {
      width += w;
    }
    r.setHeightInPoints((float) RowHeights.needed(text, width, size));
    return row + 1;
  }

  private static int table(XSSFSheet sheet, Styles styles, int start, Table t, double[] colMm) {
    TableGrid g = TableGrid.of(t);
    double[] heights = new double[g.rowCount()];
    Map<Integer, XSSFRow> rows = new HashMap<>();
    for (int r = 0; r < g.rowCount(); r++) {
      XSSFRow row = sheet.createRow(start + r);
      rows.put(r, row);
      heights[r] = Math.max(t.rows().get(r).minHeight() * 72 / 25.4, t.size() * 1.6);
    }
    for (int r = 0; r < g.rowCount(); r++) {
      for (int c = 0; c < g.columns(); c++) {
        TableGrid.Placed p = g.at(r, c);
        Cell cell = p.cell();
        boolean top = r == p.row() && cell.ruled(Side.TOP);
        boolean bottom = r == p.lastRow() && cell.ruled(Side.BOTTOM);
        boolean left = c == p.col() && cell.ruled(Side.LEFT);
        boolean right = c == p.lastCol() && cell.ruled(Side.RIGHT);
        // Inside a merged region the edges are hidden anyway; rule the region's outline only.
        CellStyle st = styles.get(new Styles.Key(false, cell.bold(), t.size(), cell.align(),
            cell.valign(), top, right, bottom, left));
        org.apache.poi.ss.usermodel.Cell x = rows.get(r).createCell(c);
        x.setCellStyle(st);
        if (r == p.row() && c == p.col()) {
          x.setCellValue(cell.text());
        }
      }
      for (TableGrid.Placed p : g.startingIn(r)) {
        Cell cell = p.cell();
        if (cell.rowspan() > 1 || cell.colspan() > 1) {
          sheet.addMergedRegion(new CellRangeAddress(start + p.row(), start + p.lastRow(), p.col(),
              p.lastCol()));
        }
        double width = 0;
        for (int c = p.col(); c <= p.lastCol() && c < colMm.length; c++) {
          width += colMm[c];
        }
        double need = RowHeights.needed(cell.text(), width, t.size());
        double have = 0;
        for (int k = p.row(); k <= p.lastRow(); k++) {
          have += heights[k];
        }
        if (need > have) {
          heights[p.lastRow()] += need - have; // grow the span's last row
        }
      }
    }
    for (int r = 0; r < g.rowCount(); r++) {
      rows.get(r).setHeightInPoints((float) heights[r]);
    }
    return start + g.rowCount();
  }

  private static void printSetup(XSSFSheet sheet, Layout layout, int firstHead, int lastHead) {
    PrintSetup ps = sheet.getPrintSetup();
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(layout.page().landscape());
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setHorizontallyCenter(true);
    sheet.setPrintGridlines(false);
    sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, layout.page().top() / 25.4);
    sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, layout.page().bottom() / 25.4);
    sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, layout.page().left() / 25.4);
    sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, layout.page().right() / 25.4);
    if (firstHead >= 0) {
      sheet.setRepeatingRows(new CellRangeAddress(firstHead, lastHead, -1, -1));
    }
  }

  /** One cell style per distinct look, shared by every cell that has it. */
  static final class Styles {
    record Key(boolean title, boolean bold, double size, Align align, VAlign valign, boolean top,
        boolean right, boolean bottom, boolean left) {}

    private final XSSFWorkbook wb;
    private final String body;
    private final String titleFont;
    private final Map<Key, CellStyle> cache = new HashMap<>();
    private final short text;

    Styles(XSSFWorkbook wb, String body, String titleFont) {
      this.wb = wb;
      this.body = body;
      this.titleFont = titleFont;
      this.text = wb.createDataFormat().getFormat("@");
    }

    CellStyle get(Key k) {
      return cache.computeIfAbsent(k, this::create);
    }

    private CellStyle create(Key k) {
      CellStyle s = wb.createCellStyle();
      Font f = wb.createFont();
      f.setFontName(k.title() ? titleFont : body);
      f.setFontHeightInPoints((short) Math.round(k.size()));
      f.setBold(k.bold());
      s.setFont(f);
      s.setWrapText(true);
      s.setDataFormat(text);
      s.setAlignment(switch (k.align()) {
        case LEFT -> HorizontalAlignment.LEFT;
        case CENTER -> HorizontalAlignment.CENTER;
        case RIGHT -> HorizontalAlignment.RIGHT;
        case JUSTIFY -> HorizontalAlignment.JUSTIFY;
      });
      s.setVerticalAlignment(k.valign() == VAlign.TOP ? VerticalAlignment.TOP
          : k.valign() == VAlign.BOTTOM ? VerticalAlignment.BOTTOM : VerticalAlignment.CENTER);
      s.setBorderTop(k.top() ? BorderStyle.THIN : BorderStyle.NONE);
      s.setBorderRight(k.right() ? BorderStyle.THIN : BorderStyle.NONE);
      s.setBorderBottom(k.bottom() ? BorderStyle.THIN : BorderStyle.NONE);
      s.setBorderLeft(k.left() ? BorderStyle.THIN : BorderStyle.NONE);
      return s;
    }
  }
}
