package org.jixiao.writer.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.render.Samples;
import org.jixiao.writer.WriteOptions;
import org.junit.jupiter.api.Test;

/**
 * The 88号 项目支出绩效目标申报表 samples read back from their XLSX: 武汉市青山区教育局 (2020,
 * 中期 | 年度 side by side, the 中期 side printing its 二级 names only) and 湘潭市环境卫生管理处
 * (2023, 湘潭's edition with 绩效标准 and 财政部门审核意见), as their published pages print them.
 */
class XlsxCentralProjectFormTest {
  private static XSSFSheet sheet(Path file, String form) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxLayoutWriter(WriteOptions.defaults()).write(Samples.layout(file, form), out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
  }

  /** The non-empty texts of the first row holding {@code text}, left to right. */
  private static List<String> rowWith(XSSFSheet sheet, String text) {
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      List<String> out = new ArrayList<>();
      XSSFRow row = sheet.getRow(r);
      for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
        XSSFCell cell = row.getCell(c);
        if (cell != null && cell.getCellType() == CellType.STRING
            && !cell.getStringCellValue().isEmpty()) {
          out.add(cell.getStringCellValue());
        } else if (cell != null && cell.getCellType() == CellType.NUMERIC) {
          out.add(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell));
        }
      }
      if (out.contains(text)) {
        return out;
      }
    }
    throw new AssertionError("no row holds " + text);
  }

  @Test
  void qingshanPrintsBothSidesOfEachLine() throws Exception {
    XSSFSheet s = sheet(Path.of("data/2020/武汉市青山区教育局.yaml"),
        "项目支出绩效目标申报表-教育系统基础设施建设和设备购置");
    assertEquals(List.of("项目支出绩效目标表"), rowWith(s, "项目支出绩效目标表"));
    assertEquals(List.of("（2020年度）"), rowWith(s, "（2020年度）"));
    assertEquals(List.of("项目属性", "基础建设、修缮类", "项目起止时间", "202001-202012"),
        rowWith(s, "项目起止时间"));
    assertEquals(List.of("其中：财政拨款", "10000", "其中：当年财政拨款", "10000"),
        rowWith(s, "其中：当年财政拨款"));
    // the 绩效指标 label (绩效项目指标表) on the first row of the indicator table's body
    assertEquals(List.of("绩效项目指标表", "产出指标", "数量指标", "数量指标", "重点建设工程安排数量", "2"),
        rowWith(s, "重点建设工程安排数量"));
    assertEquals(List.of("成本指标", "成本指标", "建设项目成本", "参照政府采购成本控制"),
        rowWith(s, "建设项目成本"));
    assertEquals(List.of("满意度指标", "服务对象满意度指标", "服务对象满意度指标", "学生、家长、社会满意度",
        "≥90%"), rowWith(s, "学生、家长、社会满意度"));
  }

  /** The cell right of the first one holding {@code label}. */
  private static XSSFCell rightOf(XSSFSheet sheet, String label) {
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      XSSFRow row = sheet.getRow(r);
      for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
        XSSFCell cell = row.getCell(c);
        if (cell != null && cell.getCellType() == CellType.STRING
            && cell.getStringCellValue().equals(label)) {
          for (int n = c + 1; n < row.getLastCellNum(); n++) {
            XSSFCell next = row.getCell(n);
            if (next != null && next.getCellType() != CellType.BLANK) {
              return next;
            }
          }
        }
      }
    }
    throw new AssertionError("no cell holds " + label);
  }

  @Test
  void theAmountsAreNumbersSumCanAddUp() throws Exception {
    XSSFSheet s = sheet(Path.of("data/2020/武汉市青山区教育局.yaml"),
        "项目支出绩效目标申报表-教育系统基础设施建设和设备购置");
    XSSFCell fiscal = rightOf(s, "其中：财政拨款");
    assertEquals(CellType.NUMERIC, fiscal.getCellType(), fiscal.toString());
    assertEquals(10000, fiscal.getNumericCellValue());
    XSSFSheet x = sheet(Path.of("data/2023/湘潭市环境卫生管理处.yaml"),
        "项目支出绩效目标申报表-雾炮车降尘抑尘服务");
    assertEquals(CellType.NUMERIC, rightOf(x, "年度本级预算金额").getCellType());
    assertEquals(CellType.NUMERIC, rightOf(x, "该项目支出上级资金").getCellType());
  }

  @Test
  void xiangtanPrintsItsStandardColumnAndReviewRow() throws Exception {
    XSSFSheet s = sheet(Path.of("data/2023/湘潭市环境卫生管理处.yaml"),
        "项目支出绩效目标申报表-雾炮车降尘抑尘服务");
    assertEquals(List.of("2023年项目支出绩效目标申报表"), rowWith(s, "2023年项目支出绩效目标申报表"));
    assertEquals(List.of("年度本级预算金额", "250", "该项目支出上级资金", "0"),
        rowWith(s, "年度本级预算金额"));
    assertEquals(List.of("项目支出实施期", "2023.07-2024.01"), rowWith(s, "项目支出实施期"));
    assertEquals(List.of("雾炮车风炮射程", "≥80M", "计划标准"), rowWith(s, "雾炮车风炮射程"));
    // the frame's empty second levels are the form's own rows
    assertEquals(List.of("生态效益指标"), rowWith(s, "生态效益指标"));
    assertEquals(List.of("社会公众或服务对象满意度指标", "市民满意度", "≥90%", "计划标准"),
        rowWith(s, "市民满意度"));
    assertEquals(List.of("财政部门审核意见"), rowWith(s, "财政部门审核意见"));
    List<String> foot = rowWith(s, "填表人：宋云花　　联系电话：16607326331　　填报日期：    年    月    日　　单位负责人签字：");
    assertTrue(foot.size() == 1, foot.toString());
  }
}
