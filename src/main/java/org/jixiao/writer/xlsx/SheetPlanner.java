package org.jixiao.writer.xlsx;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.layout.Align;
import org.jixiao.layout.Block;
import org.jixiao.layout.Cell;
import org.jixiao.layout.Layout;
import org.jixiao.layout.PageBreak;
import org.jixiao.layout.Paragraph;
import org.jixiao.layout.Row;
import org.jixiao.layout.Side;
import org.jixiao.layout.SpreadLine;
import org.jixiao.layout.Table;
import org.jixiao.layout.TableGrid;
import org.jixiao.layout.VAlign;
import org.jixiao.writer.TextMeasure;

/** Stacks the blocks of a layout top to bottom on one {@link ColumnGrid}. */
final class SheetPlanner {
  private static final double PT_PER_MM = 72 / 25.4;
  /** Space between a table and a following table that is not joined to it, points. */
  private static final double GAP_PT = 9;

  private final ColumnGrid grid;
  private final List<Double> minHeights = new ArrayList<>();
  private final List<Region> regions = new ArrayList<>();
  private final List<TableRows> tables = new ArrayList<>();
  private final Set<Integer> breaks = new HashSet<>();

  private SheetPlanner(ColumnGrid grid) {
    this.grid = grid;
  }

  static SheetPlan plan(Layout layout) {
    SheetPlanner p = new SheetPlanner(ColumnGrid.of(layout));
    Block previous = null;
    for (Block b : layout.blocks()) {
      if (b instanceof Paragraph para) {
        p.paragraph(para);
      } else if (b instanceof SpreadLine line) {
        p.spreadLine(line);
      } else if (b instanceof Table t) {
        if (previous instanceof Table && !t.joined()) {
          p.minHeights.add(GAP_PT);
        }
        p.table(t);
      } else if (b instanceof PageBreak) {
        p.breaks.add(p.minHeights.size());
      }
      previous = b;
    }
    return new SheetPlan(p.grid, p.minHeights, p.regions, p.tables, p.breaks);
  }

  private void paragraph(Paragraph para) {
    // the form's title is always bold; layout.xsd defaults bold to false even on <title>
    boolean bold = para.bold() || para.style() == Paragraph.Style.TITLE;
    Look look = new Look(para.style(), para.size(), bold, para.align(), VAlign.MIDDLE);
    int r = newRow(oneLine(para.size()));
    regions.add(new Region(r, r, 0, grid.columns() - 1, para.text(), look, Set.of(), false));
  }

  private void spreadLine(SpreadLine line) {
    int[] cut = spreadCuts(line);
    int r = newRow(oneLine(line.size()));
    String[] texts = {line.left(), line.center(), line.right()};
    Align[] aligns = {Align.LEFT, Align.CENTER, Align.RIGHT};
    for (int i = 0; i < 3; i++) {
      Look look = new Look(Paragraph.Style.BODY, line.size(), false, aligns[i], VAlign.MIDDLE);
      regions.add(new Region(r, r, cut[i], cut[i + 1] - 1, texts[i], look, Set.of(), false));
    }
  }

  /**
   * Sheet boundaries {0, a, b, columns} splitting a spread line in three: each part wide enough
   * for its text if the grid allows, the cuts near the thirds, the middle part centred.
   */
  private int[] spreadCuts(SpreadLine line) {
    int n = grid.columns();
    double width = grid.boundaryMm(n);
    double[] need = {mm(TextMeasure.naturalWidth(line.left(), line.size())),
        mm(TextMeasure.naturalWidth(line.center(), line.size())),
        mm(TextMeasure.naturalWidth(line.right(), line.size()))};
    int[] best = null;
    double bestCost = Double.MAX_VALUE;
    for (int a = 1; a < n - 1; a++) {
      for (int b = a + 1; b < n; b++) {
        double xa = grid.boundaryMm(a);
        double xb = grid.boundaryMm(b);
        double cost = Math.abs(xa - width / 3) + Math.abs(xb - width * 2 / 3)
            + Math.abs((xa + xb) / 2 - width / 2)
            + 100 * (Math.max(0, need[0] - xa) + Math.max(0, need[1] - (xb - xa))
                + Math.max(0, need[2] - (width - xb)));
        if (cost < bestCost) {
          bestCost = cost;
          best = new int[] {0, a, b, n};
        }
      }
    }
    return best;
  }

  private void table(Table t) {
    TableGrid tg = TableGrid.of(t);
    int[] at = grid.boundariesOf(t);
    int base = minHeights.size();
    List<Row> rows = t.rows();
    for (Row row : rows) {
      newRow(Math.max(row.minHeight() * PT_PER_MM, oneLine(t.size())));
    }
    for (int r = 0; r < tg.rowCount(); r++) {
      for (TableGrid.Placed p : tg.startingIn(r)) {
        Cell c = p.cell();
        Set<Side> ruled = EnumSet.allOf(Side.class);
        ruled.removeAll(c.open());
        Look look = new Look(Paragraph.Style.BODY, t.size(), c.bold(), c.align(), c.valign());
        regions.add(new Region(base + p.row(), base + p.lastRow(), at[p.col()],
            at[p.lastCol() + 1] - 1, c.text(), look, ruled, c.number()));
      }
    }
    tables.add(new TableRows(base, base + t.head().size(), base + rows.size()));
  }

  private int newRow(double minHeight) {
    minHeights.add(minHeight);
    return minHeights.size() - 1;
  }

  private static double oneLine(double size) {
    return TextMeasure.LEADING * size + TextMeasure.PAD_V;
  }

  private static double mm(double pt) {
    return pt / PT_PER_MM;
  }
}
