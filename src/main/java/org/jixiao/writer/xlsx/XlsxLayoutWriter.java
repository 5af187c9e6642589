package org.jixiao.writer.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.layout.Layout;
import org.jixiao.layout.PageSetup;
import org.jixiao.writer.LayoutWriter;
import org.jixiao.writer.WriteOptions;
import org.jixiao.writer.ZipNormalizer;

/**
 * Writes a layout as one XLSX sheet that prints like the official form: A4, one page wide, each
 * table's head repeated after every page break, wrapped text in rows tall enough to show it.
 */
public final class XlsxLayoutWriter implements LayoutWriter {
  private static final double PT_PER_MM = 72 / 25.4;
  /**
   * Part of the page height left unplanned, so that Excel's or LibreOffice's own rounding of
   * row heights never adds an automatic break just above one of ours.
   */
  private static final double PAGE_SAFETY = 0.03;

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
    SheetPlan plan = SheetPlanner.plan(layout);
    PrintedSheet printed = Pagination.paginate(plan, RowHeights.of(plan), pageCapacity(layout.page()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet(sheetName(layout.title()));
      SheetWriter.write(printed, layout.page(), sheet,
          new CellStyles(wb, layout.bodyFont(), layout.titleFont()));
      POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
      Optional<Date> time = Optional.of(Date.from(options.timestamp()));
      core.setCreated(time);
      core.setModified(time);
      core.setCreator("jixiao");
      core.setTitle(layout.title());
      wb.write(bytes);
    }
    ZipNormalizer.normalize(bytes.toByteArray(), options.timestamp(), out);
  }

  /**
   * What {@link #write} would refuse, found without making a workbook (for {@code validate}): a
   * cell whose text, joined from several values by the template, is longer than Excel allows.
   */
  public static void check(Layout layout) {
    for (Region g : SheetPlanner.plan(layout).regions()) {
      if (g.text().length() > SheetWriter.MAX_CELL_CHARS) {
        String start = g.text().codePoints().limit(20).collect(StringBuilder::new,
            StringBuilder::appendCodePoint, StringBuilder::append).toString();
        throw new org.jixiao.diag.JixiaoException(org.jixiao.diag.Diagnostic.error(
            layout.title(), 0, 0, "xlsx-cell-length", "XLSX 中以「" + start + "」开头的一格文字有 "
                + g.text().length() + " 个字符，超过 Excel 的上限 " + SheetWriter.MAX_CELL_CHARS
                + "（这一格由几个值拼成）",
            "缩短这一格里的文字；jixiao render --emit layout FILE 可查看每一格的内容"));
      }
    }
  }

  /** Points of rows that fit on one page between the margins. */
  static double pageCapacity(PageSetup page) {
    return page.bodyHeightMm() * PT_PER_MM * (1 - PAGE_SAFETY);
  }

  /**
   * {@code title} as Excel accepts a sheet name: at most 31 characters, []:*?/\ and edge
   * apostrophes replaced, and not the name "History" that Excel keeps for itself.
   */
  static String sheetName(String title) {
    String name = WorkbookUtil.createSafeSheetName(title.strip(), '_');
    return name.equalsIgnoreCase("History") ? name + "_" : name;
  }
}
