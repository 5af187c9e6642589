package org.jixiao.writer.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
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
 * Writes a layout as one XLSX sheet, named after the form, that a finance officer can compute
 * with and that prints like the official form: A4, one page wide, every row written once with
 * Excel's own page breaks, the table's head rows as print titles, numbers as numeric cells, and
 * wrapped text in rows tall enough to show it.
 */
public final class XlsxLayoutWriter implements LayoutWriter {
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
    double[] heights = RowHeights.of(plan);
    PrintedSheet printed = print(plan, heights,
        layout.pageNumbers() && multiPage(plan, heights, layout.page()));
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
   * The sheet of {@code plan} with rows {@code heights} tall: a page ends only where the form
   * says so; Excel repeats one range of rows per sheet, so the print titles are the head of the
   * table with the tallest body, the one that runs over pages (a form's other heads are short
   * tables or start a page of their own).
   */
  static PrintedSheet print(SheetPlan plan, double[] heights, boolean pageNumbers) {
    List<Double> h = new ArrayList<>();
    for (double x : heights) {
      h.add(x);
    }
    List<Integer> ends = new ArrayList<>();
    for (int b : new TreeSet<>(plan.breaksBefore())) {
      if (b > 0 && b < heights.length) {
        ends.add(b - 1);
      }
    }
    TableRows titles = null;
    double tallest = -1;
    for (TableRows t : plan.tables()) {
      if (t.hasHead()) {
        double body = RowHeights.sum(heights, t.bodyStart(), t.end() - 1);
        if (body > tallest) {
          tallest = body;
          titles = t;
        }
      }
    }
    return new PrintedSheet(plan.grid(), h, plan.regions(), ends,
        titles == null ? -1 : titles.headStart(), titles == null ? -1 : titles.bodyStart() - 1,
        pageNumbers);
  }

  /** Whether the rows take more than one page: a forced break, or more than a page's height. */
  static boolean multiPage(SheetPlan plan, double[] heights, PageSetup page) {
    return plan.breaksBefore().stream().anyMatch(b -> b > 0 && b < heights.length)
        || RowHeights.sum(heights, 0, heights.length - 1) > page.bodyHeightMm() * 72 / 25.4;
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
