package org.jixiao.writer.xlsx;

import java.util.Set;
import org.jixiao.layout.Side;

/**
 * A rectangle of sheet cells showing one text: a table cell with its spans, a paragraph across
 * the width, or one part of a spread line. Rows and columns are inclusive sheet indices;
 * {@code ruled} are the sides drawn with a thin border.
 */
record Region(int firstRow, int lastRow, int firstCol, int lastCol, String text, Look look,
    Set<Side> ruled) {
  Region {
    ruled = Set.copyOf(ruled);
    if (lastRow < firstRow || lastCol < firstCol) {
      throw new IllegalArgumentException("empty region " + firstRow + ".." + lastRow + " × "
          + firstCol + ".." + lastCol);
    }
  }

  boolean merged() {
    return lastRow > firstRow || lastCol > firstCol;
  }

  /** Whether a page break just above row {@code r} cuts through this region. */
  boolean crosses(int r) {
    return firstRow < r && r <= lastRow;
  }

  /** The same region moved to rows {@code first..last}. */
  Region rows(int first, int last) {
    return new Region(first, last, firstCol, lastCol, text, look, ruled);
  }
}
