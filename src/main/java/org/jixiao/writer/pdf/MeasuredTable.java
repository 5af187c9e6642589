package org.jixiao.writer.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.pdf.PdfContentByte;
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
    /** Each layout cell's lines as OpenPDF broke them when it last measured the cell. */
    private final Map<Object, CellLines> lines = new IdentityHashMap<>();
    private final CellLines.Pool pool = new CellLines.Pool();
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

  /**
   * As OpenPDF's: a copy of row {@code start} to draw, with the extra height of each cell that
   * spans rows; the copy draws its cells with the lines found when they were measured.
   */
  @Override
  protected PdfPRow adjustCellsInRow(int start, int end) {
    PdfPRow row = getRow(start);
    if (!(row instanceof KnownRow known)) {
      return super.adjustCellsInRow(start, end);
    }
    PdfPRow copy = new DrawRow(known);
    copy.initExtraHeights();
    PdfPCell[] cells = copy.getCells();
    for (int i = 0; i < cells.length; i++) {
      PdfPCell cell = cells[i];
      if (cell == null || cell.getRowspan() == 1) {
        continue;
      }
      int last = Math.min(end, start + cell.getRowspan());
      float extra = 0;
      for (int k = start + 1; k < last; k++) {
        extra += getRowHeight(k);
      }
      copy.setExtraHeight(i, extra);
    }
    return copy;
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

    /** The layout cell {@code cell} of this row shows, or null. */
    Object source(PdfPCell cell) {
      return sources.get(cell);
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
        float height;
        if (cell.isNoWrap() || cell.getColumn() == null) {
          height = cell.getMaxHeight();
          heights.lines.remove(source);
        } else {
          CellLines[] found = new CellLines[1];
          height = CellLines.measure(cell, found, heights.pool);
          heights.lines.put(source, found[0]);
        }
        heights.boxes.put(source, new float[] {cell.getLeft(), cell.getRight(), cell.getTop(), cell.getBottom()});
        return height;
      }
      cell.setBottom(box[3]);
      float height = cell.getHeight();
      return height < cell.getMinimumHeight() ? cell.getMinimumHeight() : height;
    }
  }

  /**
   * A copy of a {@link KnownRow} to draw (what OpenPDF's {@code adjustCellsInRow} makes), whose
   * text cells write the lines found when they were measured ({@link CellLines}) instead of
   * breaking their text again. {@link #writeCells} is OpenPDF's for such cells, statement for
   * statement; a row with anything else in it (an image, a rotated, fixed-height, unwrapped or
   * event cell) or drawn in part is left to OpenPDF.
   */
  private final class DrawRow extends PdfPRow {
    /** The layout cell each cell shows, by column; null where unknown. */
    private final Object[] shown;
    /** The cells as copied, to notice one OpenPDF puts in their place (a rowspan continued). */
    private final PdfPCell[] made;

    DrawRow(KnownRow row) {
      super(row);
      PdfPCell[] from = row.getCells();
      shown = new Object[from.length];
      for (int i = 0; i < from.length; i++) {
        shown[i] = from[i] == null ? null : row.source(from[i]);
      }
      made = cells.clone();
    }

    private boolean plain() {
      for (PdfPCell cell : cells) {
        if (cell != null && (cell.getImage() != null || cell.getRotation() != 0 || cell.isNoWrap()
            || cell.getFixedHeight() > 0 || cell.getCellEvent() != null)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public void writeCells(int colStart, int colEnd, float xPos, float yPos, PdfContentByte[] canvases) {
      if (heights == null || colStart > 0 || colEnd >= 0 && colEnd < cells.length || !plain()) {
        super.writeCells(colStart, colEnd, xPos, yPos, canvases);
        return;
      }
      if (!calculated) {
        calculateHeights();
      }
      if (cells.length == 0) {
        return;
      }
      if (cells[0] != null) {
        xPos -= cells[0].getLeft();
      }
      for (int k = 0; k < cells.length; ++k) {
        PdfPCell cell = cells[k];
        if (cell == null) {
          continue;
        }
        float currentMaxHeight = maxHeight + extraHeights[k];
        writeBorderAndBackground(xPos, yPos, currentMaxHeight, cell, canvases);
        float tly = cell.getTop() + yPos - cell.getEffectivePaddingTop();
        if (cell.getHeight() <= currentMaxHeight) {
          switch (cell.getVerticalAlignment()) {
            case Element.ALIGN_BOTTOM -> tly = cell.getTop() + yPos - currentMaxHeight + cell.getHeight()
                - cell.getEffectivePaddingTop();
            case Element.ALIGN_MIDDLE -> tly = cell.getTop() + yPos + (cell.getHeight() - currentMaxHeight) / 2
                - cell.getEffectivePaddingTop();
            default -> { }
          }
        }
        float rightLimit = cell.getRight() + xPos - cell.getEffectivePaddingRight();
        float leftLimit = cell.getLeft() + xPos + cell.getEffectivePaddingLeft();
        CellLines.Column ct = CellLines.column(cell);
        ct.setCanvases(canvases);
        float bry = tly - (currentMaxHeight - cell.getEffectivePaddingTop() - cell.getEffectivePaddingBottom());
        if ((tly > bry || ct.zeroHeightElement()) && leftLimit < rightLimit) {
          ct.setSimpleColumn(leftLimit, bry - 0.001f, rightLimit, tly);
          if (cell == made[k] && shown[k] != null) {
            ct.replay(heights.lines.get(shown[k]), heights.pool);
          }
          try {
            ct.go();
          } catch (DocumentException e) {
            throw new ExceptionConverter(e);
          }
        }
      }
    }
  }
}
