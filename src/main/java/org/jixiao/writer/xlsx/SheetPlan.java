package org.jixiao.writer.xlsx;

import java.util.List;
import java.util.Set;

/**
 * A layout laid out on the sheet grid, before pagination: the columns, each row's least height
 * in points, the regions, where each table sits and the rows a forced page break precedes.
 */
record SheetPlan(ColumnGrid grid, List<Double> minHeights, List<Region> regions,
    List<TableRows> tables, Set<Integer> breaksBefore) {
  SheetPlan {
    minHeights = List.copyOf(minHeights);
    regions = List.copyOf(regions);
    tables = List.copyOf(tables);
    breaksBefore = Set.copyOf(breaksBefore);
  }

  int rows() {
    return minHeights.size();
  }
}
