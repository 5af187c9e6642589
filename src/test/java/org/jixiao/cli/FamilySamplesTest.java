package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: the samples of the public families, made of variant files only, read back from the
 * DOCX, XLSX and PDF that render writes: the 宁德 edition of the 88号 部门整体 form and the 宁乡
 * edition of the 416号 single-project form, beside the text of their published forms.
 */
class FamilySamplesTest {
  @TempDir
  Path dir;

  private Path render(String sample) {
    // without a Chinese font the PDF cannot be written (pdf-missing-glyph): DOCX and XLSX only
    Run r = MainTest.chineseFontInstalled() ? MainTest.jixiao("render", sample, "--out", dir.toString())
        : MainTest.jixiao("render", sample, "--out", dir.toString(), "--format", "docx,xlsx");
    assertEquals(0, r.code(), r.err());
    return dir;
  }

  @Test
  void theNingdeFormPrintsItsBudgetTasksAndIndicators() throws Exception {
    Path stem = render("data/2019/中共宁德市委党史和地方志研究室.yaml")
        .resolve("2019/中共宁德市委党史和地方志研究室/部门整体支出绩效目标表");
    String docx = HostileValuesTest.docxText(Files.readAllBytes(with(stem, ".docx")));
    assertTrue(docx.startsWith("部门整体支出绩效目标表（2019年度）"), docx);
    // 资金总额 is the sum of 项目支出 and 基本支出, as the form prints it
    assertTrue(docx.contains("资金总额171.41项目支出60.8基本支出110.61"), docx);
    assertTrue(docx.contains("目标1：确保本室各人员工资及福利的发放；目标2："), docx);
    // a 年度履职目标 row: 部门职能 | 年度目标任务 | 支出项目名称 | 预算金额 (the task's own keys)
    assertTrue(docx.contains("确保本室各人员工资及福利的发放按时发放2019年人员福利"
        + "地情、市志编纂与年鉴出版经费11"), docx);
    assertTrue(docx.contains("按年度发放绩效奖、文明奖、综治平安奖、应休未休补贴60%≥60%"), docx);
    List<String> cells = cells(with(stem, ".xlsx"));
    assertTrue(cells.contains("901001033"), cells.toString());
    assertTrue(cells.contains("2019年12月（计划标准）"), cells.toString());
    if (MainTest.chineseFontInstalled()) {
      String pdf = pdfText(with(stem, ".pdf"), 1);
      assertTrue(pdf.contains("部门预算编码901001033"), pdf);
      assertTrue(pdf.contains("各类书籍审稿率100%（计划标准）1"), pdf);
    }
  }

  @Test
  void theNingxiangFormPrintsItsTickedBoxFundLinesAndBothTables() throws Exception {
    Path stem = render("data/2021/宁乡市坝塘镇人民政府.yaml")
        .resolve("2021/宁乡市坝塘镇人民政府/项目绩效目标表-镇域内基础设施建设");
    String docx = HostileValuesTest.docxText(Files.readAllBytes(with(stem, ".docx")));
    assertTrue(docx.startsWith("项目绩效目标表（2021年度）填报单位（盖章）：宁乡市坝塘镇人民政府"), docx);
    assertTrue(docx.contains("项目属性新增项目 □        延续项目 √"), docx);
    // 总额 adds up the lines not marked 其中
    assertTrue(docx.contains("资金总额及构成（万元）总额：10606.7522财政拨款：6923.3552"
        + "其中：上级财政资金：6923.3552其中：本级财政：0自有资金：0其他：3683.3970"), docx);
    assertTrue(docx.contains("1、总体概念规划201620202、核心区规划20212021"), docx);
    // the 满意度 row prints its name once, across the 一级 and 二级 columns
    assertTrue(docx.contains("可持续影响指标20100社会公众或服务对象满意度指标88100"), docx);
    assertTrue(docx.contains("主管部门审核意见审核人："), docx);
    List<String> cells = cells(with(stem, ".xlsx"));
    assertTrue(cells.contains("2021年度"), cells.toString());
    assertEquals(2, cells.stream().filter(c -> c.equals("社会公众或服务对象满意度指标")).count(),
        cells.toString());
    // the indicator tables start on page 2, as the 416号 form prints them
    if (MainTest.chineseFontInstalled()) {
      String page2 = pdfText(with(stem, ".pdf"), 2);
      assertTrue(page2.startsWith(HEADING), page2);
      assertTrue(page2.contains("长期绩效指标") && page2.contains("年度绩效指标"), page2);
    }
  }

  /** The heading row of the 416号 indicator tables, as page text. */
  private static final String HEADING = "一级指标二级指标指标内容指标值备注";

  @Test
  void theNingxiangIndicatorTablesRepeatTheirHeadingRowOnEveryPage() throws Exception {
    // 60 more rows under 数量指标 in each table: both run over a page
    String sample = Files.readString(Path.of("data/2021/宁乡市坝塘镇人民政府.yaml"));
    StringBuilder rows = new StringBuilder("        数量指标:\n          \"88\": \"100\"\n");
    for (int i = 0; i < 60; i++) {
      rows.append("          测试指标").append(i).append(": \"≥").append(i).append("个\"\n");
    }
    String longer = sample.replace("        数量指标: {\"88\": \"100\"}\n", rows);
    assertEquals(120, longer.split("测试指标", -1).length - 1, "both tables lengthened");
    Path f = dir.resolve("long.yaml");
    Files.writeString(f, longer);
    Run r = MainTest.jixiao("render", f.toString(), "--out", dir.resolve("long").toString(),
        "--format", MainTest.chineseFontInstalled() ? "docx,pdf" : "docx");
    assertEquals(0, r.code(), r.err());
    Path stem = dir.resolve("long/2021/宁乡市坝塘镇人民政府/项目绩效目标表-镇域内基础设施建设");
    // DOCX: each table's heading row is a header row (Word repeats it on every page)
    String xml;
    try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(with(stem, ".docx").toFile())) {
      xml = new String(z.getInputStream(z.getEntry("word/document.xml")).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
    }
    assertEquals(2, xml.split("<w:tblHeader", -1).length - 1, "two repeated heading rows");
    if (MainTest.chineseFontInstalled()) {
      // PDF: every page of indicator rows starts with the heading row, the continuation pages too
      Path pdf = with(stem, ".pdf");
      int pages = new PdfReader(Files.readAllBytes(pdf)).getNumberOfPages();
      int withRows = 0;
      for (int p = 2; p <= pages; p++) {
        String text = pdfText(pdf, p);
        if (text.contains("测试指标")) {
          withRows++;
          assertTrue(text.startsWith(HEADING), "page " + p + ": " + text);
        }
      }
      assertTrue(withRows >= 3, withRows + " pages of indicator rows");
    }
  }

  static List<String> cells(Path xlsx) throws Exception {
    List<String> out = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      for (Sheet s : wb) {
        for (Row row : s) {
          for (Cell c : row) {
            out.add(c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue())
                : c.getStringCellValue());
          }
        }
      }
    }
    return out;
  }

  static String pdfText(Path pdf, int page) throws Exception {
    return new PdfTextExtractor(new PdfReader(Files.readAllBytes(pdf))).getTextFromPage(page)
        .replaceAll("\\s", "");
  }

  static Path with(Path stem, String ext) {
    return stem.resolveSibling(stem.getFileName() + ext);
  }
}
