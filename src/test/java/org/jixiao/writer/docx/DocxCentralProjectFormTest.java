package org.jixiao.writer.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.writer.docx.DocxReadBack.DCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 武汉市青山区教育局's 88号 项目支出绩效目标表 (2020) read back from its DOCX: the 中期 and 年度 sides
 * of one line share a row, each on its own grid columns, and 产出指标 is merged down its four rows.
 */
class DocxCentralProjectFormTest {
  private static List<List<DCell>> table;

  @BeforeAll
  static void render() throws Exception {
    // the indicator table, joined under the head block
    table = DocxReadBack.table(
        Path.of("data/2020/武汉市青山区教育局.yaml"),
        "项目支出绩效目标申报表-教育系统基础设施建设和设备购置", 2, 1);
  }

  private static int rowWith(String text) {
    return DocxReadBack.rowWith(table, text);
  }

  @Test
  void eachSideHasItsOwnColumns() {
    List<DCell> row = table.get(rowWith("重点建设工程安排数量"));
    // grid: 0 label | 1 一级 | 2-4 中期 二级 三级 指标值 | 5-7 年度 二级 三级 指标值
    assertEquals(List.of("绩效项目指标表", "产出指标", "数量指标", "", "", "数量指标", "重点建设工程安排数量", "2"),
        row.stream().map(DCell::text).toList());
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), row.stream().map(DCell::col).toList());
    assertEquals("restart", row.get(1).merge());
  }

  @Test
  void theFirstLevelIsMergedDownItsRows() {
    int first = rowWith("重点建设工程安排数量");
    for (int r = first + 1; r < first + 4; r++) {
      assertEquals("continue", table.get(r).get(1).merge(), "row " + r);
    }
    assertEquals("效益指标", table.get(first + 4).get(1).text());
  }
}
