package org.jixiao.writer.docx;

import java.util.Arrays;
import java.util.List;
import org.jixiao.layout.Cell;
import org.jixiao.layout.Row;
import org.jixiao.layout.Table;
import org.jixiao.layout.TableGrid;
import org.jixiao.writer.TextMeasure;

/**
 * Where Word and LibreOffice will probably break a DOCX's pages, estimated from the text (they
 * decide it themselves, so the estimate is generous: LibreOffice's CJK line pitch) and used to
 * keep each merged group of rows on one page or, when it is taller than a page, to cut it where
 * the page will end and repeat its labels there, as the PDF does. The rows of each part get
 * keep-with-next, so where the estimate is wrong a part moves whole to the next page: a page
 * never starts with the blank continuation of a merged cell.
 */
final class DocxPages {
  /** Line pitch of table and body text as a multiple of the size (Noto CJK in LibreOffice). */
  private static final double LEADING = 1.3;
  /** Top plus bottom cell margin and a rule, points (tblCellMar 20 twips each side). */
  private static final double CELL_PAD_V = 2.5;
  /** Left plus right cell margin, points (tblCellMar 57 twips each side). */
  private static final double CELL_PAD_H = 5.7;
  /**
   * Part of the page a plan fills. Measured with LibreOffice on the samples and 30 generated units
   * (bench/NOTES.md): the estimate errs tall, so at 0.96 pages ended early (122 pages, 10 of 41
   * forms longer than the PDF); at 1.0, 120 pages and 8; at 1.05 parts no longer fit and move
   * (125 pages). Word's 宋体 lines are shorter than LibreOffice's Noto CJK ones.
   */
  static final double SAFETY = 1.0;

  /**
   * How one table is to be written: {@code cutBefore[r]} cuts every merged cell running from row
   * r − 1 into row r (the part from r starts again with the text); {@code keepNext[r]} keeps row
   * r on the page of row r + 1.
   */
  record Plan(boolean[] cutBefore, boolean[] keepNext) {}

  private final double page;
  private double used;
  private int pages = 1;

  /** A plan for a page {@code pageHeightPt} tall (body only), starting at its top. */
  DocxPages(double pageHeightPt) {
    this.page = pageHeightPt * SAFETY;
  }

  /** A paragraph of {@code lines} lines at {@code size} points flows onto the page. */
  void paragraph(int lines, double size) {
    advance(lines * LEADING * size);
  }

  void newPage() {
    turn(0);
  }

  /** Pages the document is estimated to take so far (generously: it may take fewer). */
  int pages() {
    return pages;
  }

  /** A new page, with {@code top} points of it already taken (the repeated head rows). */
  private void turn(double top) {
    used = top;
    pages++;
  }

  /** Lines that {@code text} takes at {@code size} in {@code widthPt} (a paragraph, no padding). */
  static int lines(String text, double widthPt, double size) {
    return TextMeasure.lines(text, widthPt + TextMeasure.PAD_H, size);
  }

  private void advance(double h) {
    used += h;
    while (used > page) {
      used -= page;
      pages++;
    }
  }

  /** The plan of table {@code t} with columns {@code cols} twips wide, placed from where the page is. */
  Plan table(Table t, TableGrid g, long[] cols) {
    int n = g.rowCount();
    int head = t.head().size();
    double[] h = heights(t, g, cols);
    boolean[] cut = new boolean[n];
    boolean[] keep = new boolean[n];
    double headH = 0;
    for (int r = 0; r < head; r++) {
      headH += h[r];
      keep[r] = r < n - 1; // a head never ends a page, unless the table is all head
    }
    if (used > 0 && used + headH + (head < n ? h[head] : 0) > page) {
      turn(0);
    }
    used += headH;
    int r = head;
    while (r < n) {
      int end = unitEnd(g, r, head);
      double uh = sum(h, r, end);
      if (used + uh <= page || headH + uh <= page) {
        // the whole group on this page, or kept together on the next
        if (used + uh > page) {
          turn(headH);
        }
        Arrays.fill(keep, r, end, true);
        used += uh;
        r = end + 1;
        continue;
      }
      // taller than a page: fill this page, cut, go on at the top of the next
      int first = r;
      while (r <= end) {
        int last = r - 1;
        double taken = 0;
        while (last < end && used + taken + h[last + 1] <= page) {
          taken += h[++last];
        }
        if (last < r && used > headH) {
          turn(headH); // not one row fits: the part starts on the next page
          continue;
        }
        last = Math.max(last, r); // a row taller than a page goes alone
        taken = Math.max(taken, h[r]);
        if (r > first) {
          cut[r] = true;
        }
        Arrays.fill(keep, r, last, true);
        used += taken;
        r = last + 1;
        if (r <= end) {
          turn(headH);
        }
      }
    }
    return new Plan(cut, keep);
  }

  /** The last row of the group of rows that merged cells join to {@code from}. */
  private static int unitEnd(TableGrid g, int from, int head) {
    int end = from;
    for (int r = from; r <= end; r++) {
      for (int c = 0; c < g.columns(); c++) {
        TableGrid.Placed p = g.at(r, c);
        if (p.row() >= head) {
          end = Math.max(end, p.lastRow());
        }
      }
    }
    return end;
  }

  /** Estimated row heights, points: single-row cells first, then merged cells spread their lack. */
  private static double[] heights(Table t, TableGrid g, long[] cols) {
    int n = g.rowCount();
    double[] h = new double[n];
    List<Row> rows = t.rows();
    for (int r = 0; r < n; r++) {
      h[r] = rows.get(r).minHeight() * 72 / 25.4;
    }
    for (int pass = 0; pass < 2; pass++) {
      for (int r = 0; r < n; r++) {
        for (int c = 0; c < g.columns(); c++) {
          TableGrid.Placed p = g.at(r, c);
          if (p.row() != r || p.col() != c || (pass == 0) != (p.lastRow() == r)) {
            continue;
          }
          double need = cellHeight(p.cell(), width(cols, p), t.size());
          double lack = need - sum(h, r, p.lastRow());
          for (int rr = r; lack > 0 && rr <= p.lastRow(); rr++) {
            h[rr] += lack / (p.lastRow() - r + 1);
          }
        }
      }
    }
    return h;
  }

  private static double width(long[] cols, TableGrid.Placed p) {
    long w = 0;
    for (int c = p.col(); c <= p.lastCol(); c++) {
      w += cols[c];
    }
    return w / 20.0 - CELL_PAD_H;
  }

  private static double cellHeight(Cell cell, double widthPt, double size) {
    int lines = 0;
    for (String text : cell.paragraphs()) {
      lines += lines(text, widthPt, size);
    }
    return Math.max(lines, 1) * LEADING * size + CELL_PAD_V;
  }

  private static double sum(double[] h, int first, int last) {
    double s = 0;
    for (int r = first; r <= last; r++) {
      s += h[r];
    }
    return s;
  }
}
