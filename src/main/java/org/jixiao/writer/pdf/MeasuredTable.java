package org.jixiao.writer.pdf;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A table laid out once, after all its cells are added, whose row heights ColumnText then takes
 * as they are. OpenPDF lays out each row as it is completed when the width is already set, lays
 * out every row again on {@code calculateHeights(true)}, and ColumnText lays out a locked-width
 * table a third time before drawing it: the same cells, the same widths, the same heights.
 *
 * <p>With a {@link Heights} shared by the tables built from one layout table, a cell already
 * laid out at the same place in another of them (the whole table measured for the page guess,
 * the runs of rows tried on each page) is not laid out again: its text, padding and width are the
 * same, so OpenPDF would find the same bottom edge.
 */
final class MeasuredTable extends PdfPTable {
  /**
   * Each layout cell's box as OpenPDF last measured it: left, right, top, bottom. Belongs to one
   * layout table drawn at one width, one thread.
   */
  static final class Heights {
    private final Map<Object, float[]> boxes = new IdentityHashMap<>();
  }

  private boolean measured;
  private final Heights heights;
  /** The layout cell each added cell shows (OpenPDF adds a copy of the cell it is given). */
  private final Map<PdfPCell, Object> sources;

  MeasuredTable(float[] relativeWidths) {
    this(relativeWidths, null);
  }

  MeasuredTable(float[] relativeWidths, Heights heights) {
    super(relativeWidths);
    this.heights = heights;
    this.sources = heights == null ? null : new IdentityHashMap<>();
  }

  /** Adds {@code cell}, which shows {@code source}: another cell showing it has the same height. */
  void addCell(PdfPCell cell, Object source) {
    PdfPCell added = addCell(cell);
    if (sources != null) {
      sources.put(added, source);
    }
  }

  /**
   * Sets the width and lays the table out (each cell once). With {@code keep}, later requests to
   * lay it out again return the heights measured here: only for a table whose rows are drawn
   * whole, not one OpenPDF splits, which changes the rows.
   */
  MeasuredTable measure(float width, boolean keep) {
    if (heights != null) {
      // rows made while the width was 0 hold only their cells: nothing measured yet
      for (int i = 0; i < rows.size(); i++) {
        rows.set(i, new KnownRow(rows.get(i).getCells()));
      }
    }
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

  /** A row that takes a cell's height from {@link #heights} when the cell was measured there before. */
  private final class KnownRow extends PdfPRow {
    KnownRow(PdfPCell[] cells) {
      super(cells);
    }

    /** As {@link PdfPRow#calculateHeights()}, each cell's height through {@link #height}. */
    @Override
    public float calculateHeights() {
      maxHeight = 0;
      for (PdfPCell cell : cells) {
        if (cell != null) {
          float height = height(cell);
          if (height > maxHeight && cell.getRowspan() == 1) {
            maxHeight = height;
          }
        }
      }
      calculated = true;
      return maxHeight;
    }

    /**
     * {@link PdfPCell#getMaxHeight()}, which sets the cell's bottom edge and returns its height:
     * the bottom found for the same layout cell in the same place before, or measured now.
     */
    private float height(PdfPCell cell) {
      Object source = sources.get(cell);
      if (source == null || cell.getImage() != null || cell.getRotation() != 0 || cell.hasFixedHeight()) {
        return cell.getMaxHeight();
      }
      float[] box = heights.boxes.get(source);
      if (box == null || Float.compare(box[0], cell.getLeft()) != 0
          || Float.compare(box[1], cell.getRight()) != 0 || Float.compare(box[2], cell.getTop()) != 0) {
        float height = cell.getMaxHeight();
        heights.boxes.put(source, new float[] {cell.getLeft(), cell.getRight(), cell.getTop(), cell.getBottom()});
        return height;
      }
      cell.setBottom(box[3]);
      float height = cell.getHeight();
      return height < cell.getMinimumHeight() ? cell.getMinimumHeight() : height;
    }
  }
}
