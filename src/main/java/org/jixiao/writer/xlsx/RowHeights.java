package org.jixiao.writer.xlsx;

/**
 * Estimates how tall a wrapped cell must be: Excel and LibreOffice do not size rows that hold
 * merged cells, so without this wrapped text would be cut off when printed.
 */
final class RowHeights {
  private RowHeights() {}

  /** Points needed for {@code text} at {@code size} pt in a cell {@code widthMm} wide. */
  static double needed(String text, double widthMm, double size) {
    double usable = Math.max(1, widthMm * 72 / 25.4 - 4); // less the cell's inner padding
    int lines = 0;
    for (String para : text.split("\n", -1)) {
      double w = 0;
      for (int i = 0; i < para.length(); ) {
        int cp = para.codePointAt(i);
        i += Character.charCount(cp);
        w += (cp < 0x2E80 ? 0.55 : 1.0) * size;
      }
      lines += Math.max(1, (int) Math.ceil(w / usable));
    }
    return lines * size * 1.3 + 4;
  }
}
