package org.jixiao.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MergesTest {
  private static Table table(int columns, String rows) {
    StringBuilder cols = new StringBuilder();
    for (int i = 0; i < columns; i++) {
      cols.append("<col width='1'/>");
    }
    return (Table) LayoutReader.read("<form title='t'><page orientation='portrait'/><table><columns>"
        + cols + "</columns><body>" + rows + "</body></table></form>").blocks().get(0);
  }

  /** Each row's cells as text:rowspan. */
  private static List<List<String>> spans(Table t) {
    return t.body().stream().map(r -> r.cells().stream()
        .map(c -> c.text() + ":" + c.rowspan()).toList()).toList();
  }

  @Test
  void cellsWithTheSameKeyInConsecutiveRowsOfAColumnBecomeTheFirstSpanningAllTheirRows() {
    Table t = table(3, "<row><cell merge='产出'>产出指标</cell><cell merge='产出/数量'>数量指标</cell><cell>a</cell></row>"
        + "<row><cell merge='产出'>产出指标</cell><cell merge='产出/数量'/><cell>b</cell></row>"
        + "<row><cell merge='产出'/><cell merge='产出/质量'>质量指标</cell><cell>c</cell></row>"
        + "<row><cell merge='效益'>效益指标</cell><cell merge='效益/质量'>质量指标</cell><cell>d</cell></row>");
    assertEquals(List.of(List.of("产出指标:3", "数量指标:2", "a:1"), List.of("b:1"),
        List.of("质量指标:1", "c:1"), List.of("效益指标:1", "质量指标:1", "d:1")), spans(t));
  }

  @Test
  void aMergeEndsWhereAnotherCellTakesItsColumnAndDoesNotResumeAfterIt() {
    Table t = table(2, "<row><cell merge='k'>x</cell><cell>1</cell></row>"
        + "<row><cell>y</cell><cell>2</cell></row>"
        + "<row><cell merge='k'>x</cell><cell>3</cell></row>");
    assertEquals(List.of(List.of("x:1", "1:1"), List.of("y:1", "2:1"), List.of("x:1", "3:1")), spans(t));
  }

  @Test
  void aLabelSpansRowsPlacedAfterAnExplicitRowspanAndColumnsSkippedByIt() {
    // the label column merges; column 2 holds a cell that spans two rows itself
    Table t = table(3, "<row><cell merge='funds'>资金</cell><cell rowspan='2'>来源</cell><cell>a</cell></row>"
        + "<row><cell merge='funds'/><cell>b</cell></row>"
        + "<row><cell merge='funds'/><cell>合计</cell><cell>c</cell></row>");
    assertEquals(List.of(List.of("资金:3", "来源:2", "a:1"), List.of("b:1"), List.of("合计:1", "c:1")), spans(t));
    TableGrid.of(t); // the resolved spans fit the columns
  }

  @Test
  void cellsOfOtherWidthsDoNotMerge() {
    Table t = table(2, "<row><cell merge='k' colspan='2'>x</cell></row>"
        + "<row><cell merge='k'>x</cell><cell>y</cell></row>");
    assertEquals(List.of(List.of("x:1"), List.of("x:1", "y:1")), spans(t));
  }

  @Test
  void headAndBodyMergeEachOnItsOwn() {
    Table t = (Table) LayoutReader.read("<form title='t'><page orientation='portrait'/><table>"
        + "<columns><col width='1'/></columns><head><row><cell merge='k'>x</cell></row></head>"
        + "<body><row><cell merge='k'>x</cell></row><row><cell merge='k'>x</cell></row></body></table></form>")
        .blocks().get(0);
    assertEquals(1, t.head().get(0).cells().get(0).rowspan());
    assertEquals(2, t.body().get(0).cells().get(0).rowspan());
  }

  @Test
  void aMergedCellWithOtherTextIsRefusedWithItsTableRowAndColumn() {
    LayoutException e = assertThrows(LayoutException.class, () -> table(2,
        "<row><cell>a</cell><cell merge='k'>产出指标</cell></row><row><cell>b</cell><cell merge='k'>效益指标</cell></row>"));
    assertEquals("table 1, body, row 2, column 2: the cell merged into \"产出指标\" (merge=\"k\") holds other"
        + " text, \"效益指标\"; leave it empty or write the same text", e.getMessage());
  }
}
