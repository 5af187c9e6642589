package org.jixiao.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TableGridTest {
  private static Table table(String rows) {
    return ((Table) LayoutReader.read("<form title='t'><page orientation='portrait'/><table>"
        + "<columns><col width='1'/><col width='1'/><col width='1'/></columns><body>" + rows
        + "</body></table></form>").blocks().get(0));
  }

  @Test
  void aRowspanCoversTheSameColumnInTheRowsBelow() {
    TableGrid g = TableGrid.of(table("<row><cell rowspan='2'>a</cell><cell>b</cell><cell>c</cell></row>"
        + "<row><cell>d</cell><cell>e</cell></row>"));
    assertSame(g.at(0, 0), g.at(1, 0));
    assertEquals(1, g.startingIn(1).get(0).col());
    assertEquals("d", g.startingIn(1).get(0).cell().text());
  }

  @Test
  void aColspanCoversTheColumnsToItsRight() {
    TableGrid g = TableGrid.of(table("<row><cell colspan='2'>a</cell><cell>b</cell></row>"));
    assertSame(g.at(0, 0), g.at(0, 1));
    assertEquals(2, g.startingIn(0).get(1).col());
  }

  @Test
  void aRowWithTooFewCellsIsRefusedNamingTheRowAndColumn() {
    LayoutException e = assertThrows(LayoutException.class,
        () -> table("<row><cell>a</cell><cell>b</cell></row>"));
    assertEquals("row 1 leaves column 3 empty", e.getMessage());
  }

  @Test
  void aRowspanPastTheLastRowIsRefused() {
    LayoutException e = assertThrows(LayoutException.class,
        () -> table("<row><cell rowspan='3'>a</cell><cell>b</cell><cell>c</cell></row>"));
    assertTrue(e.getMessage().contains("spans 3 rows but only 1 remain"), e.getMessage());
  }
}
