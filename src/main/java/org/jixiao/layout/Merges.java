package org.jixiao.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves {@code <cell merge="KEY">}: cells with the same merge key in consecutive rows of one
 * column (same first column, same colspan; within the head or within the body) print as one
 * cell, the first of them, spanning all their rows. The following cells must be empty or hold
 * the same text as the first, so a loop may write the same cell on every row; their other
 * attributes are ignored. A template so says which rows belong together and never counts them:
 * the rowspans are computed here, from the rows it emitted.
 */
final class Merges {
  /** A cell as the template wrote it, with its merge key ("" for none). */
  record Written(Cell cell, String key) {}

  /** A row as the template wrote it. */
  record WrittenRow(List<Written> cells, double minHeight) {}

  /** The merge being extended in one column: its first cell and the rows it covers so far. */
  private static final class Run {
    final String key;
    final int row;
    final int index;
    final Cell first;
    int lastRow;

    /** {@code index}: the first cell's place among the cells kept in its row. */
    Run(String key, Cell first, int row, int index) {
      this.key = key;
      this.first = first;
      this.row = row;
      this.index = index;
      this.lastRow = row + first.rowspan() - 1;
    }
  }

  private Merges() {}

  /**
   * The rows with each merge resolved to one cell with its rowspan. {@code what} names the rows
   * ("table 2, body") in an error.
   */
  static List<Row> resolve(List<WrittenRow> rows, int columns, String what) {
    List<List<Cell>> out = new ArrayList<>();
    // runsAt[c]: the merge whose first cell starts in column c and reaches the row before
    Run[] runsAt = new Run[columns];
    boolean[][] taken = new boolean[rows.size()][columns];
    List<Run> runs = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> kept = new ArrayList<>();
      int c = 0;
      for (Written w : rows.get(r).cells()) {
        while (c < columns && taken[r][c]) {
          c++;
        }
        Cell cell = w.cell();
        int width = cell.colspan();
        // spans past the grid are left for TableGrid to report with the row
        for (int rr = r; rr < Math.min(rows.size(), r + cell.rowspan()); rr++) {
          for (int cc = c; cc < Math.min(columns, c + width); cc++) {
            taken[rr][cc] = true;
          }
        }
        Run open = c < columns ? runsAt[c] : null;
        if (!w.key().isEmpty() && open != null && open.key.equals(w.key())
            && open.lastRow == r - 1 && open.first.colspan() == width) {
          if (!cell.paragraphs().isEmpty() && !cell.paragraphs().equals(open.first.paragraphs())) {
            throw new LayoutException(what + ", row " + (r + 1) + ", column " + (c + 1)
                + ": the cell merged into \"" + abbreviate(open.first.text()) + "\" (merge=\""
                + w.key() + "\") holds other text, \"" + abbreviate(cell.text())
                + "\"; leave it empty or write the same text");
          }
          open.lastRow = r + cell.rowspan() - 1;
        } else {
          for (int cc = c; cc < Math.min(columns, c + width); cc++) {
            runsAt[cc] = null;
          }
          if (c < columns && !w.key().isEmpty()) {
            Run run = new Run(w.key(), cell, r, kept.size());
            runsAt[c] = run;
            runs.add(run);
          }
          kept.add(cell);
        }
        c += width;
      }
      out.add(kept);
    }
    for (Run run : runs) {
      Cell f = run.first;
      int span = run.lastRow - run.row + 1;
      if (span != f.rowspan()) {
        out.get(run.row).set(run.index, new Cell(f.paragraphs(), span, f.colspan(), f.align(),
            f.valign(), f.bold(), f.open(), f.number()));
      }
    }
    List<Row> result = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      result.add(new Row(out.get(r), rows.get(r).minHeight()));
    }
    return result;
  }

  private static String abbreviate(String s) {
    return s.length() <= 20 ? s : s.substring(0, 20) + "…";
  }
}
