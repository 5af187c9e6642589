package org.jixiao.writer.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.layout.Layout;
import org.jixiao.writer.WriteOptions;

/** Writes the sample layouts as PDFs into a folder, timing font loading and rendering, to look at. */
public final class SamplePdfs {
  private SamplePdfs() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/sample-pdfs"));
    long t0 = System.nanoTime();
    PdfFonts fonts = PdfFonts.find(List.of());
    long t1 = System.nanoTime();
    System.out.printf("fonts: %s / %s in %d ms%n", fonts.body().name(), fonts.title().name(), (t1 - t0) / 1_000_000);
    PdfLayoutWriter writer = new PdfLayoutWriter(fonts, WriteOptions.defaults());
    write(writer, Samples.form(60), dir.resolve("form-60.pdf"));
    write(writer, Samples.form(60), dir.resolve("form-60.pdf"));
    write(writer, Samples.form(8), dir.resolve("form-8.pdf"));
    write(writer, Samples.hugeCell(200), dir.resolve("huge-cell.pdf"));
  }

  private static void write(PdfLayoutWriter writer, Layout layout, Path file) throws IOException {
    long t = System.nanoTime();
    try (OutputStream out = Files.newOutputStream(file)) {
      writer.write(layout, out);
    }
    System.out.printf("%s in %d ms%n", file, (System.nanoTime() - t) / 1_000_000);
  }
}
