package org.jixiao.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.jixiao.layout.Block;
import org.jixiao.layout.Cell;
import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutReader;
import org.jixiao.layout.Table;
import org.jixiao.layout.TableGrid;
import org.jixiao.model.Declaration;
import org.jixiao.writer.WriteOptions;
import org.jixiao.writer.docx.DocxLayoutWriter;
import org.jixiao.writer.pdf.PdfFonts;
import org.jixiao.writer.pdf.PdfLayoutWriter;
import org.jixiao.writer.xlsx.XlsxLayoutWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample form's XLSX and DOCX as LibreOffice prints them: at most one page more than
 * jixiao's own PDF; in the DOCX, every page that holds a row of a merged group shows the group's
 * label, and page numbers only on a form of more than one page. Runs only where {@code soffice}
 * is installed (one LibreOffice start converts all files: a minute or three on a busy machine);
 * elsewhere, or with {@code -Dsoffice.skip}, it is skipped.
 */
class LibreOfficePageCountTest {
  @TempDir
  static Path tmp;

  /** A form ("unit form") as jixiao lays it out, with its PDF's page count. */
  private record Form(Layout layout, int pdfPages) {}

  /**
   * A file LibreOffice printed: the form it holds, its format, the text of each page, and for an
   * XLSX the pages jixiao ended by hand (row breaks + 1; 0 for a DOCX).
   */
  private record Printed(String form, String ext, List<String> pages, int xlsxPages) {}

  /** Where the form is in {@code office}, the XLSX's pages as jixiao ends them. */
  private static final Map<String, Integer> XLSX_PAGES = new HashMap<>();

  private static final Map<String, Form> FORMS = new TreeMap<>();
  private static final List<Printed> PRINTED = new ArrayList<>();

