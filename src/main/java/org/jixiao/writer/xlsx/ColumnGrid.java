package org.jixiao.writer.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jixiao.layout.Block;
import org.jixiao.layout.Layout;
import org.jixiao.layout.SpreadLine;
import org.jixiao.layout.Table;

/**
 * The sheet's columns: the union of every table's column boundaries across the body width, so
 * each layout column is a run of sheet columns. Boundaries closer than a hair are one boundary,
 * else two tables whose widths differ by rounding would leave sliver columns.
 */
final class ColumnGrid {
  /** Boundaries nearer than this (mm) are taken as the same line. */
  private static final double SNAP_MM = 0.5;
  private static final double PT_PER_MM = 72 / 25.4;
  /** The size of the workbook's default font, the body face (CellStyles), in points. */
  static final int DEFAULT_FONT_PT = 11;
  /**
   * Excel measures columns in widths of the default font's digit: 8 px of 96 per inch for 宋体
   * 11 (Chinese Excel's Normal style, whose standard column of 8.38 digits is 72 px).
   */
  private static final double DIGIT_PX = 8;
  private static final double PX_PER_MM = 96 / 25.4;

  private final double[] bounds;

  private ColumnGrid(double[] bounds) {
    this.bounds = bounds;
  }

  /** The grid for all tables of {@code layout}; three equal columns at least when a spread line needs them. */
  static ColumnGrid of(Layout layout) {
    double width = layout.page().bodyWidthMm();
    List<Double> all = new ArrayList<>(List.of(0.0, width));
    double snap = SNAP_MM;
    boolean spread = false;
    for (Block b : layout.blocks()) {
      if (b instanceof Table t) {
        double x = 0;
        for (double f : t.fractions()) {
          snap = Math.min(snap, f * width / 2); // never merge the two sides of one narrow column
          x += f * width;
          all.add(Math.min(x, width));
        }
      } else if (b instanceof SpreadLine) {
        spread = true;
      }
    }
    double[] bounds = cluster(all, snap);
    if (spread && bounds.length < 4) {
      all.add(width / 3);
      all.add(width * 2 / 3);
      bounds = cluster(all, snap);
    }
    return new ColumnGrid(bounds);
  }

  /** Sorted boundaries, each cluster of near ones replaced by its first; 0 and the width stay exact. */
  private static double[] cluster(List<Double> xs, double snap) {
    TreeSet<Double> sorted = new TreeSet<>(xs);
    double last = sorted.last();
    List<Double> out = new ArrayList<>();
    for (double x : sorted) {
      if (out.isEmpty() || x - out.get(out.size() - 1) > snap) {
        out.add(x);
      }
    }
    out.set(out.size() - 1, last);
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  int columns() {
    return bounds.length - 1;
  }

  /** The position (mm from the left edge of the body) of boundary {@code i}, 0 ≤ i ≤ columns. */
  double boundaryMm(int i) {
    return bounds[i];
  }

  double widthMm(int col) {
    return bounds[col + 1] - bounds[col];
  }

  /** Width in points of sheet columns {@code first..last}. */
  double widthPt(int first, int last) {
    return (bounds[last + 1] - bounds[first]) * PT_PER_MM;
  }

  /**
   * For each boundary of {@code table} (columns + 1 of them), the index of the sheet boundary it
   * fell on: table column i covers sheet columns [b[i], b[i+1]).
   */
  int[] boundariesOf(Table table) {
    double[] f = table.fractions();
    int[] out = new int[f.length + 1];
    double x = 0;
    for (int i = 0; i < f.length; i++) {
      x += f[i] * bounds[bounds.length - 1];
      out[i + 1] = nearest(x);
    }
    return out;
  }

  private int nearest(double x) {
    int best = 0;
    for (int i = 1; i < bounds.length; i++) {
      if (Math.abs(bounds[i] - x) < Math.abs(bounds[best] - x)) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Column width in Excel's unit, 1/256 of the default font's digit width. Excel draws a column
   * in whole pixels, {@code trunc((units + 16) / 256 · 8)} for 宋体 11; the pixels come from the
   * boundaries rounded down, so the columns add up to the body width to within a pixel and
   * never exceed it, and fit-to-width never has to shrink the sheet.
   */
  int excelWidth(int col) {
    long px = (long) Math.floor(bounds[col + 1] * PX_PER_MM + 1e-9)
        - (long) Math.floor(bounds[col] * PX_PER_MM + 1e-9);
    return (int) Math.ceil(px * 256 / DIGIT_PX - Math.floor(128 / DIGIT_PX));
  }
}
