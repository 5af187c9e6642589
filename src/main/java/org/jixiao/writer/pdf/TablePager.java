package org.jixiao.writer.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.layout.Cell;
import org.jixiao.layout.Row;
import org.jixiao.layout.Side;
import org.jixiao.layout.Table;
import org.jixiao.layout.TableGrid;

/**
 * Draws one layout table across pages as a ruled form: a row is never split (unless it alone is
 * taller than a page), the head rows repeat at the top of every page the table continues on,
 * and a merged cell that runs over a page break starts again on the next page with its text.
 * Each page gets its own PdfPTable holding just that page's rows.
 */
final class TablePager {
  private static final float RULE_WIDTH = 0.5f;
  /** Cell padding: a little more at the sides, where text would otherwise touch the rules. */
  static final float PADDING = 2.5f;
  private static final float SIDE_PADDING = 3f;

  /** A page's worth of the table: the PdfPTable and the grid row after its last. */
  private record Chunk(PdfPTable table, int end) {}

  private final Table table;
  private final TableGrid grid;
  private final Typesetter typesetter;
  private final float width;
  private final float[] widths;
  private final int head;
  /** The whole table as {@link #draw} first builds it, until {@link #build} hands it out once. */
  private PdfPTable reusable;
  /** Each cell's height as laid out in one of this table's builds, for the next builds. */
  private final MeasuredTable.Heights heights = new MeasuredTable.Heights();
  /** Each layout cell's text as set in the fonts, for every build of this table. */
  private final Map<Cell, Phrase> phrases = new IdentityHashMap<>();
  /** The table's rows, head then body (asked for by every cell of every build). */
  private final List<Row> rows;

  TablePager(Table table, float width, Typesetter typesetter) {
    this.table = table;
    this.grid = TableGrid.of(table);
    this.typesetter = typesetter;
    this.width = width;
    double[] f = table.fractions();
    this.widths = new float[f.length];
    for (int i = 0; i < f.length; i++) {
      widths[i] = (float) f[i];
    }
    this.head = table.head().size();
    this.rows = table.rows();
  }

  /** Draws the table from the cursor on, starting new pages as needed. */
  void draw(PageCursor cursor) {
    int total = grid.rowCount();
    // Heights as on one endless page: a good first guess of how many rows fit on each page.
    PdfPTable whole = build(head, total, true, false);
    float[] guess = new float[total];
    for (int r = 0; r < total; r++) {
      guess[r] = whole.getRowHeight(r);
    }
    reusable = whole;
    int next = head;
    boolean first = true;
    do {
      // The head opens the table and every page it continues on, not a stretch after a split row.
      boolean withHead = first || cursor.atTop();
      Chunk chunk = fitting(next, withHead, cursor, guess);
      if (chunk == null && !cursor.atTop()) {
        cursor.newPage();
        continue;
      }
      if (chunk == null) {
        drawSplitting(next, cursor);
        next++;
      } else {
        cursor.flow(chunk.table());
        next = chunk.end();
      }
      first = false;
      if (next < total && chunk != null) {
        cursor.newPage();
      }
    } while (next < total);
  }

  /**
   * The longest run of body rows from {@code from} that fits in the space left on the page, as a
   * table; null when not even one row fits. Built tables are measured, not trusted to the guess:
   * a merged cell cut at a page break can make its rows taller.
   */
  private Chunk fitting(int from, boolean withHead, PageCursor cursor, float[] guess) {
    int total = grid.rowCount();
    float used = 0;
    for (int r = 0; withHead && r < head; r++) {
      used += guess[r];
    }
    int end = from;
    while (end < total && cursor.fits(used + guess[end])) {
      used += guess[end];
      end++;
    }
    int least = Math.min(from + 1, total); // a head with no body rows is drawn alone
    Chunk fit = null;
    for (end = Math.max(end, least); end >= least && fit == null; end--) {
      PdfPTable t = build(from, end, withHead, cursor.atTop());
      if (cursor.fits(t.getTotalHeight())) {
        fit = new Chunk(t, end);
      }
    }
    while (fit != null && fit.end() < total) {
      PdfPTable t = build(from, fit.end() + 1, withHead, cursor.atTop());
      if (!cursor.fits(t.getTotalHeight())) {
        break;
      }
      fit = new Chunk(t, fit.end() + 1);
    }
    return fit;
  }

