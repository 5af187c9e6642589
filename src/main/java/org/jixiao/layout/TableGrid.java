package org.jixiao.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each cell of a table lands on the row × column grid once rowspans and colspans are
 * applied, as HTML places them. Every writer needs this; computing it once keeps them in step.
 */
public final class TableGrid {
  /** A cell at its grid position (row and column of its top-left corner). */
  public record Placed(Cell cell, int row, int col) {
    public int lastRow() {
      return row + cell.rowspan() - 1;
    }

    public int lastCol() {
      return col + cell.colspan() - 1;
    }
  }

  private final List<List<Placed>> byRow;
  private final Placed[][] owner;
  private final int columns;

  private TableGrid(List<List<Placed>> byRow, Placed[][] owner, int columns) {
    this.byRow = byRow;
    this.owner = owner;
    this.columns = columns;
  }

  /** Places the rows of {@code table}; fails when a row leaves a gap or spills past the last column. */
  public static TableGrid of(Table table) {
    List<Row> rows = table.rows();
    int n = table.columns();
    Placed[][] owner = new Placed[rows.size()][n];
    List<List<Placed>> byRow = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Placed> placed = new ArrayList<>();
      int c = 0;
      for (Cell cell : rows.get(r).cells()) {
        while (c < n && owner[r][c] != null) {
          c++;
        }
        if (c + cell.colspan() > n) {
          throw new LayoutException("row " + (r + 1) + " has more cells than the table's " + n
              + " columns (cell \"" + abbreviate(cell.text()) + "\")");
        }
        if (r + cell.rowspan() > rows.size()) {
          throw new LayoutException("row " + (r + 1) + ": cell \"" + abbreviate(cell.text())
              + "\" spans " + cell.rowspan() + " rows but only " + (rows.size() - r) + " remain");
        }
        Placed p = new Placed(cell, r, c);
        for (int rr = r; rr <= p.lastRow(); rr++) {
          for (int cc = c; cc <= p.lastCol(); cc++) {
            if (owner[rr][cc] != null) {
              throw new LayoutException("row " + (rr + 1) + ", column " + (cc + 1)
                  + " is covered twice (cell \"" + abbreviate(cell.text()) + "\")");
            }
            owner[rr][cc] = p;
          }
        }
        placed.add(p);
        c += cell.colspan();
      }
      for (int cc = 0; cc < n; cc++) {
        if (owner[r][cc] == null) {
          throw new LayoutException("row " + (r + 1) + " leaves column " + (cc + 1) + " empty");
        }
      }
      byRow.add(List.copyOf(placed));
    }
    return new TableGrid(List.copyOf(byRow), owner, n);
  }

  private static String abbreviate(String s) {
    return s.length() <= 20 ? s : s.substring(0, 20) + "…";
  }

  public int rowCount() {
    return byRow.size();
  }

  public int columns() {
    return columns;
  }

  /** The cells that start in row {@code r}. */
  public List<Placed> startingIn(int r) {
    return byRow.get(r);
  }

  /** The cell covering grid position (r, c). */
  public Placed at(int r, int c) {
    return owner[r][c];
  }
}
