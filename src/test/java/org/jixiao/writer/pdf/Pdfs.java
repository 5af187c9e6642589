package org.jixiao.writer.pdf;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.JixiaoException;
import org.jixiao.layout.Layout;
import org.jixiao.writer.WriteOptions;
import org.junit.jupiter.api.Assumptions;

/** Test helpers: the installed fonts (or a skipped test), writing layouts, reading PDFs back. */
final class Pdfs {
  private Pdfs() {}

  /**
   * The fonts the PDF tests use, pinned: Noto Serif CJK for the body and Noto Sans CJK Bold for
   * titles, with no other installed face as a fallback, so that what a test sees does not depend
   * on what else the machine has (WenQuanYi, DejaVu, LibreOffice's fonts). Skips the calling test
   * on a machine without Noto CJK.
   */
  static PdfFonts fonts() {
    return pinned();
  }

  /** The pinned Noto faces and then {@code fallbacks}, in that order; no other installed face. */
  static PdfFonts pinned(String... fallbacks) {
    String serif = installed("NotoSerifCJK-Regular.ttc");
    String sans = installed("NotoSansCJK-Bold.ttc");
    List<String> faces = new ArrayList<>(List.of(serif, sans));
    for (String f : fallbacks) {
      Assumptions.assumeTrue(Files.isRegularFile(Path.of(f)), f + " is not installed");
      faces.add(f);
    }
    try {
      return PdfFonts.find(faces, List.of());
    } catch (JixiaoException e) {
      return Assumptions.abort("Noto CJK cannot be used: " + e.getMessage());
    }
  }

  /** The path of a Noto CJK file where Debian, Arch or Fedora put it; skips the test if none. */
  private static String installed(String file) {
    return PdfFonts.SYSTEM.stream().map(PdfFonts.Source::path).filter(p -> p.endsWith("/" + file))
        .filter(p -> Files.isRegularFile(Path.of(p))).findFirst()
        .orElseGet(() -> Assumptions.abort(file + " (fonts-noto-cjk) is not installed"));
  }

  static byte[] write(Layout layout) {
    return write(layout, fonts(), WriteOptions.defaults());
  }

  static byte[] write(Layout layout, PdfFonts fonts, WriteOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new PdfLayoutWriter(fonts, options).write(layout, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The text of each page, first page first. */
  static List<String> pages(byte[] pdf) {
    try {
      PdfReader reader = new PdfReader(pdf);
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      List<String> pages = new ArrayList<>();
      for (int p = 1; p <= reader.getNumberOfPages(); p++) {
        pages.add(extractor.getTextFromPage(p));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
