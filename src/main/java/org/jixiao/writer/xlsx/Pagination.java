package org.jixiao.writer.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Breaks the sheet into pages itself, because Excel repeats only one range of rows per sheet
 * and a form has several tables, each with its own head. A page ends before the row that would
 * overflow it; when that row is in the body of a table with a head, copies of the head follow
 * the break, and a region cut by the break becomes two regions with the same text, so a label
 * such as 运行成本 shows on both pages. Heads are kept with their first body row, and a cut
 * region's part is given room for its text or moved whole to the next page, and a table's last
 * row does not go over alone.
 */
final class Pagination {
  private final SheetPlan plan;
  private final double[] h;
  private final double capacity;

  private Pagination(SheetPlan plan, double[] heights, double capacity) {
    this.plan = plan;
    this.h = heights.clone();
    this.capacity = capacity;
  }

  /** Pages {@code plan} with rows {@code heights} high on pages {@code capacity} points tall. */
  static PrintedSheet paginate(SheetPlan plan, double[] heights, double capacity) {
    Pagination p = new Pagination(plan, heights, capacity);
    return p.build(p.breaks());
  }

  /** Rows above which a page starts. */
  private TreeSet<Integer> breaks() {
    TreeSet<Integer> breaks = new TreeSet<>();
    int n = h.length;
    int pageStart = 0;
    double used = 0;
    int i = 0;
    while (i < n) {
      // a forced break at the top of a page (or of the sheet) would print a blank page
      if (i > pageStart && plan.breaksBefore().contains(i)) {
        breaks.add(i);
        pageStart = i;
        used = 0;
      }
      if (i == pageStart || used + h[i] <= capacity) {
        used += h[i];
        i++;
        continue;
      }
      int b = breakAt(i, pageStart);
      breaks.add(b);
      growContinuations(b);
      pageStart = b;
      used = headHeight(b);
      i = b;
    }
    return breaks;
  }

  /**
   * Where to break when row {@code i} no longer fits: above {@code i}, or higher up so that a
   * head keeps its first body row and a region cut by the break keeps room for its text.
   */
  private int breakAt(int i, int pageStart) {
    int b = i;
    while (true) {
      TableRows t = tableOf(b);
      if (t != null && t.hasHead() && b > t.headStart() && b <= t.bodyStart()
          && t.headStart() > pageStart) {
        b = t.headStart();
        continue;
      }
      // a repeated head over the table's last row alone wastes the head: carry two rows over
      if (t != null && t.hasHead() && b == t.end() - 1 && b - 1 > t.bodyStart() && b - 1 > pageStart) {
        b--;
        continue;
      }
      // a block (a label spanning rows) whose first row alone would end the page goes over whole:
      // 项目支出明细测算's column heads stranded above its lines read as an empty block
      int orphan = orphanedStart(b, pageStart);
      if (orphan >= 0) {
        b = orphan;
        continue;
      }
      double lack = 0;
      int earliest = b;
      for (Region g : plan.regions()) {
        if (g.crosses(b)) {
          double missing = RowHeights.needed(g, plan.grid()) - RowHeights.sum(h, g.firstRow(), b - 1);
          if (missing > 0) {
            lack = Math.max(lack, missing);
            earliest = Math.min(earliest, g.firstRow());
          }
        }
      }
      if (lack == 0) {
        return b;
      }
      if (pageUsed(pageStart, b) + RowHeights.pixels(lack) <= capacity) {
        h[b - 1] += RowHeights.pixels(lack);
        return b;
      }
      if (earliest > pageStart) {
        b = earliest;
        continue;
      }
      return b; // the part cannot fit on this page whichever way; keep the break where it is
    }
  }

  /**
   * The first row of a region that a break at {@code b} would leave with only that row on this
   * page, when the region starts below the page's first row; else -1.
   */
  private int orphanedStart(int b, int pageStart) {
    for (Region g : plan.regions()) {
      if (g.crosses(b) && g.firstRow() == b - 1 && g.firstRow() > pageStart) {
        return g.firstRow();
      }
    }
    return -1;
  }

  /** Gives the part of each cut region below break {@code b} the room its text needs. */
  private void growContinuations(int b) {
    for (Region g : plan.regions()) {
      if (g.crosses(b)) {
        double missing = RowHeights.needed(g, plan.grid()) - RowHeights.sum(h, b, g.lastRow());
        if (missing > 0) {
          h[g.lastRow()] += RowHeights.pixels(missing);
        }
      }
    }
  }

  private double pageUsed(int pageStart, int end) {
    return headHeight(pageStart) + RowHeights.sum(h, pageStart, end - 1);
  }

  /** Height of the head repeated at the top of a page starting at row {@code r}. */
  private double headHeight(int r) {
    TableRows t = repeatedHead(r);
    return t == null ? 0 : RowHeights.sum(h, t.headStart(), t.bodyStart() - 1);
  }

  /** The table whose head is repeated when a page starts at {@code r}, or null. */
  private TableRows repeatedHead(int r) {
    TableRows t = tableOf(r);
    return t != null && t.hasHead() && t.inBody(r) ? t : null;
  }

  private TableRows tableOf(int r) {
    for (TableRows t : plan.tables()) {
      if (t.contains(r)) {
        return t;
      }
    }
    return null;
  }

  /** The sheet as printed: rows in order with copied heads after each break, regions cut at breaks. */
  private PrintedSheet build(TreeSet<Integer> breaks) {
    List<Double> heights = new ArrayList<>();
    List<Region> regions = new ArrayList<>();
    List<Integer> lastRows = new ArrayList<>();
    int[] at = new int[h.length];
    for (int r = 0; r < h.length; r++) {
      if (breaks.contains(r)) {
        lastRows.add(heights.size() - 1);
        TableRows t = repeatedHead(r);
        if (t != null) {
          int shift = heights.size() - t.headStart();
          for (int k = t.headStart(); k < t.bodyStart(); k++) {
            heights.add(h[k]);
          }
          for (Region g : plan.regions()) {
            if (g.firstRow() >= t.headStart() && g.lastRow() < t.bodyStart()) {
              regions.add(g.rows(g.firstRow() + shift, g.lastRow() + shift));
            }
          }
        }
      }
      at[r] = heights.size();
      heights.add(h[r]);
    }
    for (Region g : plan.regions()) {
      int start = g.firstRow();
      for (int b : breaks.subSet(g.firstRow(), false, g.lastRow(), true)) {
        regions.add(g.rows(at[start], at[b - 1]));
        start = b;
      }
      regions.add(g.rows(at[start], at[g.lastRow()]));
    }
    return new PrintedSheet(plan.grid(), heights, regions, lastRows);
  }
}
