package org.jixiao.writer.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the printed pages of a sheet end, and merged cells cut there. Excel and LibreOffice print
 * a merged cell's text once, in the middle of the whole cell: a 一级 or 二级 label whose group runs
 * over a page break is blank on one of the pages. So the sheet's pages are laid out here, from
 * the row heights jixiao sets and the head rows repeated on each page, and written as manual
 * page breaks; a merged cell crossing one becomes two, each with the label, as the PDF and the
 * DOCX print a group's continuation. Rows are still written once; only a label is repeated.
 */
final class SheetPages {
  /**
   * The share of a page's body height filled: LibreOffice and Excel round row heights to pixels
   * of their own, and a page estimated a little too full would get a break of theirs before ours.
   */
  static final double FILL = 0.97;

  private SheetPages() {}

  /**
   * The rows after which a page ends: the forced ends, and each row that would not fit. The last
   * page is never only the rows after the last table ({@code lastTable}, null for none: 填报日期,
   * 单位负责人, a note) under a repeated head: the table's last row goes over with them, as a word
   * processor keeps a table's last row with the lines that follow it, when the page before keeps
   * a body row of its own.
   */
  static List<Integer> ends(double[] heights, Set<Integer> forced, int titleFirst, int titleLast,
      double pagePt, TableRows lastTable) {
    List<Integer> ends = ends(heights, forced, titleFirst, titleLast, pagePt);
    int n = ends.size();
    if (n == 0 || lastTable == null || lastTable.end() >= heights.length
        || lastTable.end() - 2 < lastTable.bodyStart()) {
      return ends;
    }
    int lastRow = lastTable.end() - 1;
    int last = ends.get(n - 1);
    int before = n > 1 ? ends.get(n - 2) : -1;
    if (last < lastRow || forced.contains(last) || lastRow - 1 <= before
        || forced.stream().anyMatch(f -> f >= lastRow - 1)) {
      return ends;
    }
    double titles = titleFirst >= 0 && lastRow > titleLast ? RowHeights.sum(heights, titleFirst, titleLast) : 0;
    if (titles + RowHeights.sum(heights, lastRow, heights.length - 1) > pagePt * FILL) {
      return ends; // the rows after the table fill a page of their own: nothing to keep together
    }
    List<Integer> kept = new ArrayList<>(ends);
    kept.set(n - 1, lastRow - 1);
    return kept;
  }

  private static List<Integer> ends(double[] heights, Set<Integer> forced, int titleFirst, int titleLast,
      double pagePt) {
    double titles = titleFirst < 0 ? 0 : RowHeights.sum(heights, titleFirst, titleLast);
    List<Integer> ends = new ArrayList<>();
    double used = 0;
    double room = pagePt * FILL;
    for (int r = 0; r < heights.length; r++) {
      boolean full = used > 0 && used + heights[r] > room;
      if (full || (r > 0 && forced.contains(r - 1))) {
        ends.add(r - 1);
        used = 0;
        // Excel repeats the head rows at the top of each page that starts after them
        room = pagePt * FILL - (titleFirst >= 0 && r > titleLast ? titles : 0);
      }
      used += heights[r];
    }
    return ends;
  }

  /**
   * {@code regions} with each merged one that crosses a page end cut there, its text on each part.
   * A number is a number once: its copies are text, so SUM() over the column counts it once.
   */
  static List<Region> cut(List<Region> regions, List<Integer> ends) {
    TreeSet<Integer> at = new TreeSet<>(ends);
    List<Region> out = new ArrayList<>(regions.size());
    for (Region g : regions) {
      int first = g.firstRow();
      for (Integer end = at.ceiling(first); end != null && end < g.lastRow(); end = at.ceiling(end + 1)) {
        out.add(new Region(first, end, g.firstCol(), g.lastCol(), g.text(), g.look(), g.ruled(),
            g.number() && first == g.firstRow()));
        first = end + 1;
      }
      out.add(first == g.firstRow() ? g : new Region(first, g.lastRow(), g.firstCol(), g.lastCol(),
          g.text(), g.look(), g.ruled(), false));
    }
    return out;
  }
}
