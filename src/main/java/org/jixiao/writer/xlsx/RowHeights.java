package org.jixiao.writer.xlsx;

import java.util.Comparator;
import java.util.List;
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

  static double[] of(SheetPlan plan) {
    double[] h = new double[plan.rows()];
    for (int r = 0; r < h.length; r++) {
      h[r] = plan.minHeights().get(r);
    }
    for (Region g : plan.regions()) {
      if (g.firstRow() == g.lastRow()) {
        h[g.firstRow()] = Math.max(h[g.firstRow()], needed(g, plan.grid()));
      }
    }
    // short spans first, so a long span sees the rows the short ones already grew
    List<Region> spans = plan.regions().stream().filter(g -> g.lastRow() > g.firstRow())
        .sorted(Comparator.comparingInt(g -> g.lastRow() - g.firstRow())).toList();
    for (Region g : spans) {
      double lack = needed(g, plan.grid()) - sum(h, g.firstRow(), g.lastRow());
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
