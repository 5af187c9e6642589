package org.jixiao.writer.docx;

import javax.xml.stream.XMLStreamException;
import org.jixiao.layout.Align;

/** Paragraphs and runs in plain, direct formatting: fonts named as the official forms name them. */
final class DocxStyles {
  private DocxStyles() {}

  /** Millimetres to twentieths of a point. */
  static long twips(double mm) {
    return Math.round(mm * 1440 / 25.4);
  }

  /** Half points, as {@code w:sz} counts. */
  static long halfPoints(double size) {
    return Math.round(size * 2);
  }

  /** A paragraph with one run of {@code text} (none when it is empty). */
  static void paragraph(WmlOut w, String text, String font, double size, boolean bold, Align align,
      boolean keepNext) throws XMLStreamException {
    w.start("w:p");
    paragraphProperties(w, align, size, keepNext);
    if (!text.isEmpty()) {
      run(w, text, font, size, bold);
    }
    w.end();
  }

  /** {@code w:pPr}, complete. */
  static void paragraphProperties(WmlOut w, Align align, double size, boolean keepNext)
      throws XMLStreamException {
    w.start("w:pPr");
    if (keepNext) {
      w.empty("w:keepNext");
    }
    spacingToEnd(w, align, size, Math.round(size * 20 * 1.25), "atLeast");
  }

  /**
   * The rest of a {@code w:pPr} from its spacing on (line {@code line} twentieths of a point,
   * {@code lineRule}), closing it: what comes before the spacing (keepNext, tabs) is written by
   * the caller.
   */
  static void spacingToEnd(WmlOut w, Align align, double size, long line, String lineRule)
      throws XMLStreamException {
    w.empty("w:spacing").attr("w:before", "0").attr("w:after", "0").attr("w:line", line)
        .attr("w:lineRule", lineRule);
    w.empty("w:jc").attr("w:val", switch (align) {
      case LEFT -> "left";
      case CENTER -> "center";
      case RIGHT -> "right";
      case JUSTIFY -> "both";
    });
    // The paragraph mark carries the size too, so an empty cell is not taller than its text.
    w.start("w:rPr");
    size(w, size);
    w.end();
    w.end();
  }

  static void run(WmlOut w, String text, String font, double size, boolean bold)
      throws XMLStreamException {
    w.start("w:r");
    w.start("w:rPr");
    w.empty("w:rFonts").attr("w:hint", "eastAsia").attr("w:ascii", font).attr("w:hAnsi", font)
        .attr("w:eastAsia", font).attr("w:cs", font);
    if (bold) {
      w.empty("w:b");
      w.empty("w:bCs");
    }
    size(w, size);
    w.end();
    w.start("w:t").attr("xml:space", "preserve").text(text).end();
    w.end();
  }

  private static void size(WmlOut w, double size) throws XMLStreamException {
    long hp = halfPoints(size);
    w.empty("w:sz").attr("w:val", hp);
    w.empty("w:szCs").attr("w:val", hp);
  }
}