  /** A row taller than a page: alone under the head, split across pages by OpenPDF, never clipped. */
  private void drawSplitting(int row, PageCursor cursor) {
    PdfPTable t = build(row, Math.min(row + 1, grid.rowCount()), true, true, false);
    t.setHeaderRows(head);
    t.setSplitRows(true);
    t.setSplitLate(false);
    cursor.flow(t);
  }

  /**
   * Grid rows [from, to) with, when {@code withHead}, the head rows above them. A merged cell is
   * cut to the rows present and repeated, text and all, where it continues. Where a page cuts the
   * form, the cut edge is ruled even if the cell leaves that side open to join its neighbour.
   */
  private PdfPTable build(int from, int to, boolean withHead, boolean pageTop) {
    return build(from, to, withHead, pageTop, true);
  }

  /** As above; {@code keep} when the table will be drawn with all its rows, never split by OpenPDF. */
  private PdfPTable build(int from, int to, boolean withHead, boolean pageTop, boolean keep) {
    if (reusable != null && from == head && to == grid.rowCount() && withHead && !pageTop) {
      // the whole table as draw() measured it, not yet drawn: a table that fits where it starts
      // (most do) is laid out once for the guess and once to draw instead of three times
      PdfPTable whole = reusable;
      reusable = null;
      return whole;
    }
    MeasuredTable t = new MeasuredTable(widths, heights);
    List<int[]> segments = new ArrayList<>();
    if (withHead && from == head) {
      segments.add(new int[] {0, to});
    } else {
      if (withHead && head > 0) {
        segments.add(new int[] {0, head});
      }
      segments.add(new int[] {from, to});
    }
    int top = segments.get(0)[0];
    boolean tableEnd = to == grid.rowCount();
    for (int[] segment : segments) {
      for (int r = segment[0]; r < segment[1]; r++) {
        for (int c = 0; c < grid.columns(); c++) {
          TableGrid.Placed p = grid.at(r, c);
          if (p.col() == c && r == Math.max(p.row(), segment[0])) {
            int last = Math.min(p.lastRow(), segment[1] - 1);
            t.addCell(cell(p.cell(), r, last, pageTop && r == top, !tableEnd && last == to - 1), p.cell());
          }
        }
      }
    }
    return t.measure(width, keep);
  }

  private PdfPCell cell(Cell c, int row, int lastRow, boolean ruleTop, boolean ruleBottom) {
    // OpenPDF only reads a cell's phrase (its copies of the cell share it): one per layout cell
    Phrase phrase = phrases.computeIfAbsent(c, k -> typesetter.phrase(k.text(), typesetter.fonts().body(),
        (float) table.size(), k.bold()));
    PdfPCell cell = new PdfPCell(phrase);
    cell.setColspan(c.colspan());
    cell.setRowspan(lastRow - row + 1);
    int border = (ruleTop || c.ruled(Side.TOP) ? Rectangle.TOP : 0)
        | (ruleBottom || c.ruled(Side.BOTTOM) ? Rectangle.BOTTOM : 0)
        | (c.ruled(Side.LEFT) ? Rectangle.LEFT : 0)
        | (c.ruled(Side.RIGHT) ? Rectangle.RIGHT : 0);
    cell.setBorder(border);
    cell.setBorderWidth(RULE_WIDTH);
    cell.setPadding(PADDING);
    cell.setPaddingLeft(SIDE_PADDING);
    cell.setPaddingRight(SIDE_PADDING);
    cell.setLeading(0, Typesetter.LEADING);
    // Ascender and descender, not leading, bound the text, so it sits centred in its box.
    cell.setUseAscender(true);
    cell.setUseDescender(true);
    cell.setHorizontalAlignment(Typesetter.align(c.align()));
    cell.setVerticalAlignment(switch (c.valign()) {
      case TOP -> Element.ALIGN_TOP;
      case MIDDLE -> Element.ALIGN_MIDDLE;
      case BOTTOM -> Element.ALIGN_BOTTOM;
    });
    double minMm = 0;
    for (int r = row; r <= lastRow; r++) {
      minMm += rows.get(r).minHeight();
    }
    if (minMm > 0) {
      cell.setMinimumHeight(PageCursor.points(minMm));
    }
    return cell;
  }
}
