package org.jixiao.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.jixiao.writer.WriteOptions;
import org.jixiao.writer.docx.DocxLayoutWriter;
import org.jixiao.writer.pdf.PdfFonts;
import org.jixiao.writer.pdf.PdfLayoutWriter;
import org.jixiao.writer.xlsx.XlsxLayoutWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample form's XLSX and DOCX, printed by LibreOffice, takes at most one page more than
 * jixiao's own PDF. Runs only where {@code soffice} is installed (one LibreOffice start converts
 * all files: a minute or three on a busy machine); elsewhere, or with {@code -Dsoffice.skip}, it
 * is skipped.
 */
class LibreOfficePageCountTest {
  @Test
  void libreOfficePrintsEachSampleOnAtMostOnePageMoreThanThePdf(@TempDir Path tmp) throws Exception {
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
    Map<String, Integer> pdfPages = new TreeMap<>();
    // the file LibreOffice is given → the form it holds ("unit form") and its format
    Map<String, String[]> office = new TreeMap<>();
    int n = 0;
    for (Path file : Samples.files()) {
      String unit = file.getFileName().toString().replace(".yaml", "");
      for (RenderedFile f : r.render(Samples.load(r, file), tmp).files()) {
        String name = f.path().getFileName().toString();
        String form = unit + " " + name.substring(0, name.lastIndexOf('.'));
        String ext = name.substring(name.lastIndexOf('.') + 1);
        if (ext.equals("pdf")) {
          pdfPages.put(form, new PdfReader(f.bytes()).getNumberOfPages());
        } else {
          Path out = tmp.resolve("in").resolve("f" + (n++) + "." + ext);
          Files.createDirectories(out.getParent());
          Files.write(out, f.bytes());
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
    StringBuilder report = new StringBuilder();
    List<String> over = new ArrayList<>();
    for (Map.Entry<String, String[]> e : office.entrySet()) {
      String name = Path.of(e.getKey()).getFileName().toString();
      Path pdf = converted.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
      String form = e.getValue()[0];
      String ext = e.getValue()[1];
      assertTrue(Files.exists(pdf), "LibreOffice made no PDF of " + form + "." + ext);
      int pages = new PdfReader(pdf.toString()).getNumberOfPages();
      int ours = pdfPages.get(form);
      report.append(String.format("%s.%s: LibreOffice %d pages, PDF %d%n", form, ext, pages, ours));
      if (pages > ours + 1) {
        over.add(form + "." + ext + ": " + pages + " pages against the PDF's " + ours);
      }
    }
    System.out.print(report);
    assertTrue(over.isEmpty(), over + "\n" + report);
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
