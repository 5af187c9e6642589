package org.jixiao.writer.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutReader;
import org.jixiao.layout.Table;
import org.junit.jupiter.api.Test;

class ColumnGridTest {
  private static Layout layout(String tables) {
    return LayoutReader.read("<form title='t'><page orientation='portrait'/>" + tables + "</form>");
  }

  private static String table(int... widths) {
    StringBuilder cols = new StringBuilder();
    StringBuilder cells = new StringBuilder();
    for (int w : widths) {
      cols.append("<col width='").append(w).append("'/>");
      cells.append("<cell>x</cell>");
    }
    return "<table><columns>" + cols + "</columns><body><row>" + cells + "</row></body></table>";
  }

  @Test
  void theGridHoldsEveryTablesBoundaries() {
    Layout l = layout(table(1, 1) + table(1, 1, 2));
    ColumnGrid g = ColumnGrid.of(l);
    assertEquals(3, g.columns());
    assertEquals(45, g.widthMm(0), 1e-9);
    assertEquals(45, g.widthMm(1), 1e-9);
    assertEquals(90, g.widthMm(2), 1e-9);
    assertArrayEquals(new int[] {0, 2, 3}, g.boundariesOf((Table) l.blocks().get(0)));
    assertArrayEquals(new int[] {0, 1, 2, 3}, g.boundariesOf((Table) l.blocks().get(1)));
  }

  @Test
  void boundariesAHairApartAreOne() {
    // 1/3 of 180 mm is 60 mm; 333/1000 of it is 59.94 mm
    Layout l = layout(table(1, 2) + table(333, 667));
    assertEquals(2, ColumnGrid.of(l).columns());
  }

  @Test
  void aNarrowColumnKeepsBothItsSides() {
    // a column 0.18 mm wide is absurd, but its table must still map to distinct sheet columns
    Layout l = layout(table(1, 998, 1));
    ColumnGrid g = ColumnGrid.of(l);
    assertEquals(3, g.columns());
    assertArrayEquals(new int[] {0, 1, 2, 3}, g.boundariesOf((Table) l.blocks().get(0)));
  }

  @Test
  void aSpreadLineWithoutTablesGetsThreeColumns() {
    Layout l = LayoutReader.read("<form title='t'><page orientation='portrait'/>"
        + "<line><left>a</left><right>b</right></line></form>");
    assertEquals(3, ColumnGrid.of(l).columns());
  }
}
