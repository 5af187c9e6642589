package org.jixiao.writer.pdf;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.layout.Layout;
import org.jixiao.writer.WriteOptions;

/**
 * Writes the sample layouts as PDFs into a folder (default target/sample-pdfs) to look at, and
 * prints how long font loading and each render take. The first render in a JVM includes loading
 * OpenPDF's classes, so the 3-page form is rendered twice.
 */
public final class SamplePdfs {
  private SamplePdfs() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/sample-pdfs"));
    long t = System.nanoTime();
    PdfFonts fonts = PdfFonts.find(List.of());
    System.out.printf("fonts %s / %s: %d ms%n", fonts.body().name(), fonts.title().name(),
        (System.nanoTime() - t) / 1_000_000);
    PdfLayoutWriter writer = new PdfLayoutWriter(fonts, WriteOptions.defaults());
    write(writer, Samples.form(45), dir.resolve("form-45.pdf"));
    write(writer, Samples.form(45), dir.resolve("form-45.pdf"));
    write(writer, Samples.form(60), dir.resolve("form-60.pdf"));
    write(writer, Samples.form(8), dir.resolve("form-8.pdf"));
    write(writer, Samples.indicators(60), dir.resolve("indicators-60.pdf"));
    write(writer, Samples.hugeCell(200), dir.resolve("huge-cell.pdf"));
  }

  private static void write(PdfLayoutWriter writer, Layout layout, Path file) throws IOException {
    long t = System.nanoTime();
    try (OutputStream out = Files.newOutputStream(file)) {
      writer.write(layout, out);
    }
    long ms = (System.nanoTime() - t) / 1_000_000;
    System.out.printf("%s: %d pages, %d KiB, %d ms%n", file,
        new PdfReader(Files.readAllBytes(file)).getNumberOfPages(), Files.size(file) / 1024, ms);
  }
}
