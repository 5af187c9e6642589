package org.jixiao.writer.pdf;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.JixiaoException;
import org.jixiao.layout.Layout;
import org.jixiao.writer.WriteOptions;
import org.junit.jupiter.api.Assumptions;

/** Test helpers: the installed fonts (or a skipped test), writing layouts, reading PDFs back. */
final class Pdfs {
  private Pdfs() {}

  /** The system's Chinese fonts; skips the calling test on a machine that has none. */
  static PdfFonts fonts() {
    try {
      return PdfFonts.find(List.of());
    } catch (JixiaoException e) {
      return Assumptions.abort("no Chinese font installed: " + e.getMessage());
    }
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
