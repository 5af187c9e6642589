package org.jixiao.writer.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.render.Samples;
import org.jixiao.writer.docx.DocxReadBack.DCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 湖南 项目支出绩效目标表 of 衡阳市医疗保障局, read back from its DOCX. */
class DocxProjectFormTest {
  private static List<List<DCell>> table;

  @BeforeAll
  static void render() throws Exception {
    table = DocxReadBack.onlyTable(Samples.hengyang(), "项目支出绩效目标表");
  }

  private static int rowWith(String text) {
    return DocxReadBack.rowWith(table, text);
  }

  private static List<String> texts(int row) {
    return table.get(row).stream().map(DCell::text).toList();
  }

  @Test
  void theRowOfOfficeFloorsHoldsTwoFloorsAtLeast() {
    List<String> row = texts(rowWith("办公场地租用层数"));
    int at = row.indexOf("办公场地租用层数");
    assertEquals(List.of("2", "办公场地租用层数", "办公场地租用层数", "层", "≥", ""),
        row.subList(at + 1, row.size()));
  }

  @Test
  void theUnitRowComesFirstWithTheSumOfItsProjects() {
    assertEquals(List.of("062001", "衡阳市医疗保障局", "", "100.00"), texts(2).subList(0, 4));
  }

  @Test
  void theFirstFiveCellsOfTheRentBlockSpanExactlyItsTwelveIndicatorRows() {
    int first = rowWith("办公场地租赁费");
    int next = rowWith("城乡居民基本医疗工作经费");
    assertEquals(12, next - first, "the block has twelve indicator rows");
    for (int col = 0; col < 5; col++) {
      int c = col;
      assertEquals("restart", cellAt(first, c).merge(), "column " + c + " starts its merge");
      for (int r = first + 1; r < next; r++) {
        assertEquals("continue", cellAt(r, c).merge(), "row " + r + " column " + c);
      }
      assertEquals("restart", cellAt(next, c).merge(), "the next project starts its own merge");
    }
    assertTrue(texts(next - 1).contains("服务对象满意度"), "the block ends with 满意度");
  }

  private static DCell cellAt(int row, int col) {
    return table.get(row).stream().filter(c -> c.col() == col).findFirst()
        .orElseThrow(() -> new AssertionError("no cell at row " + row + " column " + col));
  }
}
