package org.jixiao.writer.xlsx;

import java.util.List;

/**
 * The sheet as it is written: row heights in points (copied heads included), the regions, and
 * the rows after which a page ends.
 */
record PrintedSheet(ColumnGrid grid, List<Double> heights, List<Region> regions,
    List<Integer> pageEnds) {
  PrintedSheet {
    heights = List.copyOf(heights);
    regions = List.copyOf(regions);
    pageEnds = List.copyOf(pageEnds);
  }
}
