package org.jixiao.writer.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Where the next block goes: blocks are drawn at absolute positions, top down, so the writer
 * alone decides what goes on which page (OpenPDF's own flow would split tables its way).
 */
final class PageCursor {
  /**
   * Room kept free when deciding what fits, in points: ColumnText sums the row heights again
   * itself, and a rounding difference must not push a last row onto the next page headless.
   */
  private static final float SLACK = 0.01f;

  private final Document document;
  private final PdfWriter writer;
  private float y;
  private boolean fresh = true;

  PageCursor(Document document, PdfWriter writer) {
    this.document = document;
    this.writer = writer;
    this.y = document.top();
  }

  /** Millimetres to PDF points. */
  static float points(double mm) {
    return (float) (mm * 72 / 25.4);
  }

  float y() {
    return y;
  }

  float left() {
    return document.left();
  }

  float right() {
    return document.right();
  }

  float bottom() {
    return document.bottom();
  }

  /** Height left on this page. */
  float remaining() {
    return y - document.bottom();
  }

  /** Height of a whole page between the margins. */
  float pageHeight() {
    return document.top() - document.bottom();
  }

  /** Whether nothing has been drawn on this page yet. */
  boolean atTop() {
    return fresh;
  }

  boolean fits(float height) {
    return height <= remaining() - SLACK;
  }

  /** Records that a block was drawn down to {@code newY}. */
  private void drawnTo(float newY) {
    y = newY;
    fresh = false;
  }

  /** Leaves a gap before the next block, except at the top of a page. */
  void gap(float height) {
    if (!fresh) {
      y = Math.max(y - height, document.bottom());
    }
  }

  /** Starts a new page unless this one is still empty. */
  void newPage() {
    if (!fresh) {
      document.newPage();
      y = document.top();
      fresh = true;
    }
  }

  /**
   * Draws {@code element} from here on, onto as many pages as it needs. Tables go through
   * ColumnText too: only its path gives merged cells their full height (writeSelectedRows draws
   * each cell one row high).
   */
  void flow(Element element) {
    ColumnText column = new ColumnText(writer.getDirectContent());
    column.addElement(element);
    while (true) {
      column.setSimpleColumn(left(), bottom(), right(), y);
      float before = y;
      int status = column.go();
      if (column.getYLine() < before) {
        drawnTo(column.getYLine());
      }
      if (!ColumnText.hasMoreText(status)) {
        return;
      }
      if (fresh) {
        // nothing fitted on an empty page: another page would not help
        throw new IllegalStateException("content taller than a page that cannot be split");
      }
      newPage();
    }
  }
}
