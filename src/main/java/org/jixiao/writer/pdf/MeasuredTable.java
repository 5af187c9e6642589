package org.jixiao.writer.pdf;

import com.lowagie.text.pdf.PdfPTable;

/**
 * A table laid out once, after all its cells are added, whose row heights ColumnText then takes
 * as they are. OpenPDF lays out each row as it is completed when the width is already set, lays
 * out every row again on {@code calculateHeights(true)}, and ColumnText lays out a locked-width
 * table a third time before drawing it: the same cells, the same widths, the same heights.
 */
final class MeasuredTable extends PdfPTable {
  private boolean measured;

  MeasuredTable(float[] relativeWidths) {
    super(relativeWidths);
  }

  /**
   * Sets the width and lays the table out (each cell once). With {@code keep}, later requests to
   * lay it out again return the heights measured here: only for a table whose rows are drawn
   * whole, not one OpenPDF splits, which changes the rows.
   */
  MeasuredTable measure(float width, boolean keep) {
    setTotalWidth(width); // lays out every row: totalWidth was 0 while the cells were added
    setLockedWidth(true);
    measured = keep;
    return this;
  }

  @Override
  public float calculateHeights(boolean firstTime) {
    if (measured && firstTime) {
      return getTotalHeight();
    }
    return super.calculateHeights(firstTime);
  }
}