  @BeforeAll
  static void printEverySampleThroughLibreOffice() throws Exception {
    Assumptions.assumeTrue(System.getProperty("soffice.skip") == null, "-Dsoffice.skip");
    String soffice = onPath("soffice");
    Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
    PdfFonts fonts;
    try {
      fonts = PdfFonts.find(List.of());
    } catch (RuntimeException e) {
      Assumptions.abort("no Chinese font for the PDF: " + e.getMessage());
      return;
    }
    WriteOptions o = WriteOptions.defaults();
    Renderer r = Samples.renderer(new PdfLayoutWriter(fonts, o), new XlsxLayoutWriter(o),
        new DocxLayoutWriter(o));
    // the file LibreOffice is given → the form it holds and its format
    Map<String, String[]> office = new TreeMap<>();
    int n = 0;
    for (Path file : Samples.files()) {
      String unit = file.getFileName().toString().replace(".yaml", "");
      Declaration d = Samples.load(r, file);
      Map<String, Layout> layouts = new HashMap<>();
      for (Renderer.FormXml f : r.layouts(d)) {
        layouts.put(f.name(), LayoutReader.read(f.xml()));
      }
      for (RenderedFile f : r.render(d, tmp).files()) {
        String name = f.path().getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        String form = unit + " " + stem;
        String ext = name.substring(name.lastIndexOf('.') + 1);
        if (ext.equals("pdf")) {
          FORMS.put(form, new Form(layouts.get(stem), new PdfReader(f.bytes()).getNumberOfPages()));
        } else {
          Path out = tmp.resolve("in").resolve("f" + (n++) + "." + ext);
          Files.createDirectories(out.getParent());
          Files.write(out, f.bytes());
          if (ext.equals("xlsx")) {
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(f.bytes()))) {
              XLSX_PAGES.put(out.toString(), wb.getSheetAt(0).getRowBreaks().length + 1);
            }
          }
          office.put(out.toString(), new String[] {form, ext});
        }
      }
    }
    Path converted = tmp.resolve("converted");
    List<String> cmd = new ArrayList<>(List.of(soffice, "--headless", "--norestore",
        "-env:UserInstallation=" + tmp.resolve("profile").toUri(), "--convert-to", "pdf",
        "--outdir", converted.toString()));
    cmd.addAll(office.keySet());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("soffice.log").toFile()).start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "LibreOffice did not finish in 5 minutes");
    for (Map.Entry<String, String[]> e : office.entrySet()) {
      String name = Path.of(e.getKey()).getFileName().toString();
      Path pdf = converted.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
      String form = e.getValue()[0];
      String ext = e.getValue()[1];
      assertTrue(Files.exists(pdf), "LibreOffice made no PDF of " + form + "." + ext);
      PdfReader reader = new PdfReader(pdf.toString());
      PdfTextExtractor text = new PdfTextExtractor(reader);
      List<String> pages = new ArrayList<>();
      for (int i = 1; i <= reader.getNumberOfPages(); i++) {
        pages.add(text.getTextFromPage(i).replaceAll("\\s+", ""));
      }
      PRINTED.add(new Printed(form, ext, pages, XLSX_PAGES.getOrDefault(e.getKey(), 0)));
    }
  }

  @Test
  void libreOfficePrintsEachDocxOnAtMostOnePageMoreThanThePdfAndEachXlsxOnTheXlsxsOwnPages() {
    StringBuilder report = new StringBuilder();
    List<String> over = new ArrayList<>();
    for (Printed printed : PRINTED) {
      int pages = printed.pages().size();
      int ours = FORMS.get(printed.form()).pdfPages();
      report.append(String.format("%s.%s: LibreOffice %d pages, PDF %d%n", printed.form(), printed.ext(),
          pages, ours));
      if (printed.ext().equals("docx") && pages > ours + 1) {
        over.add(printed.form() + "." + printed.ext() + ": " + pages + " pages against the PDF's " + ours);
      }
      // an XLSX's pages are jixiao's: LibreOffice breaks none of its own (it would blank a label)
      if (printed.ext().equals("xlsx") && pages != printed.xlsxPages()) {
        over.add(printed.form() + ".xlsx: " + pages + " pages against the " + printed.xlsxPages() + " jixiao ended");
      }
    }
    System.out.print(report);
    assertTrue(PRINTED.size() == 2 * FORMS.size(), "an XLSX and a DOCX of every form: " + report);
    assertTrue(over.isEmpty(), over + "\n" + report);
  }

  /**
   * For each merged cell with a label, each row it covers is found on its page by a text of its
   * own (a one-row cell whose text is nowhere else in the form); that page shows the label too.
   */
  @Test
  void everyDocxAndXlsxPageWithARowOfAMergedGroupShowsTheGroupsLabel() {
    List<String> blank = new ArrayList<>();
    int checked = 0;
    for (Printed printed : PRINTED) {
      Layout layout = FORMS.get(printed.form()).layout();
      List<String> texts = cellTexts(layout);
      for (Block b : layout.blocks()) {
        if (!(b instanceof Table t)) {
          continue;
        }
        TableGrid g = TableGrid.of(t);
        for (int r = t.head().size(); r < g.rowCount(); r++) {
          for (int c = 0; c < g.columns(); c++) {
            TableGrid.Placed label = g.at(r, c);
            String text = squeeze(label.cell().text());
            if (label.col() != c || label.cell().rowspan() < 2 || text.isEmpty()) {
              continue;
            }
            String witness = witness(g, r, texts);
            List<Integer> on = pagesWith(printed.pages(), witness);
            if (on.size() == 1) {
              checked++;
              if (!printed.pages().get(on.get(0)).contains(text)) {
                blank.add(printed.form() + "." + printed.ext() + ": page " + (on.get(0) + 1) + " holds 「" + witness
                    + "」 but not its label 「" + text + "」");
              }
            }
          }
        }
      }
    }
    assertTrue(checked > 100, checked + " rows checked");
    assertTrue(blank.isEmpty(), String.join("\n", blank));
  }

  @Test
  void docxPageNumbersAppearOnlyOnFormsOfMoreThanOnePage() {
    List<String> wrong = new ArrayList<>();
    for (Printed printed : PRINTED) {
      if (!printed.ext().equals("docx")) {
        continue;
      }
      int n = printed.pages().size();
      for (int p = 0; p < n; p++) {
        boolean numbered = printed.pages().get(p).contains("第" + (p + 1) + "页共" + n + "页");
        if (numbered != (n > 1)) {
          wrong.add(printed.form() + " page " + (p + 1) + " of " + n + (numbered ? " numbered" : " not numbered"));
        }
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static List<String> cellTexts(Layout layout) {
    List<String> out = new ArrayList<>();
    for (Block b : layout.blocks()) {
      if (b instanceof Table t) {
        for (var row : t.rows()) {
          for (Cell cell : row.cells()) {
            out.add(squeeze(cell.text()));
          }
        }
      }
    }
    return out;
  }

  /** A text of row {@code r} found in no other cell of the form, or "" if it has none. */
  private static String witness(TableGrid g, int r, List<String> texts) {
    for (int c = 0; c < g.columns(); c++) {
      TableGrid.Placed p = g.at(r, c);
      String t = squeeze(p.cell().text());
      if (p.row() == r && p.cell().rowspan() == 1 && t.length() >= 4
          && texts.stream().filter(x -> x.contains(t)).count() == 1) {
        return t;
      }
    }
    return "";
  }

  private static List<Integer> pagesWith(List<String> pages, String text) {
    List<Integer> on = new ArrayList<>();
    for (int p = 0; !text.isEmpty() && p < pages.size(); p++) {
      if (pages.get(p).contains(text)) {
        on.add(p);
      }
    }
    return on;
  }

  private static String onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, program);
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return null;
  }
}
