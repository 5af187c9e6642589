package org.jixiao.writer.xlsx;

import java.util.Set;
import org.jixiao.layout.Side;

/**
 * A rectangle of sheet cells showing one text: a table cell with its spans, a paragraph across
 * the width, or one part of a spread line. Rows and columns are inclusive sheet indices;
 * {@code ruled} are the sides drawn with a thin border; a {@code number} region's text is
 * written as a numeric cell when it is a number ({@link NumberText}).
 */
record Region(int firstRow, int lastRow, int firstCol, int lastCol, String text, Look look,
    Set<Side> ruled, boolean number) {
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
}
