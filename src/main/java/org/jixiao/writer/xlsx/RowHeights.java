package org.jixiao.writer.xlsx;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.writer.TextMeasure;

/**
 * Every row's height in points. Excel and LibreOffice never grow a row for a merged cell, so
 * each height is computed here: single-row regions set their row's height, then each region
 * spanning rows spreads what its rows still lack evenly over them.
 */
final class RowHeights {
  /** Heights are whole pixels at 96 dpi, as Excel stores them; rounding up here keeps pagination exact. */
  private static final double PIXEL_PT = 0.75;

  private RowHeights() {}

  /**
   * What a region's text needs, remembered for one form: the writer computes the heights again
   * after each round of page ends, and a region cut at a page end keeps its text and columns,
   * so each text is measured once per form rather than once per round and per piece.
   */
  static final class Measured {
    private record Key(String text, int firstCol, int lastCol, double size) {
      // written out: looked up for every region in every round, and a record's go through
      // method handles that C1 does not inline
      @Override
      public boolean equals(Object o) {
        return o instanceof Key k && firstCol == k.firstCol && lastCol == k.lastCol
            && Double.compare(size, k.size) == 0 && text.equals(k.text);
      }

      @Override
      public int hashCode() {
        return ((text.hashCode() * 31 + firstCol) * 31 + lastCol) * 31 + Double.hashCode(size);
      }
    }

    private final Map<Key, Double> needed = new HashMap<>();
    private final ColumnGrid grid;

    Measured(ColumnGrid grid) {
      this.grid = grid;
    }

    double needed(Region g) {
      return needed.computeIfAbsent(new Key(g.text(), g.firstCol(), g.lastCol(), g.look().size()),
          k -> RowHeights.needed(g, grid));
    }
  }

  static double[] of(SheetPlan plan) {
    return of(plan, new Measured(plan.grid()));
  }

  /** As {@link #of(SheetPlan)}, with the texts measured through {@code measured} (same grid). */
  static double[] of(SheetPlan plan, Measured measured) {
    double[] h = new double[plan.rows()];
    for (int r = 0; r < h.length; r++) {
      h[r] = plan.minHeights().get(r);
    }
    for (Region g : plan.regions()) {
      if (g.firstRow() == g.lastRow()) {
        h[g.firstRow()] = Math.max(h[g.firstRow()], measured.needed(g));
      }
    }
    // short spans first, so a long span sees the rows the short ones already grew
    List<Region> spans = plan.regions().stream().filter(g -> g.lastRow() > g.firstRow())
        .sorted(Comparator.comparingInt(g -> g.lastRow() - g.firstRow())).toList();
    for (Region g : spans) {
      double lack = measured.needed(g) - sum(h, g.firstRow(), g.lastRow());
      if (lack > 0) {
        int n = g.lastRow() - g.firstRow() + 1;
        for (int r = g.firstRow(); r <= g.lastRow(); r++) {
          h[r] += lack / n;
        }
      }
    }
    for (int r = 0; r < h.length; r++) {
      h[r] = pixels(h[r]);
    }
    return h;
  }

  /** Points that the text of {@code g} needs in the width of its columns. */
  static double needed(Region g, ColumnGrid grid) {
    return TextMeasure.height(g.text(), grid.widthPt(g.firstCol(), g.lastCol()), g.look().size());
  }

  /** {@code pt} rounded up to whole pixels. */
  static double pixels(double pt) {
    return Math.ceil(pt / PIXEL_PT - 1e-9) * PIXEL_PT;
  }

  static double sum(double[] h, int first, int last) {
    double s = 0;
    for (int r = first; r <= last; r++) {
      s += h[r];
    }
    return s;
  }
}
