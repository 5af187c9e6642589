package org.jixiao.writer.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jixiao.layout.Layout;
import org.jixiao.layout.PageSetup;
import org.jixiao.writer.DocumentInfo;
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
  /** The transformer factory the class path names (docx4j's copy of Xalan), named outright. */
  private static final String TRANSFORMER_FACTORY = "org.docx4j.org.apache.xalan.processor.TransformerFactoryImpl";
  private static final String TRANSFORMER_FACTORY_PROPERTY = "javax.xml.transform.TransformerFactory";

  static {
    // POI asks TransformerFactory.newInstance() for each part it saves from a DOM ([Content_Types].xml,
    // the relationships), and without the property that walks the class path's service files
    // each time: 1 % of all rendering. The class is the one that walk finds, so the bytes are its.
    if (System.getProperty(TRANSFORMER_FACTORY_PROPERTY) == null
        && XlsxLayoutWriter.class.getClassLoader().getResource(TRANSFORMER_FACTORY.replace('.', '/') + ".class") != null) {
      System.setProperty(TRANSFORMER_FACTORY_PROPERTY, TRANSFORMER_FACTORY);
    }
  }

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
    write(layout, out, WorkbookParts::of);
  }

  /**
   * How the workbook's parts are had from POI: {@link WorkbookParts#of}, or (tests) another way;
   * {@code known}: parts whose bytes POI committed for a part made alike before, not to commit.
   */
  interface Parts {
    Map<String, byte[]> of(WorkbookParts.Workbook book, Map<PackagePart, byte[]> known)
        throws IOException;
  }

  /**
   * The styles parts POI committed in this run (normalised), by what each table was made from.
   * The 200 generated units make six: StylesTable.writeTo (XMLBeans) was an eighth of the writer.
   */
  private static final Map<CellStyles.Made, byte[]> STYLES = new ConcurrentHashMap<>();
  /** Enough for every variant's forms; past it a table is committed each time, as before. */
  private static final int MAX_STYLES = 512;

  void write(Layout layout, OutputStream out, Parts parts) throws IOException {
    SheetPlan plan = SheetPlanner.plan(layout);
    RowHeights.Measured measured = new RowHeights.Measured(plan.grid());
    double[] heights = RowHeights.of(plan, measured);
    PrintedSheet printed = paged(print(plan, heights,
        layout.pageNumbers() && multiPage(plan, heights, layout.page())), plan,
        layout.page().bodyHeightMm() * 72 / 25.4, measured);
    ByteArrayOutputStream rows = new ByteArrayOutputStream(64 * 1024);
    String sheetPart;
    Map<String, byte[]> entries;
    // POI's streaming sheet keeps the rows (window -1) and writes them as XML itself: no XMLBeans
    // cell is built or saved. POI commits the rest of the workbook with an empty sheetData, and
    // the rows go into it below, in memory: no temporary file, and no zip of the workbook but
    // the one written (see WorkbookParts).
    WorkbookParts.Workbook book = new WorkbookParts.Workbook();
    DeferredSXSSFWorkbook wb = new DeferredSXSSFWorkbook(book, -1);
    try {
      DeferredSXSSFSheet sheet = wb.createSheet(sheetName(layout.title()));
      CellStyles styles = new CellStyles(book, layout.bodyFont(), layout.titleFont());
      SheetWriter.write(printed, layout.page(), sheet, styles);
      describe(book.getProperties().getCoreProperties(), layout);
      XSSFSheet part = wb.getXSSFSheet(sheet.getSheetName());
      sheetPart = part.getPackagePart().getPartName().getName().substring(1);
      if (!printed.heights().isEmpty() && printed.grid().columns() > 0) {
        // the used range, as POI's own save derived it from its rows (the streamed rows are not its)
        part.getCTWorksheet().getDimension().setRef(new CellRangeAddress(0,
            printed.heights().size() - 1, 0, printed.grid().columns() - 1).formatAsString());
      }
      CellStyles.Made made = styles.made();
      PackagePart stylesPart = book.getStylesSource().getPackagePart();
      byte[] known = STYLES.get(made);
      entries = parts.of(book, known == null ? Map.of() : Map.of(stylesPart, known));
      if (known == null && STYLES.size() < MAX_STYLES) {
        STYLES.putIfAbsent(made, entries.get(stylesPart.getPartName().getName().substring(1)));
      }
      sheet.writeRows(rows);
    } finally {
      // close() would save the whole package once more, into the memory buffer POI made it in;
      // revert() drops it (an in-memory package holds no file, and the streaming sheet none)
      book.getPackage().revert();
    }
    entries.put(sheetPart, withRows(entries.get(sheetPart), rows.toByteArray()));
    ZipNormalizer.write(entries, options.timestamp(), out);
  }

  private static final byte[] EMPTY_SHEET_DATA = "<sheetData/>".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHEET_DATA_START = "<sheetData>".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHEET_DATA_END = "</sheetData>".getBytes(StandardCharsets.US_ASCII);

  /** The sheet part {@code sheet}, as POI saved it without rows, with {@code rows} in its sheetData. */
  static byte[] withRows(byte[] sheet, byte[] rows) {
    int at = indexOf(sheet, EMPTY_SHEET_DATA);
    if (at < 0) {
      throw new IllegalStateException("POI saved the sheet without an empty <sheetData/>");
    }
    ByteArrayOutputStream xml = new ByteArrayOutputStream(sheet.length + rows.length + 32);
    xml.write(sheet, 0, at);
    xml.writeBytes(SHEET_DATA_START);
    xml.writeBytes(rows);
    xml.writeBytes(SHEET_DATA_END);
    int after = at + EMPTY_SHEET_DATA.length;
    xml.write(sheet, after, sheet.length - after);
    return xml.toByteArray();
  }

  private static int indexOf(byte[] b, byte[] what) {
    outer:
    for (int i = 0; i <= b.length - what.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (b[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * Title (form and unit), creator (the unit) and dates as the PDF records them: from
   * SOURCE_DATE_EPOCH or 填报日期, never the clock; no dates when there is neither.
   */
  private void describe(POIXMLProperties.CoreProperties core, Layout layout) {
    core.setTitle(DocumentInfo.title(layout));
    core.setCreator(layout.author().isEmpty() ? null : layout.author());
    OffsetDateTime date = DocumentInfo.date(layout, options);
    Optional<Date> time = date == null ? Optional.empty() : Optional.of(Date.from(date.toInstant()));
    core.setCreated(time);
    core.setModified(time);
  }

  /**
   * What {@link #write} would refuse, found without making a workbook (for {@code validate}): a
   * cell whose text, joined from several values by the template, is longer than Excel allows.
   */
  public static void check(Layout layout) {
    check(SheetPlanner.plan(layout), layout.title());
  }

  private static void check(SheetPlan plan, String title) {
    for (Region g : plan.regions()) {
      if (g.text().length() > SheetWriter.MAX_CELL_CHARS) {
        String start = g.text().codePoints().limit(20).collect(StringBuilder::new,
            StringBuilder::appendCodePoint, StringBuilder::append).toString();
        throw new org.jixiao.diag.TextTooLong(org.jixiao.diag.Diagnostic.error(
            title, 0, 0, "xlsx-cell-length", "XLSX 中以「" + start + "」开头的一格文字有 "
                + g.text().length() + " 个字符，超过 Excel 的上限 " + SheetWriter.MAX_CELL_CHARS
                + "（这一格由几个值拼成）",
            "缩短这一格里的文字；jixiao render --emit layout FILE 可查看每一格的内容"), g.text());
      }
    }
  }

  /**
   * The sheet of {@code plan} with rows {@code heights} tall: a page ends only where the form
   * says so. Excel repeats one range of rows per sheet, on every page after it, so the print
   * titles are the head of the last table that has one, and only when no forced page break
   * follows it: an earlier head would print above the later tables (长期 over 年度绩效目标表).
   */
  static PrintedSheet print(SheetPlan plan, double[] heights, boolean pageNumbers) {
    List<Double> h = new ArrayList<>();
    for (double x : heights) {
      h.add(x);
    }
    List<Integer> ends = new ArrayList<>();
    int lastBreak = 0;
    for (int b : new TreeSet<>(plan.breaksBefore())) {
      if (b > 0 && b < heights.length) {
        ends.add(b - 1);
        lastBreak = b;
      }
    }
    TableRows titles = null;
    for (TableRows t : plan.tables()) {
      if (t.hasHead()) {
        titles = t;
      }
    }
    if (titles != null && titles.headStart() < lastBreak) {
      titles = null;
    }
    return new PrintedSheet(plan.grid(), h, plan.regions(), ends,
        titles == null ? -1 : titles.headStart(), titles == null ? -1 : titles.bodyStart() - 1,
        pageNumbers);
  }

  /**
   * {@code sheet} with its pages laid out ({@link SheetPages}): a page end after each row that
   * fills a page, and merged cells cut there. A cut label may need taller rows, which moves the
   * page ends: repeated until they stay (a few rounds at most; the last round is kept).
   */
  static PrintedSheet paged(PrintedSheet sheet, SheetPlan plan, double pagePt,
      RowHeights.Measured measured) {
    Set<Integer> forced = Set.copyOf(sheet.pageEnds());
    double[] heights = sheet.heights().stream().mapToDouble(Double::doubleValue).toArray();
    TableRows lastTable = plan.tables().stream().max(java.util.Comparator.comparingInt(TableRows::end))
        .orElse(null);
    List<Integer> ends = SheetPages.ends(heights, forced, sheet.titleFirst(), sheet.titleLast(), pagePt,
        lastTable);
    List<Region> regions = plan.regions();
    for (int round = 0; round < 4; round++) {
      regions = SheetPages.cut(plan.regions(), ends);
      heights = RowHeights.of(new SheetPlan(plan.grid(), plan.minHeights(), regions, plan.tables(),
          plan.breaksBefore()), measured);
      List<Integer> again = SheetPages.ends(heights, forced, sheet.titleFirst(), sheet.titleLast(),
          pagePt, lastTable);
      if (again.equals(ends)) {
        break;
      }
      ends = again;
    }
    regions = SheetPages.cut(plan.regions(), ends);
    heights = RowHeights.of(new SheetPlan(plan.grid(), plan.minHeights(), regions, plan.tables(),
        plan.breaksBefore()), measured);
    List<Double> h = new ArrayList<>();
    for (double x : heights) {
      h.add(x);
    }
    return new PrintedSheet(sheet.grid(), h, regions, ends, sheet.titleFirst(), sheet.titleLast(),
        sheet.pageNumbers());
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
