package org.jixiao.writer.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.render.Samples;
import org.jixiao.writer.WriteOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 湖南 项目支出绩效目标表 of 衡阳市医疗保障局, read back from its XLSX. */
class XlsxProjectFormTest {
  private static XSSFSheet sheet;

  @BeforeAll
  static void render() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxLayoutWriter(WriteOptions.defaults())
        .write(Samples.layout(Samples.hengyang(), "项目支出绩效目标表"), out);
    sheet = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
  }

  /** The non-empty texts of a row, left to right. */
  private static List<String> texts(int r) {
    List<String> out = new ArrayList<>();
    XSSFRow row = sheet.getRow(r);
    for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
      XSSFCell cell = row.getCell(c);
      String shown = cell == null ? "" : new DataFormatter().formatCellValue(cell);
      if (!shown.isEmpty()) {
        out.add(shown);
      }
    }
    return out;
  }

  private static int rowWith(String text) {
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      if (texts(r).contains(text)) {
        return r;
      }
    }
    throw new AssertionError("no row holds " + text);
  }

  @Test
  void theRowOfOfficeFloorsHoldsTwoFloorsAtLeast() {
    List<String> row = texts(rowWith("办公场地租用层数"));
    int at = row.indexOf("办公场地租用层数");
    assertEquals(List.of("2", "办公场地租用层数", "办公场地租用层数", "层", "≥"),
        row.subList(at + 1, row.size()));
  }

  @Test
  void theUnitRowHoldsTheSumOfItsProjects() {
    assertEquals(List.of("062001", "衡阳市医疗保障局", "100.00"), texts(rowWith("062001")));
  }

  @Test
  void theFirstFiveCellsOfTheRentBlockSpanExactlyItsTwelveIndicatorRows() {
    int first = rowWith("办公场地租赁费");
    int last = first;
    while (!texts(last).contains("服务对象满意度")) {
      last++;
    }
    int end = last;
    assertEquals(12, last - first + 1, "成本 3 rows, 产出 3, 效益 5, 满意度 1");
    List<CellRangeAddress> block = sheet.getMergedRegions().stream()
        .filter(m -> m.getFirstRow() == first && m.getFirstColumn() < columnOf(first, "成本指标"))
        .toList();
    assertEquals(5, block.size(), "单位代码, 名称, 支出方向, 资金总额, 实施期绩效目标: " + block);
    for (CellRangeAddress m : block) {
      assertEquals(end, m.getLastRow(), m.formatAsString() + " ends on the block's last row");
    }
    assertTrue(sheet.getMergedRegions().stream().noneMatch(m -> m.getFirstRow() > first
        && m.getFirstRow() <= end && m.getFirstColumn() == 0), "no second region in the block");
  }

  private static int columnOf(int r, String text) {
    XSSFRow row = sheet.getRow(r);
    for (int c = 0; c < row.getLastCellNum(); c++) {
      XSSFCell cell = row.getCell(c);
      if (cell != null && cell.getCellType() == CellType.STRING
          && cell.getStringCellValue().equals(text)) {
        return c;
      }
    }
    throw new AssertionError("row " + r + " has no " + text);
  }
}
