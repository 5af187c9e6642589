package org.jixiao.writer.xlsx;

import java.util.List;

/**
 * The sheet as it is written: row heights in points, the regions, the rows after which the form
 * itself starts a new page ({@code <page-break/>}), and the head rows that Excel repeats at the
 * top of every page it breaks ({@code titleFirst..titleLast}, or -1 when no table has a head).
 * Every other page break is Excel's or LibreOffice's own, so inserting a row breaks nothing.
 * {@code pageNumbers}: the footer prints 第 N 页 共 M 页.
 */
record PrintedSheet(ColumnGrid grid, List<Double> heights, List<Region> regions,
    List<Integer> pageEnds, int titleFirst, int titleLast, boolean pageNumbers) {
  PrintedSheet {
    heights = List.copyOf(heights);
    regions = List.copyOf(regions);
    pageEnds = List.copyOf(pageEnds);
  }

  boolean hasTitles() {
    return titleFirst >= 0;
  }
}
