package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, "every real form fits": published forms of places and years the samples do not cover,
 * transcribed from their pages as a user would (README, {@code jixiao init}, {@code schema}),
 * kept in {@code src/test/resources/real/} with their source. Each validates without an error,
 * with exactly the warnings its own form explains, and renders in its variant as DOCX, XLSX and
 * PDF, read back here.
 */
class RealFormsTest {
  private static final Path REAL = Path.of("src/test/resources/real");

  @TempDir
  Path dir;

  /** The file's diagnostics as "line:rule", after asserting it has no error. */
  private static List<String> warnings(String file) throws Exception {
    Run r = MainTest.jixiao("validate", "--format", "json", "--templates", "templates",
        REAL.resolve(file).toString());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(0, json.get("errors").asInt(), r.out());
    assertEquals(0, r.code(), r.err());
    List<String> out = new ArrayList<>();
    for (JsonNode d : json.get("files").get(0).get("diagnostics")) {
      out.add(d.get("line").asInt() + ":" + d.get("rule").asText());
    }
    return out;
  }

  /** Renders {@code file} (no PDF where no Chinese font is installed); the form's path stem. */
  private Path render(String file, String stem) {
    String src = REAL.resolve(file).toString();
    Run r = MainTest.chineseFontInstalled()
        ? MainTest.jixiao("render", src, "--templates", "templates", "--out", dir.toString())
        : MainTest.jixiao("render", src, "--templates", "templates", "--out", dir.toString(),
            "--format", "docx,xlsx");
    assertEquals(0, r.code(), r.err());
    return dir.resolve(stem);
  }

  private static String docx(Path stem) throws Exception {
    return HostileValuesTest.docxText(Files.readAllBytes(FamilySamplesTest.with(stem, ".docx")));
  }

  /** The blank declaration {@code jixiao init} writes to {@code f} for {@code layout} and {@code year}. */
  private static String blank(Path f, String layout, String year) throws IOException {
    Run r = MainTest.jixiao("init", f.toString(), "--unit", "某单位", "--year", year, "--layout",
        layout, "--templates", "templates");
    assertEquals(0, r.code(), r.err());
    return Files.readString(f);
  }

  @Test
  void mengcheng2024PrintsTheAnnualSideOnly() throws Exception {
    // the page breaks off after two indicators under 产出指标 (count, 效益, 满意度), and the form
    // prints ≧ (U+2267) where ≥ is meant (value-typo, twice)
    assertEquals(List.of("22:project-first-level", "22:project-first-level",
        "22:project-indicator-count", "25:value-typo", "26:value-typo"),
        warnings("2024-mengcheng.yaml"));
    Path stem = render("2024-mengcheng.yaml",
        "2024/蒙城县卫生健康委员会/项目支出绩效目标申报表-国家基本公共卫生服务项目");
    String d = docx(stem);
    assertTrue(d.startsWith("项目支出绩效目标申报表（2024年度）项目名称国家基本公共卫生服务项目"), d);
    assertTrue(d.contains("项目金额（万元）年度资金总额2279.048其中：财政拨款2279.048其他资金总体目标"), d);
    assertTrue(d.contains("一级指标二级指标三级指标指标值绩效指标产出指标数量指标适龄儿童国家免疫规划疫苗接种率≧90%"), d);
    // no 中期 side: the 88号 family's 中期资金 and 中期目标 are not on this edition
    assertTrue(!d.contains("中期"), d);
    assertCells(stem, "滚动项目", "≧85%");
    assertPdf(stem, "项目属性滚动项目项目期长期");
  }

  @Test
  void guangshuiOffice2021PrintsItsTitleAndFundLines() throws Exception {
    assertEquals(List.of(), warnings("2021-guangshui-office.yaml"));
    Path stem = render("2021-guangshui-office.yaml", "2021/广水市人民政府办公室/部门整体绩效目标申报表");
    String d = docx(stem);
    assertTrue(d.startsWith("部门整体支出绩效目标申报表填报日期：2021 年 1 月 28 日单位：万元部门（单位）名称"), d);
    assertTrue(!d.contains("单位领导审签"), d);
    assertTrue(d.contains("财政拨款968.1918100%其他资金合 计968.1918100%"), d);
    assertTrue(d.contains("基本支出724.231874.8%项目支出243.9625.2%"), d);
    // 部门职能概述 numbered as the form numbers it (texts.yaml numbering: "（{cn}）")
    assertTrue(d.contains("部门职能概述（一）负责全市人民防空工作。（二）围绕市政府"), d);
    assertTrue(d.contains("（十一）研究、审核市政府各部门"), d);
    assertCells(stem, "南春锋", "6296906");
    assertPdf(stem, "（十一）研究、审核市政府各部门");
  }

  @Test
  void ezhou2022PrintsItsCostLinesWithTheTwoYearsBeforeAndTheirTotals() throws Exception {
    // 成本控制率's value is the form's own words (不超预算), not a number
    assertEquals(List.of("34:value-vague"), warnings("2022-ezhou.yaml"));
    Path stem = render("2022-ezhou.yaml", "2022/鄂州市机关事务服务中心/项目支出绩效目标表-滨湖大厦办公大楼运行保障");
    String d = docx(stem);
    assertTrue(d.startsWith("鄂州市2022年市直部门预算项目支出绩效目标表单位：万元项目名称滨湖大厦办公大楼运行保障"
        + "项目类别本级支出项目项目性质持续性项目立项依据市机关事务服务中心三定方案"), d);
    // the variant's own spending columns, headed with the two years before, and every 合计; the
    // published 2020 合计 reads 662.98, but its lines add up to 662.88 (191 + 99 + 372.88)
    assertTrue(d.contains("项目预算成本构成金额测算（公式）依据2020年实际执行数2021年实际执行数保安服务费191依据招标文件191191"), d);
    assertTrue(d.contains("合计814662.88794.55绩效目标"), d);
    assertTrue(d.contains("绩效指标保障绩效目标实现措施一级指标二级指标绩效标准当年预期实现值数量指标办公大楼日常维修维护次数"
        + "反映办公大楼全年维修维护情况2280次"), d);
    assertTrue(d.contains("成本指标成本控制率不超预算主管部门审核意见单位公章："), d);
    assertCells(stem, "372.88", "662.88", ">92%");
    assertPdf(stem, "水电气、维修维护费524根据三定方案，各项费用据实结算372.88504.55");
  }

  @Test
  void aBlankEzhouFileFromInitIsValidAndListsTheSpendingColumns() throws Exception {
    Path f = dir.resolve("new.yaml");
    String text = blank(f, "ezhou-2022-project", "2023");
    assertTrue(text.contains("    spending:"), text);
    assertTrue(text.contains("        前年实际执行数:"), text);
    assertTrue(text.contains("项目绩效指标：一级指标 → 指标: 指标值"), text);
    // two levels and no indicators.yaml: each first level with a line to fill
    assertTrue(text.contains("      成本指标:             # 一级指标\n        ……:"), text);
  }

  @Test
  void guangxi2021PrintsItsTwoLevelTableWithScoresAndRules() throws Exception {
    // the page fills only the 投入 and 过程 rows: 产出 and 效益 are still to be written
    assertEquals(List.of("14:project-first-level", "14:project-first-level"),
        warnings("2021-guangxi.yaml"));
    Run v = MainTest.jixiao("validate", "--templates", "templates", REAL.resolve("2021-guangxi.yaml").toString());
    assertTrue(v.err().contains("缺少一级指标「产出指标」（至少一行指标）"), v.err());
    assertTrue(v.err().contains("在 indicators 下加上 产出指标: 及其指标"), v.err());
    Path stem = render("2021-guangxi.yaml", "2021/gxglmes.com/财政支出绩效目标申报表-2021年预算项目");
    String d = docx(stem);
    assertTrue(d.startsWith("财政支出绩效目标申报表（2021年度）填报单位：gxglmes.com项目名称2021年预算项目项目类型"), d);
    assertTrue(d.contains("资金总额：一般公共预算拨款：政府性基金预算拨款：国有资本经营预算拨款：纳入财政专户管理的收入："
        + "未纳入财政专户管理的收入：上年结余收入：单位职能概述（450字内）"), d);
    // two levels, 分值 and 评分细则; the 416号 frame rows of county-416-project are not printed
    assertTrue(d.contains("项目年度绩效目标衡量指标一级指标二级指标分值指标内容（150字内）指标值（150字内）评分细则（150字内）"
        + "投入指标资金到位率5资金到位率=（实际到位资金/计划投入资金）×100%。资金到位率达100%"), d);
    assertTrue(!d.contains("数量指标") && !d.contains("社会公众或服务对象满意度指标"), d);
    assertCells(stem, "15", "过程指标");
    if (MainTest.chineseFontInstalled()) {
      String pdf = FamilySamplesTest.pdfText(FamilySamplesTest.with(stem, ".pdf"), 2);
      // the indicator table's two head rows repeat on the second page
      assertTrue(pdf.startsWith("项目年度绩效目标衡量指标一级指标二级指标分值"), pdf);
    }
  }
  @Test
  void sichuanMata2023PrintsTheUnitsProjectsInOneTableWithGroupedYuan() throws Exception {
    assertEquals(List.of(), warnings("2023-sichuan-mata.yaml"));
    Path stem = render("2023-sichuan-mata.yaml", "2023/井研县马踏镇人民政府/部门预算项目绩效目标申报表");
    String d = docx(stem);
    assertTrue(d.startsWith("部门预算项目绩效目标申报表(2023年度)金额单位:元单位名称项目名称预算数年度目标一级指标二级指标三级指标"
        + "指标性质指标值度量单位权重指标方向性820-马踏镇部门8,827,620.53"), d);
    // the unit's code and name, then each project beside its indicators, amounts in 元 grouped
    assertTrue(d.contains("820001-井研县马踏镇人民政府村组干部报酬3,309,840.00按时发放村组干部报酬效益指标社会效益指标维护社会稳定≥95%10正向指标"), d);
    assertTrue(d.contains("基层组织活动经费660,000.00包括必要的办公用品费"), d);
    assertTrue(d.contains("产出指标数量指标行政村数量=11个10正向指标"), d);
    // the rows in the form's own order (效益, 产出, 产出, 效益, …), each with its 一级
    assertTrue(d.contains("正向指标产出指标时效指标维持时效≥1年20正向指标产出指标质量指标按时发放≥1人/年10正向指标效益指标经济效益指标"), d);
    // no standing frame rows: only the second levels a project has
    assertTrue(!d.contains("社会成本指标") && !d.contains("……"), d);
    List<String> cells = FamilySamplesTest.cells(FamilySamplesTest.with(stem, ".xlsx"));
    // numeric cells (SUM() works), shown grouped by their format
    assertTrue(cells.contains("3309840.0") && cells.contains("8827620.53"), cells.toString());
    assertTrue(cells.contains("人/年") && cells.contains("正向指标"), cells.toString());
    assertPdf(stem, "820-马踏镇部门8,827,620.53");
  }
  @Test
  void yueyanglou2023PrintsDutiesGoalAndTheNineIndicatorColumns() throws Exception {
    // the form writes 定量 beside 按月安排 (a value without a number): value-type, once
    assertEquals(List.of("25:value-type"), warnings("2023-yueyanglou-price.yaml"));
    Path stem = render("2023-yueyanglou-price.yaml", "2023/岳阳楼区价格认证鉴定中心/整体绩效目标表");
    String d = docx(stem);
    assertTrue(d.startsWith("岳阳楼区价格认证鉴定中心2023年度整体绩效目标表部门(单位)名称岳阳楼区价格认证鉴定中心"
        + "*部门(单位)职责负责价格认定工作*年度总体绩效目标做好涉案、价格认定工作。绩效指标一级指标二级指标三级指标"
        + "指标值类型*指标值计量单位*指标解释*评(扣)分标准备注产出指标数量指标业务工作支出安排金额定量28.8万元%"), d);
    // 成本指标 under 产出指标; the 经济效益指标 line without a 三级指标, only its 评(扣)分标准
    assertTrue(d.contains("成本指标社会成本指标定量100%该指标主要考察总成本控制情况未达指标值酌情扣分效益指标经济效益指标未达指标值酌情扣分社会效益指标"), d);
    assertTrue(!d.contains("年度预算申请") && !d.contains("金额单位"), d);
    assertCells(stem, "按月安排", "应保尽保");
    assertPdf(stem, "时效指标工作安排时间定量按月安排");
  }

  @Test
  void yuanzhou2022IsAnAnnualOnlyEditionWrittenInTextsAlone() throws Exception {
    // the page breaks off at 满意度指标 (project-first-level)
    assertEquals(List.of("24:project-first-level"), warnings("2022-yuanzhou.yaml"));
    Path stem = render("2022-yuanzhou.yaml",
        "2022/固原市原州区自然资源局/项目支出绩效目标申报表-原州区2022年南部水源涵养林建设项目");
    String d = docx(stem);
    assertTrue(d.startsWith("项目支出绩效目标申报表（2022年度）项目名称原州区2022年南部水源涵养林建设项目主管部门及代码"), d);
    assertTrue(d.contains("项目属性新建项目期2022年3月-2023年11月项目资金（万元）年度资金总额：6070.00其中：财政拨款6070.00"
        + "其他资金年度总体目标在东马场林场"), d);
    // second levels keep the form's (必填硬性指标); a 效益 row's words have no value of their own
    assertTrue(d.contains("产出指标数量指标(必填硬性指标)实施营造林总面积(亩)80000其中:实施新造林总面积(亩)30000"), d);
    assertTrue(d.contains("经济效益指标(选填)增加就业机会,提高农民收入。社会效益指标(必填)受益人数(人)132"), d);
    assertTrue(!d.contains("中期"), d);
    assertCells(stem, "苗木成活率(≥**%)", "2023年底");
    assertPdf(stem, "项目总投入(≥**万元)6070");
  }

  @Test
  void jinzhai2021PrintsOnlyTheRowsItsKeysNameAndTheNoteUnderTheTable() throws Exception {
    assertEquals(List.of(), warnings("2021-jinzhai.yaml"));
    Path stem = render("2021-jinzhai.yaml",
        "2021/安徽金寨经济开发区管理委员会/项目支出绩效目标申报表-物业管理");
    String d = docx(stem);
    // 主管部门 without 代码, and no 项目属性 | 项目期 row between it and 项目资金
    assertTrue(d.startsWith("项目支出绩效目标申报表（2021年度）项目名称物业管理主管部门县财政局实施单位"
        + "安徽金寨经济开发区管理委员会项目资金（万元）年度资金总额：1125其中：财政拨款1125其他资金年度目标目标1："), d);
    assertTrue(!d.contains("项目属性") && !d.contains("项目期") && !d.contains("中期"), d);
    assertTrue(d.contains("产出指标数量指标指标1：安置小区物业费8个"), d);
    // the 注 follows the table, after the last 满意度 row
    assertTrue(d.contains("指标1：小区居民满意度（≥**%）≥90%注：1.“其他资金”是指与财政拨款共同用于同一项目"), d);
    List<String> cells = FamilySamplesTest.cells(FamilySamplesTest.with(stem, ".xlsx"));
    assertTrue(cells.contains("≤1125万元") && cells.contains("持续保障"), cells.toString());
    // the 注's two items are two lines, as texts.yaml lists them
    assertTrue(cells.contains("注：1.“其他资金”是指与财政拨款共同用于同一项目的单位自有资金、社会资金等。")
        && cells.contains("2.各单位可根据项目特点自行增加或减少二级指标，并细化"), cells.toString());
    assertPdf(stem, "注：1.“其他资金”是指与财政拨款共同用于同一项目的单位自有资金");
  }

  @Test
  void longyan2023PrintsAColumnPerCountyOfItsRegionalTargets() throws Exception {
    // the page breaks off in the third indicator row: no 效益 or 满意度, two indicators; the
    // counties' >=95% is a look-alike of ≥95%, warned once for the row
    assertEquals(List.of("20:project-first-level", "20:project-first-level",
        "20:project-indicator-count", "29:value-typo"), warnings("2023-longyan.yaml"));
    Path stem = render("2023-longyan.yaml", "2023/龙岩市民族与宗教事务局/专项转移支付绩效目标表-宗教管理经费");
    String d = docx(stem);
    assertTrue(d.startsWith("专项转移支付绩效目标表（2023年度）部门(单位)名称龙岩市民族与宗教事务局部门预算编码230001"
        + "项目名称宗教管理经费补助区域新罗区、永定区、上杭县、武平县、长汀县、连城县、漳平市资金情况（万元）资金总额：30"
        + "其中：财政拨款30其他资金总体目标为推进宗教活动场所规范化管理"), d);
    // the county columns are headed in the order the rows first write them, each row's values
    // under their county
    assertTrue(d.contains("一级指标二级指标三级指标指标解释区域目标值新罗区永定区上杭县武平县长汀县连城县漳平市"
        + "绩效指标产出指标数量指标宗教管理经费补助县（市、区）数量反映宗教管理经费补助县（市、区）数量情况2312222质量指标"), d);
    List<String> cells = FamilySamplesTest.cells(FamilySamplesTest.with(stem, ".xlsx"));
    assertEquals(7, cells.stream().filter(">=95%"::equals).count(), cells.toString());
    assertTrue(cells.contains("漳平市") && cells.contains("区域目标值"), cells.toString());
    if (MainTest.chineseFontInstalled()) {
      String pdf = FamilySamplesTest.pdfText(FamilySamplesTest.with(stem, ".pdf"), 1);
      assertTrue(pdf.contains("新罗区永定区上杭县武平县长汀县连城县漳平市"), pdf);
      // a table running over a page repeats its two head rows, the counties with them
      StringBuilder more = new StringBuilder(Files.readString(REAL.resolve("2023-longyan.yaml")));
      for (int i = 0; i < 40; i++) {
        more.append("          测试指标").append(i).append(": {explanation: 反映测试情况, 区域目标值: {新罗区: ")
            .append(i).append(", 漳平市: 1}}\n");
      }
      Path f = dir.resolve("long.yaml");
      Files.writeString(f, more.toString());
      Run r = MainTest.jixiao("render", f.toString(), "--templates", "templates", "--out",
          dir.resolve("long").toString(), "--format", "pdf");
      assertEquals(0, r.code(), r.err());
      String page2 = FamilySamplesTest.pdfText(dir.resolve(
          "long/2023/龙岩市民族与宗教事务局/专项转移支付绩效目标表-宗教管理经费.pdf"), 2);
      assertTrue(page2.startsWith("一级指标二级指标三级指标指标解释区域目标值新罗区永定区上杭县武平县长汀县连城县漳平市"), page2);
    }
  }

  @Test
  void baodi2022IsTheInvestmentPlanFormWithItsOneFirstLevelOverOutputAndEffect() throws Exception {
    // the page breaks off in the fifth indicator row, before any 满意度 line: the variant does not
    // ask for 满意度 (its first level is 实施效果指标, over 产出指标 and 效益指标)
    assertEquals(List.of(), warnings("2022-baodi.yaml"));
    Path stem = render("2022-baodi.yaml", "2022/宝坻区人民政府/"
        + "中央预算内投资计划绩效目标表-农业绿色发展专项（畜禽粪污资源化利用整县推进项目）");
    String d = docx(stem);
    // the title names the city, the 专项 and the year; the construction project under it in （）
    assertTrue(d.startsWith("天津市农业绿色发展专项（畜禽粪污资源化利用整县推进项目）2022年中央预算内投资计划绩效目标表"
        + "（天津市宝坻区畜禽粪污资源化利用整区推进项目）专项名称农业绿色发展专项（畜禽粪污资源化利用整县推进项目）"
        + "下达地方或单位宝坻区人民政府下达中央预算内投资（万元）2350总体目标提高畜禽粪污综合利用率"), d);
    assertTrue(d.contains("一级指标二级指标三级指标指标值绩效指标实施效果指标产出指标建设项目个数（含续建）1"
        + "竣工验收合格率100%按进度计划实施情况按计划实施效益指标完工项目县畜禽粪污综合利用率≥90%"), d);
    // no （YYYY年度） line, no 注, none of the 88号 form's 中期 or 资金 rows
    assertTrue(!d.contains("2022年度") && !d.contains("注：") && !d.contains("其中："), d);
    assertCells(stem, "实施效果指标", "按计划实施");
    assertPdf(stem, "（天津市宝坻区畜禽粪污资源化利用整区推进项目）");
  }

  @Test
  void binhai2023PrintsItsYearLineAndTheAmountWithItsUnitInTheCell() throws Exception {
    // the page breaks off in the 满意度指标 row
    assertEquals(List.of("17:project-first-level"), warnings("2023-binhai.yaml"));
    Path stem = render("2023-binhai.yaml", "2023/滨海新区财政局/项目支出绩效目标表-新冠病毒疫苗生产企业优惠贷款贴息");
    String d = docx(stem);
    assertTrue(d.startsWith("项目支出绩效目标表（2023年度）项目名称新冠病毒疫苗生产企业优惠贷款贴息补助金额280万元"
        + "年度总体绩效目标落实党中央"), d);
    assertTrue(d.contains("绩效指标产出指标数量指标支持企业数量1个。成本指标补贴金额280万元。质量指标"), d);
    assertTrue(d.contains("实效指标及时拨付资金2023年底前。效益指标社会效益指标"), d);
    // 280万元 in the XLSX is the number 280, shown with its unit
    try (XSSFWorkbook wb = new XSSFWorkbook(FamilySamplesTest.with(stem, ".xlsx").toFile())) {
      boolean found = false;
      for (org.apache.poi.ss.usermodel.Row row : wb.getSheetAt(0)) {
        for (Cell c : row) {
          if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && c.getNumericCellValue() == 280) {
            found = "0\"万元\"".equals(c.getCellStyle().getDataFormatString());
          }
        }
      }
      assertTrue(found, "补助金额 280万元 is a number cell shown with its unit");
    }
  }

  @Test
  void aValueWrittenWhereTheFormHasNoValueColumnIsRefusedAtItsLine() throws Exception {
    Path f = dir.resolve("v.yaml");
    Files.writeString(f, "layout: fujian-longyan-transfer\nyear: 2023\nunit: {name: 某局}\nprojects:\n"
        + "  - name: 甲\n    indicators:\n      产出指标:\n        数量指标:\n          某数: 2\n");
    Run r = MainTest.jixiao("validate", "--templates", "templates", f.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("v.yaml:9:15: error[layout-key]: 版式 fujian-longyan-transfer 的表上没有指标值一栏"), r.err());
    assertTrue(r.err().contains("用表上有的栏目：explanation, 区域目标值"), r.err());
  }

  @Test
  void dongguan2019PrintsItsAmountsBesideTheNameAndBothSidesOfEachFirstLevel() throws Exception {
    assertEquals(List.of(), warnings("2019-dongguan.yaml"));
    Path stem = render("2019-dongguan.yaml",
        "2019/东莞市交通运输局/项目支出绩效目标批复表-镇际联网路升级改造工程一期");
    String d = docx(stem);
    // 预算单位 above the table, the two amounts on the name's row, no 主管部门 or 项目资金 block
    assertTrue(d.startsWith("东莞市财政项目支出绩效目标批复表（2019年度）预算单位：东莞市交通运输局项目名称"
        + "镇际联网路升级改造工程一期中期市财政预算（万元）284500.00本年度申请市财政预算资金（万元）919.00"
        + "总体目标中期滚动目标（2019年--2021年）年度目标新建或改造道路"), d);
    assertTrue(!d.contains("主管部门") && !d.contains("项目资金"), d);
    // the 时效 row pairs the 中期 and 年度 second levels, which the form names differently
    assertTrue(d.contains("时效指标(工期指标)结算款支付及时性及时时效指标(工期指标、形象进度指标)结算款支付及时性及时"), d);
    assertTrue(d.contains("效果指标社会、经济、生态效益指标补助款结算争议率0%社会、经济、生态效益指标补助款结算争议率0%"), d);
    List<String> cells = FamilySamplesTest.cells(FamilySamplesTest.with(stem, ".xlsx"));
    // the amounts are numbers in the sheet
    assertTrue(cells.contains("284500.0") && cells.contains("919.0"), cells.toString());
    assertTrue(cells.contains("计划指标值(或计划水平)") && cells.contains("±3%以内"), cells.toString());
    assertPdf(stem, "预算单位：东莞市交通运输局");
  }

  @Test
  void fujian2017PrintsItsTargetsUnderTwoLevelsWithContentStandardAndValue() throws Exception {
    // the page breaks off in the third 产出 row: no 效益 (project-first-level); the form has no
    // 满意度 first level, so none is asked for
    assertEquals(List.of("14:project-first-level"), warnings("2017-fujian.yaml"));
    Path stem = render("2017-fujian.yaml",
        "2017/福建省台湾同胞联谊会/财政支出项目绩效目标表-台胞扶贫济困生活补贴、涉台联络专项经费及调研培训费");
    String d = docx(stem);
    assertTrue(d.startsWith("2017年财政支出项目绩效目标表主管部门名称：福建省台湾同胞联谊会专项名称台胞扶贫济困生活补贴"), d);
    assertTrue(d.contains("概况台胞扶贫济困生活补贴包括：") && d.contains("总体绩效目标台胞扶贫济困生活补贴，为我省台胞"), d);
    // 绩效目标 heads the first and second levels; each row 评价指标 | 绩效内容 | 绩效标准 | 全年绩效目标
    assertTrue(d.contains("绩效目标评价指标绩效内容绩效标准全年绩效目标投入成本目标目标1发放省直困难、高龄台胞100%按实际情况发放目标2"), d);
    assertTrue(d.contains("产出数量目标目标1困难台胞、高龄台胞困难补助受益台胞困难户每月每人200元"), d);
    assertCells(stem, "争取台湾民心、增进乡情", "按实际情况发放");
    assertPdf(stem, "主管部门名称：福建省台湾同胞联谊会");
  }

  @Test
  void dongguan2022IsTheNextEditionWithoutTheMediumTermAmount() throws Exception {
    // the page breaks off in the 质量指标 rows: no 效益 or 满意度 on either side
    assertEquals(List.of("18:project-first-level", "18:project-first-level",
        "25:project-first-level", "25:project-first-level"), warnings("2022-dongguan.yaml"));
    Path stem = render("2022-dongguan.yaml", "2022/东莞展览馆/项目支出绩效目标表-物业管理费支出");
    String d = docx(stem);
    // the 2019 layout under the 2022 wording, and the name's row with the year's amount alone
    assertTrue(d.startsWith("东莞市财政项目支出绩效目标表（2022年度）预算单位：东莞展览馆项目名称物业管理费支出"
        + "本年度申请市财政预算资金（万元）282.92总体目标实施周期总目标（2022年--2024年）年度目标东莞展览馆是"), d);
    assertTrue(!d.contains("中期"), d);
    assertTrue(d.contains("一级指标二级指标三级指标实施周期指标值二级指标三级指标当年度指标值绩效指标产出指标数量指标物管服务面积"), d);
    assertTrue(d.contains("物业管理各项任务完成达标率100%物业管理各项任务完成达标率100%"), d);
    List<String> cells = FamilySamplesTest.cells(FamilySamplesTest.with(stem, ".xlsx"));
    assertTrue(cells.contains("282.92") && cells.contains("当年度指标值"), cells.toString());
  }

  @Test
  void yueyang2022PrintsTheBreakdownItsAmountCellsCarry() throws Exception {
    assertEquals(List.of(), warnings("2022-yueyang.yaml"));
    Path stem = render("2022-yueyang.yaml", "2022/岳阳县农业农村局/绩效目标申报表-岳阳县2022年高标准农田建设项目");
    String d = docx(stem);
    assertTrue(d.startsWith("绩效目标申报表（基础设施建设类）（2022年度）项目名称岳阳县2022年高标准农田建设项目"
        + "项目负责人及电话彭兵主管部门岳阳县农业农村局实施单位农田建设服务中心"), d);
    // the amount is read as 854 and printed with the words its cell holds after it
    assertTrue(d.contains("资金情况（万元）年度资金总额：854(高标准农田建设400万元,示范建设295万元,畅通工程159万元)其中：财政拨款854("), d);
    assertTrue(d.contains("其他资金总体目标年度目标完成项目主体工程70%一级指标二级指标三级指标指标值绩效指标产出指标数量指标"), d);
    assertTrue(d.endsWith("受益脱贫(监测)户满意度≥95%注:各地请根据实际情况,从上述绩效指标中选择适合的填报(其中三颗星为必填的核心绩效指标,"
        + "可结合已下达的中央对地方专项转移支付绩效指标),也可自行增加或适当调整。"), d);
    assertCells(stem, "1600元/亩", "854(高标准农田建设400万元,示范建设295万元,畅通工程159万元)");
    assertPdf(stem, "可持续影响指标工程设计使用年限≥20年");
  }

  @Test
  void yueyang2022sRepeatedAmountIsRefusedAtItsLine() throws Exception {
    // the published 其中：财政拨款 cell reads 854万854万(…): two amounts in one cell
    Path f = dir.resolve("repeated.yaml");
    Files.writeString(f, Files.readString(REAL.resolve("2022-yueyang.yaml"))
        .replace("    fiscal: 854万(", "    fiscal: 854万854万("));
    Run r = MainTest.jixiao("validate", "--templates", "templates", f.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("error[money]: 金额「854万854万(高标准农田建设400万元"), r.err());
    assertTrue(r.err().contains("同一格里的说明写在数字后的括号里"), r.err());
  }

  @Test
  void wuhai2021IsTitledWithItsProjectAndPrintsOneRowPerIndicator() throws Exception {
    // the page breaks off after the 成本指标 rows: 效益 and 满意度 are missing
    assertEquals(List.of("23:project-first-level", "23:project-first-level"), warnings("2021-wuhai.yaml"));
    Path stem = render("2021-wuhai.yaml", "2021/乌海市供销合作社联合社/项目绩效目标表-再生资源回收市场管理经费");
    String d = docx(stem);
    assertTrue(d.startsWith("再生资源回收市场管理经费项目绩效目标表（2021年）项目名称再生资源回收市场管理经费"
        + "项目类别(31)部门预算项目归口科室(08)经济贸易科主管部门(433)乌海市供销合作社联合社(部门)"), d);
    assertTrue(d.contains("投入目标(万元)资金来源年初安排金额(万元)资金总额3其中: 财政拨款数3其他资金0年度目标"), d);
    // 一级 and 二级 on every row, as the form writes them; 44,561 printed as the form prints it
    assertTrue(d.contains("一级指标二级指标三级指标指标性质指标方向目标值计量单位分值备注绩效指标(权重分值90分,其中产出指标权重分值50分,"
        + "效益指标权重分值30分,满意度指标权重分值10分)产出指标数量指标出差人数正向=84"
        + "产出指标数量指标出差人次正向=24人/次4"), d);
    assertTrue(d.contains("产出指标时效指标项目财政资金到位时间正向=44,56144,56110"), d);
    assertCells(stem, "反向", "万元/人", "(08)经济贸易科");
    if (MainTest.chineseFontInstalled()) {
      String pdf = FamilySamplesTest.pdfText(FamilySamplesTest.with(stem, ".pdf"), 1);
      assertTrue(pdf.startsWith("再生资源回收市场管理经费项目绩效目标表"), pdf);
    }
  }

  @Test
  void fengjie2023PrintsItsFundBlockAndTheSecondLevelsOfItsFrame() throws Exception {
    // the page breaks off after 成本指标: 产出, 效益 and 满意度 are missing, one indicator in all
    assertEquals(List.of("32:project-first-level", "32:project-first-level", "32:project-first-level",
        "32:project-indicator-count"), warnings("2023-fengjie.yaml"));
    Path stem = render("2023-fengjie.yaml",
        "2023/奉节县云雾土家族乡人民政府/项目支出绩效目标审批表-2023年云雾土家族乡加工园配套设施建设项目");
    String d = docx(stem);
    assertTrue(d.startsWith("2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表(   2023年度)"
        + "预算单位: 奉节县云雾土家族乡人民政府金额单位:万元项目名称"), d);
    assertTrue(d.contains("实施单位云雾土家族乡项目负责人徐德迁联系电话13452649655项目审批奉节县民族宗教事务委员会"), d);
    assertTrue(d.contains("项目资金预算执行10分项目总预算65财政资金预算分类一般公共预算当年年度预算65其中:财政资金65"
        + "财政资金科目代码21305其中:其它资金0年度预算执行率100%分值10分一级指标二级指标三级指标指标值分值指标解释"
        + "年度绩效目标(90分)"), d);
    // the frame's empty second levels are printed, as the form prints them
    assertTrue(d.endsWith("成本指标(0-20)分经济成本指标项目建设成本≤65万元10社会成本指标生态环境成本指标"), d);
    assertCells(stem, "资产资源类--房屋类", "≤65万元");
    assertPdf(stem, "财政资金科目代码");
  }

  @Test
  void aProjectTableRepeatsANameUnderOneSecondLevelAsAList() throws Exception {
    // forms exported from budget systems repeat a 三级 name; the list keeps both rows in order
    Path f = dir.resolve("repeat.yaml");
    Files.writeString(f, Files.readString(REAL.resolve("2022-yueyang.yaml")).replace(
        "          脱贫村村内道路硬化里程: ≥100公里\n          脱贫户供水设施数量: ≥20座\n",
        "          - 脱贫村村内道路硬化里程: ≥100公里\n          - 脱贫村村内道路硬化里程: {value: ≥20公里}\n"));
    Run v = MainTest.jixiao("validate", "--templates", "templates", f.toString());
    assertEquals(0, v.code(), v.err());
    Run r = MainTest.jixiao("render", f.toString(), "--templates", "templates", "--out", dir.toString(),
        "--format", "docx");
    assertEquals(0, r.code(), r.err());
    String d = docx(dir.resolve("2022/岳阳县农业农村局/绩效目标申报表-岳阳县2022年高标准农田建设项目"));
    assertTrue(d.contains("数量指标脱贫村村内道路硬化里程≥100公里脱贫村村内道路硬化里程≥20公里质量指标"), d);
  }

  @Test
  void aProjectTableWhoseRowsGoBackToAFirstLevelKeepsTheFormsOrder() throws Exception {
    // a budget system's export (井研县 2023) lists 效益, 产出, then 效益 again: written as a list
    Path f = dir.resolve("order.yaml");
    Files.writeString(f, """
        layout: wuhai-2021-project
        year: 2023
        unit: {name: 某镇人民政府}
        projects:
          - name: 村组干部报酬
            budget: 330.984
            goal: [按时发放村组干部报酬]
            indicators:
              - 效益指标:
                  社会效益指标:
                    维护社会稳定: {type: ≥, value: "95", unit: "%", nature: 正向}
              - 产出指标:
                  时效指标:
                    维持时效: {type: ≥, value: "1", unit: 年, nature: 正向}
              - 效益指标:
                  经济效益指标:
                    促进村集体经济发展: {type: ≥, value: "95", unit: "%", nature: 正向}
              - 满意度指标:
                  服务对象满意度指标:
                    人民群众满意度: {type: ≥, value: "95", unit: "%", nature: 正向}
        """);
    Run v = MainTest.jixiao("validate", "--templates", "templates", f.toString());
    assertEquals(0, v.code(), v.err());
    assertTrue(!v.err().contains("warning"), v.err());
    Run r = MainTest.jixiao("render", f.toString(), "--templates", "templates", "--out", dir.toString(),
        "--format", "docx");
    assertEquals(0, r.code(), r.err());
    String d = docx(dir.resolve("2023/某镇人民政府/项目绩效目标表-村组干部报酬"));
    assertTrue(d.endsWith("效益指标社会效益指标维护社会稳定正向≥95%产出指标时效指标维持时效正向≥1年"
        + "效益指标经济效益指标促进村集体经济发展正向≥95%满意度指标服务对象满意度指标人民群众满意度正向≥95%"), d);
  }

  @Test
  void banan2022PrintsAOneLevelIndicatorTableAndItsGoalAsOneParagraph() throws Exception {
    assertEquals(List.of(), warnings("2022-banan-yipin.yaml"));
    Path stem = render("2022-banan-yipin.yaml", "2022/重庆市巴南区人民政府一品街道办事处/部门（单位）整体绩效目标表");
    String d = docx(stem);
    assertTrue(d.startsWith("2022年部门（单位）整体绩效目标表单位：万元部门(单位)名称重庆市巴南区人民政府一品街道办事处"
        + "区级支出预算总量3724.39当年整体绩效目标2022年街道预算收支平衡；"), d);
    // one paragraph, unnumbered; indicators with no 一级 or 二级, each with its 权重 | 单位 | 性质 | 值
    // the head row (repeated on every page) first, then the 绩效指标 label merged down the rows
    assertTrue(d.contains("促进一品街道经济社会健康有序发展。指标名称指标权重计量单位指标性质指标值绩效指标"
        + "预算执行率10%=100预决算及时编制率10%=100"), d);
    assertTrue(d.contains("农村公路养护里程10公里=125开展各种文艺活动场次1020森林受灾率10%1"), d);
    assertTrue(d.endsWith("饲养动物免疫率5%=100服务对象满意度5%95"), d);
    assertTrue(!d.contains("1.2022年") && !d.contains("目标1") && !d.contains("一级指标"), d);
    assertCells(stem, "有效保障", "公里");
    assertPdf(stem, "民政优抚及特困补助发放及时率10%=100");
  }

  @Test
  void jiaxian2016BlankFormPrintsItsSatisfactionLevelAndNoReviewRows() throws Exception {
    // 佳县 (陕西) publishes its 416号 form blank (https://docx.baby/p/20793843881926.html): no
    // filled copy to transcribe, so the form jixiao init writes for its edition is rendered and
    // read back against the published rows
    Path f = dir.resolve("jiaxian.yaml");
    Run i = MainTest.jixiao("init", "--templates", "templates", "--layout", "shaanxi-jiaxian-2016-project",
        "--unit", "佳县某局", "--year", "2016", f.toString());
    assertEquals(0, i.code(), i.err());
    Run v = MainTest.jixiao("validate", "--templates", "templates", f.toString());
    assertEquals(0, v.code(), v.err());
    Run r = MainTest.jixiao("render", f.toString(), "--templates", "templates", "--out", dir.toString(),
        "--format", "docx,xlsx");
    assertEquals(0, r.code(), r.err());
    Path stem = dir.resolve("2016/佳县某局/财政支出项目绩效目标申报表-项目名称");
    String d = docx(stem);
    assertTrue(d.startsWith("佳县财政支出项目绩效目标申报表（2016年度）填报单位（盖章）：佳县某局"), d);
    // the form's two 其他： lines, the second a spare one, blank here
    assertTrue(d.contains("资金总额：财政拨款：自有资金：事业收入：经营性收入：其他：其他：单位职能概述"), d);
    // 服务对象满意度指标 with its one second level 具体指标 and the form's …… row, in both tables;
    // the family's 社会公众或服务对象满意度指标 removed by the edition's empty frame key
    assertTrue(d.contains("可持续影响指标…………服务对象满意度指标具体指标…………一级指标二级指标指标内容指标值备注年度绩效指标"), d);
    assertTrue(d.contains("可持续影响指标…………服务对象满意度指标具体指标…………其他说明的问题"), d);
    assertTrue(!d.contains("社会公众"), d);
    // no review rows: the form ends with the 填报人 line
    assertTrue(d.endsWith("其他说明的问题填报人：单位负责人：填报日期：    年    月    日"), d);
    assertTrue(!d.contains("审核意见"), d);
    List<String> cells = FamilySamplesTest.cells(FamilySamplesTest.with(stem, ".xlsx"));
    assertTrue(cells.contains("具体指标") && !cells.contains("社会公众或服务对象满意度指标"), cells.toString());
  }

  @Test
  void shanghai2019PrintsItsBoxRowsDatesAndOneThreeLevelTable() throws Exception {
    assertEquals(List.of(), warnings("2019-shanghai-tongzhou.yaml"));
    Path stem = render("2019-shanghai-tongzhou.yaml",
        "2019/上海市同舟服务中心/上海市财政支出项目绩效目标申报表-党外人才专项服务工作经费");
    // the family's own form is not printed beside the city's
    assertTrue(!Files.exists(dir.resolve(
        "2019/上海市同舟服务中心/财政支出项目绩效目标申报表-党外人才专项服务工作经费.docx")));
    String d = docx(stem);
    assertTrue(d.startsWith("上海市财政支出项目绩效目标申报表申报单位名称：上海市同舟服务中心"
        + "项目名称党外人才专项服务工作经费项目类型市委市政府已确定的新增项目□    结转项目□    其他一次性项目□"
        + "经常性专项业务费√    其他经常性项目□资金用途基本建设工程类□"), d);
    assertTrue(d.contains("其他事业专业类√开始时间2019/1/1结束时间2019/12/31项目概况根据"), d);
    assertTrue(d.contains("立项依据按照沪编[2015]581号"), d);
    assertTrue(d.contains("保证项目实施的制度、措施选择确定党外人士体检"), d);
    assertTrue(d.contains("项目预算（万元）98.5项目绩效目标全年为"), d);
    assertTrue(d.contains("一级指标二级指标三级指标指标值产出指标数量指标党外代表人士体检人数480人"), d);
    // 满意度 a second level under 效果指标; no family frame rows (……, 社会公众…) are added
    assertTrue(d.endsWith("效果指标社会效益指标党外人才对统战工作的认同感和归属感逐步提高"
        + "服务对象满意度指标党外代表人士满意度≥90%"), d);
    assertTrue(!d.contains("……") && !d.contains("社会公众"), d);
    assertCells(stem, "2019/1/1", "党外代表人士满意度", "≥90%");
    assertPdf(stem, "经常性专项业务费√");
  }

  @Test
  void shanghai2019WrittenWithTheFormsRowNamesPrintsTheSameForm() throws Exception {
    // as a transcriber who has only the printed form writes it: each row by its printed name
    // (the variant's titles), the table row by row
    String text = Files.readString(REAL.resolve("2019-shanghai-tongzhou.yaml"), StandardCharsets.UTF_8);
    String printed = text.replace("    basis: ", "    立项依据: ").replace("    必要性: ", "    项目设立的必要性: ")
        .replace("    保证措施: ", "    保证项目实施的制度、措施: ").replace("    plan: ", "    项目实施计划: ")
        .replace("    budget: ", "    项目预算: ").replace("    goal: ", "    项目绩效目标: ");
    printed = printed.substring(0, printed.indexOf("    indicators:")) + """
            indicators:
              - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 党外代表人士体检人数, 指标值: 480人}
              - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 主旋律精品文化演出票推送人次, 指标值: 900人次}
              - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 理论书籍推送人次, 指标值: 335人次}
              - {一级指标: 产出指标, 二级指标: 质量指标, 三级指标: 服务名单经处室和中心领导确定率, 指标值: 100%}
              - {一级指标: 产出指标, 二级指标: 时效指标, 三级指标: 服务完成时间, 指标值: 2019年12月底前}
              - {一级指标: 效果指标, 二级指标: 社会效益指标, 三级指标: 党外人才对统战工作的认同感和归属感, 指标值: 逐步提高}
              - {一级指标: 效果指标, 二级指标: 服务对象满意度指标, 三级指标: 党外代表人士满意度, 指标值: ≥90%}
        """;
    Path f = dir.resolve("shanghai-printed.yaml");
    Files.writeString(f, printed);
    Run r = MainTest.jixiao("validate", "--templates", "templates", f.toString());
    assertEquals(0, r.code(), r.err());
    for (String k : List.of("立项依据", "项目设立的必要性", "保证项目实施的制度、措施", "项目实施计划", "项目预算", "项目绩效目标")) {
      assertTrue(r.err().contains("warning[key-as-printed]: 「" + k + "」"), k + r.err());
    }
    assertTrue(r.err().contains("warning[indicator-rows]"), r.err());
    Run a = MainTest.jixiao("render", "--templates", "templates", "--emit", "layout", f.toString());
    Run b = MainTest.jixiao("render", "--templates", "templates", "--emit", "layout",
        REAL.resolve("2019-shanghai-tongzhou.yaml").toString());
    assertEquals(0, a.code(), a.err());
    assertEquals(b.out(), a.out());
  }

  @Test
  void shanghaiIndicatorsWrittenInTheNationalFrameworkSayWhereTheyBelong() throws Exception {
    // a transcriber used to 效益指标 and 满意度指标 as first levels: the form has 效果指标, with
    // 社会效益指标 and 服务对象满意度指标 under it; each stranger is named with that place
    String text = Files.readString(REAL.resolve("2019-shanghai-tongzhou.yaml"), StandardCharsets.UTF_8);
    Path f = dir.resolve("shanghai-national.yaml");
    Files.writeString(f, text.replace("      效果指标:\n        社会效益指标:",
        "      效益指标:\n        社会效益指标:").replace("        服务对象满意度指标:",
        "      满意度指标:\n        服务对象满意度指标:"));
    Run r = MainTest.jixiao("validate", "--templates", "templates", f.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("一级指标「效益指标」不是本表的一级指标（产出指标、效果指标）：会另起一行印在表末；"
        + "它的二级指标「社会效益指标」在本表的「效果指标」下"), r.err());
    assertTrue(r.err().contains("一级指标「满意度指标」不是本表的一级指标（产出指标、效果指标）：会另起一行印在表末；"
        + "它的二级指标「服务对象满意度指标」在本表的「效果指标」下"), r.err());
    assertTrue(r.err().contains("把「服务对象满意度指标」等二级指标移到「效果指标」下"), r.err());
  }

  @Test
  void aRowOfBoxesCopiedAsPrintedTicksItsOneItemAndSeveralTicksAreRefused() throws Exception {
    String text = Files.readString(REAL.resolve("2019-shanghai-tongzhou.yaml"), StandardCharsets.UTF_8);
    Path f = dir.resolve("shanghai-boxes.yaml");
    Files.writeString(f, text.replace("项目类型: 经常性专项业务费",
        "项目类型: 市委市政府已确定的新增项目□ 结转项目□ 其他一次性项目□ 经常性专项业务费√ 其他经常性项目□"));
    Run r = MainTest.jixiao("validate", "--templates", "templates", f.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("warning[value-list]: 项目类型「市委市政府已确定的新增项目□")
        && r.err().contains("按「经常性专项业务费」处理"), r.err());
    Files.writeString(f, text.replace("项目类型: 经常性专项业务费", "项目类型: 结转项目√ 经常性专项业务费√"));
    r = MainTest.jixiao("validate", "--templates", "templates", f.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("勾选了 2 项（结转项目、经常性专项业务费），本表只能勾一项"), r.err());
  }

  @Test
  void daqing2024BlankFormPrintsItsCategoryBoxesFundColumnsAndTwoLevelIndicators() throws Exception {
    // 大庆市 (黑龙江) publishes its form blank: the fixture is that blank form, as init writes it
    assertEquals(List.of(), warnings("2024-daqing.yaml"));
    Path stem = render("2024-daqing.yaml", "2024/大庆市某局/项目支出绩效目标申报表-项目名称");
    String d = docx(stem);
    assertTrue(d.startsWith("大庆市部门预算项目支出绩效目标申报表（2024年度）编制单位（盖章）：大庆市某局"
        + "项目基本情况项目名称项目名称项目负责人联系电话项目类别1.重大课题（规划）□"), d);
    assertTrue(d.contains("18.转移支付□    19.其他□项目属性新增项目□    延续项目□"), d);
    // 资金来源: 合计 with its three columns, each line's 上年度 cells ——
    assertTrue(d.contains("合计财政拨款————政府性基金拨款————财政专户拨款————其他资金————上年结转————"
        + "事业基金弥补差额————项目支出内容及明细预算（万元）项目上年度预算安排上年度实际执行本年度申请金额"
        + "资金测算依据及说明合计1.2.3.……绩效目标情况"), d);
    assertTrue(d.contains("保障绩效目标实现的措施组织机构：管理制度：质量控制：……"), d);
    // 绩效指标 on two levels, the blank lines under each; the review row after the table
    assertTrue(d.contains("指标名称上年度实际水平本年度计划水平指标内容/计算公式二级指标三级指标"
        + "绩效指标目标完成程度1.2.3.……项目实施效益1.2.3.……财政主管业务科室审核意见年    月    日"), d);
    assertCells(stem, "事业基金弥补差额", "项目实施效益");
    assertPdf(stem, "项目申请原因（包");
  }

  @Test
  void initCallsDaqingsIndicatorLevelsAsItsTableDoes() throws Exception {
    // the form names its indicators from 二级指标 on (texts.yaml level_names); init's comments
    // must not call 目标完成程度 a 一级指标
    Path f = dir.resolve("daqing-init.yaml");
    Run i = MainTest.jixiao("init", "--templates", "templates", "--layout", "heilongjiang-daqing-project",
        "--unit", "大庆市某局", "--year", "2024", f.toString());
    assertEquals(0, i.code(), i.err());
    String text = Files.readString(f);
    assertTrue(text.matches("(?s).*\\n      目标完成程度: +# 二级指标\\n        ……: +# 换成本单位的三级指标.*"), text);
    assertTrue(!text.contains("# 一级指标"), text);
  }

  @Test
  void aFilledDaqingFormTicksItsBoxesAndAddsUpItsFundLines() throws Exception {
    Path f = dir.resolve("daqing.yaml");
    Files.writeString(f, """
        layout: heilongjiang-daqing-project
        year: 2024
        unit: {name: 大庆市某局}
        projects:
          - name: 档案数字化
            category: 设备购置
            attribute: 延续项目
            sources: {财政拨款: 30, 上年结转: 5.5}
            上年度预算安排: 40
            上年度实际执行: 38.2
            spending:
              - {activity: 扫描仪, amount: 20, basis: 2台×10万元, 上年度预算安排: 26, 上年度实际执行: 24.5}
              - {activity: 数字化服务, amount: 15.5, basis: 按合同, 上年度预算安排: 15, 上年度实际执行: 14.2}
            indicators:
              目标完成程度:
                档案数字化页数: {last_year: 10万页, value: 12万页, content: 完成扫描的页数}
                扫描合格率: {value: ≥98%, content: 合格页数/扫描页数}
              项目实施效益:
                档案查阅平均用时: {last_year: 30分钟, value: ≤10分钟, content: 查阅一份档案的平均用时}
        """);
    Run v = MainTest.jixiao("validate", "--templates", "templates", f.toString());
    assertEquals(0, v.code(), v.err());
    Run r = MainTest.jixiao("render", f.toString(), "--templates", "templates", "--out", dir.toString(),
        "--format", "docx,xlsx");
    assertEquals(0, r.code(), r.err());
    Path stem = dir.resolve("2024/大庆市某局/项目支出绩效目标申报表-档案数字化");
    String d = docx(stem);
    assertTrue(d.contains("10.房租□    11.设备购置√    12.交通工具购置□"), d);
    assertTrue(d.contains("新增项目□    延续项目√"), d);
    // 合计 of the sources (30 + 5.5) beside the 上年度 totals the unit wrote; the lines it left
    // out stay blank
    assertTrue(d.contains("合计4038.235.5财政拨款————30政府性基金拨款————财政专户拨款"), d);
    // the spending lines numbered, with their 合计 per column
    assertTrue(d.contains("合计4138.735.51.扫描仪2624.5202台×10万元2.数字化服务1514.215.5按合同"), d);
    assertTrue(d.contains("绩效指标目标完成程度档案数字化页数10万页12万页完成扫描的页数扫描合格率≥98%"), d);
    try (XSSFWorkbook wb = new XSSFWorkbook(FamilySamplesTest.with(stem, ".xlsx").toFile())) {
      double total = 0;
      for (org.apache.poi.ss.usermodel.Row row : wb.getSheetAt(0)) {
        for (Cell c : row) {
          if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && c.getNumericCellValue() == 35.5) {
            total++;
          }
        }
      }
      // the two 合计 of 本年度申请金额 (sources and spending) are numbers
      assertEquals(2, total);
    }
  }

  @Test
  void aMissingFirstLevelIsAskedForByTheFormsOwnName() throws Exception {
    // require: names 大庆's first levels whole; the warning must not ask for 项目实施效益指标,
    // a row the form does not have
    Path f = dir.resolve("daqing-missing.yaml");
    Files.writeString(f, """
        layout: heilongjiang-daqing-project
        year: 2024
        unit: {name: 大庆市某局}
        projects:
          - name: 档案数字化
            indicators:
              目标完成程度: {档案数字化页数: 12万页, 扫描合格率: ≥98%, 扫描完成时间: 2024年12月}
        """);
    Run v = MainTest.jixiao("validate", "--templates", "templates", f.toString());
    assertEquals(0, v.code(), v.err());
    assertTrue(v.err().contains("warning[project-first-level]: 项目「档案数字化」缺少一级指标「项目实施效益」（至少一行指标）"), v.err());
    assertTrue(v.err().contains("在 indicators 下加上 项目实施效益: 及其指标"), v.err());
    assertTrue(!v.err().contains("目标完成程度」"), v.err());
  }

  @Test
  void aSpareSourceLinePrintsTheFirstSourceNoLineNamesAndAddsItUp() throws Exception {
    // 佳县's second 其他： line (texts.yaml project_sources, spare: "yes") takes the first source
    // the unit names itself; a further one follows on a line of its own; all add to 资金总额
    Path f = dir.resolve("spare.yaml");
    Files.writeString(f, """
        layout: shaanxi-jiaxian-2016-project
        year: 2016
        unit: {name: 佳县某局}
        projects:
          - name: 培训项目
            attribute: 新增项目
            sources: {财政拨款: 10, 上级补助资金: 3, 其他: 2, 社会捐赠: 1}
            goal: [完成培训]
            indicators:
              产出指标: {数量指标: {培训人次: ≥500人次}}
              效益指标: {社会效益指标: {群众知晓率: ≥90%}}
              服务对象满意度指标: {具体指标: {群众满意度: ≥90%}}
        """);
    Run v = MainTest.jixiao("validate", "--templates", "templates", f.toString());
    assertEquals(0, v.code(), v.err());
    Run r = MainTest.jixiao("render", f.toString(), "--templates", "templates", "--out", dir.toString(),
        "--format", "docx,xlsx");
    assertEquals(0, r.code(), r.err());
    Path stem = dir.resolve("2016/佳县某局/财政支出项目绩效目标申报表-培训项目");
    String d = docx(stem);
    assertTrue(d.contains("资金总额：16财政拨款：10自有资金：事业收入：经营性收入：其他：2上级补助资金：3社会捐赠：1单位职能概述"), d);
    List<String> cells = FamilySamplesTest.cells(FamilySamplesTest.with(stem, ".xlsx"));
    // 资金总额 is a number cell (16.0 as read back), as every amount on the form
    assertTrue(cells.contains("上级补助资金：") && cells.contains("16.0"), cells.toString());
  }

  /**
   * {@code file} with 40 more third levels after the line naming {@code after}, at its indent,
   * rendered; the form's path stem.
   */
  private Path longer(Path file, String after, String stem) throws Exception {
    StringBuilder out = new StringBuilder();
    for (String line : Files.readAllLines(file)) {
      out.append(line).append('\n');
      if (line.trim().startsWith(after + ":")) {
        String indent = line.substring(0, line.indexOf(after));
        for (int i = 0; i < 40; i++) {
          out.append(indent).append("测试指标").append(i).append(": \"").append(i).append("\"\n");
        }
      }
    }
    Path f = dir.resolve("long-" + file.getFileName());
    Files.writeString(f, out.toString());
    Path to = dir.resolve("long-" + file.getFileName() + ".out");
    Run r = MainTest.chineseFontInstalled()
        ? MainTest.jixiao("render", f.toString(), "--templates", "templates", "--out", to.toString())
        : MainTest.jixiao("render", f.toString(), "--templates", "templates", "--out", to.toString(),
            "--format", "docx,xlsx");
    assertEquals(0, r.code(), r.err());
    return to.resolve(stem);
  }

  @Test
  void the88FamilysIndicatorHeadRepeatsOnEveryPage() throws Exception {
    // file, a third level to add rows after, the form, its indicator head as the PDF reads it
    String[][] forms = {
      {"data/2020/武汉市青山区教育局.yaml", "重点建设工程安排数量",
        "2020/武汉市青山区教育局/项目支出绩效目标申报表-教育系统基础设施建设和设备购置",
        "一级指标二级指标(长期)三级指标(长期)指标值(长期)二级指标(年度)三级指标(年度)指标值(年度)"},
      {"src/test/resources/real/2024-mengcheng.yaml", "适龄儿童国家免疫规划疫苗接种率",
        "2024/蒙城县卫生健康委员会/项目支出绩效目标申报表-国家基本公共卫生服务项目", "一级指标二级指标三级指标指标值"},
      {"data/2023/湘潭市环境卫生管理处.yaml", "雾炮车风炮射程",
        "2023/湘潭市环境卫生管理处/项目支出绩效目标申报表-雾炮车降尘抑尘服务", "一级指标二级指标三级指标指标值及单位绩效标准"},
      {"src/test/resources/real/2021-wuhai.yaml", "出差人数",
        "2021/乌海市供销合作社联合社/项目绩效目标表-再生资源回收市场管理经费", "一级指标二级指标三级指标指标性"},
      {"src/test/resources/real/2023-fengjie.yaml", "项目建设成本",
        "2023/奉节县云雾土家族乡人民政府/项目支出绩效目标审批表-2023年云雾土家族乡加工园配套设施建设项目",
        "一级指标二级指标三级指标指标值分值指标解释"},
      {"src/test/resources/real/2022-yueyang.yaml", "脱贫村村内道路硬化里程",
        "2022/岳阳县农业农村局/绩效目标申报表-岳阳县2022年高标准农田建设项目", "一级指标二级指标三级指标指标值"},
      {"src/test/resources/real/2022-baodi.yaml", "竣工验收合格率",
        "2022/宝坻区人民政府/中央预算内投资计划绩效目标表-农业绿色发展专项（畜禽粪污资源化利用整县推进项目）",
        "一级指标二级指标三级指标指标值"},
      {"src/test/resources/real/2023-binhai.yaml", "支持企业数量",
        "2023/滨海新区财政局/项目支出绩效目标表-新冠病毒疫苗生产企业优惠贷款贴息", "一级指标二级指标三级指标指标值"},
    };
    for (String[] form : forms) {
      assertHeadRepeats(form);
    }
  }

  @Test
  void theDeptFormsIndicatorHeadRepeatsOnEveryPage() throws Exception {
    Path central = dir.resolve("central-2015-dept.yaml");
    Files.writeString(central, """
        layout: central-2015-dept
        year: 2024
        unit: {name: 某部门, head: 张三, contact: 李四, phone: 0722-6249237, date: 2023-10-16}
        money_unit: 万元
        tasks:
          - {name: 日常运转, content: 保障机关正常运转, 总额: 100, 财政拨款: 100, 其他资金: 0}
        annual_goal: [保障机关正常运转，完成年度工作任务。]
        annual_indicators:
          产出指标:
            数量指标:
              开展专项检查次数: ≥10次
            质量指标: {检查覆盖率: 100%}
          效益指标:
            社会效益指标: {群众知晓率: ≥90%}
          满意度指标:
            服务对象满意度指标: {群众满意度: ≥90%}
        """);
    // file, a third level to add rows after, the form, its indicator head as the PDF reads it
    String[][] forms = {
      {central.toString(), "开展专项检查次数", "2024/某部门/部门（单位）整体支出绩效目标申报表",
        "一级指标二级指标三级指标指标值"},
      {"src/test/resources/real/2023-yueyanglou-price.yaml", "业务工作支出安排金额",
        "2023/岳阳楼区价格认证鉴定中心/整体绩效目标表", "一级指标二级指标三级指标"},
      {"src/test/resources/real/2022-ezhou.yaml", "大楼安检巡察次数",
        "2022/鄂州市机关事务服务中心/项目支出绩效目标表-滨湖大厦办公大楼运行保障", "绩效指标保障绩效目标实现措施一级指标二级指标"},
      {"src/test/resources/real/2022-banan-yipin.yaml", "预算执行率",
        "2022/重庆市巴南区人民政府一品街道办事处/部门（单位）整体绩效目标表", "指标名称指标权重计量单位指标性质指标值", "指标名称"},
    };
    for (String[] form : forms) {
      assertHeadRepeats(form);
    }
  }

  @Test
  void daqingsIndicatorHeadRepeatsOnEveryPage() throws Exception {
    Path f = dir.resolve("daqing-long.yaml");
    Files.writeString(f, """
        layout: heilongjiang-daqing-project
        year: 2024
        unit: {name: 大庆市某局}
        projects:
          - name: 档案数字化
            indicators:
              目标完成程度:
                档案数字化页数: 12万页
              项目实施效益:
                档案查阅平均用时: ≤10分钟
        """);
    assertHeadRepeats(new String[] {f.toString(), "档案数字化页数",
        "2024/大庆市某局/项目支出绩效目标申报表-档案数字化", "指标名称", "二级指标"});
  }

  /**
   * {@code form} (as in the tests above, and optionally the XLSX head cell to find, else 一级指标)
   * 40 rows longer: its indicator head repeats on page 2.
   */
  private void assertHeadRepeats(String[] form) throws Exception {
    Path stem = longer(Path.of(form[0]), form[1], form[2]);
    // DOCX: a head row marked to repeat; XLSX: print titles down to the 一级指标 head
    try (ZipFile z = new ZipFile(FamilySamplesTest.with(stem, ".docx").toFile())) {
      String xml = new String(z.getInputStream(z.getEntry("word/document.xml")).readAllBytes(),
          StandardCharsets.UTF_8);
      assertTrue(xml.contains("<w:tblHeader"), form[0]);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(FamilySamplesTest.with(stem, ".xlsx").toFile())) {
      Sheet sheet = wb.getSheetAt(0);
      CellRangeAddress titles = sheet.getRepeatingRows();
      assertTrue(titles != null, form[0]);
      boolean levels = false;
      for (int r = titles.getFirstRow(); r <= titles.getLastRow(); r++) {
        for (Cell c : sheet.getRow(r)) {
          levels |= c.toString().equals(form.length > 4 ? form[4] : "一级指标");
        }
      }
      assertTrue(levels, form[0]);
    }
    if (MainTest.chineseFontInstalled()) {
      String page2 = FamilySamplesTest.pdfText(FamilySamplesTest.with(stem, ".pdf"), 2);
      assertTrue(page2.startsWith(form[3]), form[0] + ": " + page2);
    }
  }

  @Test
  void fanbenBlankFormPrintsItsHeadBoxesAndThreeTargetRowsUnderEverySecondLevel() throws Exception {
    // 财政支出项目绩效目标申报表（范本） (http://www.boteman.cn/paper/97320058.html, text preview) is
    // published blank: the form jixiao init writes for its edition is rendered and read back
    Path f = dir.resolve("fanben.yaml");
    Run i = MainTest.jixiao("init", "--templates", "templates", "--layout", "county-416-fanben",
        "--unit", "某局", "--year", "2024", f.toString());
    assertEquals(0, i.code(), i.err());
    Run r = MainTest.jixiao("render", f.toString(), "--templates", "templates", "--out", dir.toString(),
        "--format", "docx,xlsx");
    assertEquals(0, r.code(), r.err());
    Path stem = dir.resolve("2024/某局/财政支出项目绩效目标申报表-项目名称");
    String d = docx(stem);
    // no year under the title, no 主管部门; the two rows of boxes, none ticked
    assertTrue(d.startsWith("财政支出项目绩效目标申报表填报单位（盖章）：单位代码单位名称某局项目名称项目名称"
        + "是否新增是 □        否 □上年度预算安排资金（万元）项目类型社会发展性项目 □        部门发展性项目 □"
        + "功能科目编码功能科目名称项目实施单位"), d);
    assertTrue(d.contains("资金总额：财政拨款：自有资金：事业收入：经营性收入：其他：其他：单位职能概述"), d);
    // init's …… line under each second level prints the form's 目标1, 目标2, 目标3
    assertTrue(d.contains("项目总体绩效目标（长期目标）项目年度绩效目标（定量目标）评价内容绩效内容参考标准绩效目标值"
        + "投入时效目标目标1目标2目标3成本目标目标1目标2目标3其他资源投入目标目标1目标2目标3产出数量目标目标1"), d);
    assertTrue(d.endsWith("服务对象满意度目标目标1目标2目标3单位已有的（或拟订的）保证项目实施的制度、措施"
        + "填报人：单位负责人：填报日期：    年    月    日"), d);
    assertTrue(!d.contains("主管部门") && !d.contains("实施进度计划") && !d.contains("审核意见"), d);
  }

  @Test
  void fanbenFilledFormTicksItsBoxesAndKeepsTheTargetsAsWritten() throws Exception {
    // a unit writes 目标1 under each second level, as the form numbers them: no duplicate warning
    Path f = dir.resolve("fanben-filled.yaml");
    Files.writeString(f, """
        layout: county-416-fanben
        year: 2024
        unit: {name: 某县文化馆, code: "301001"}
        projects:
          - name: 送戏下乡
            是否新增: 否
            上年度预算安排资金: 20
            项目类型: 社会发展性项目
            sources: {财政拨款: 20}
            long_term_goal: 基本公共文化服务覆盖全县行政村。
            indicators:
              投入:
                时效目标: {目标1: {content: 演出按计划完成, standard: 计划标准, value: 2024年12月前}}
                成本目标: {目标1: {content: 每场演出成本, standard: 历史标准, value: ≤0.4万元}}
              产出:
                数量目标: {目标1: {content: 送戏下乡场次, standard: 计划标准, value: 60场}}
              效益:
                服务对象满意度目标: {目标1: {content: 群众满意度, standard: 行业标准, value: ≥90%}}
        """);
    Run v = MainTest.jixiao("validate", "--templates", "templates", f.toString());
    assertEquals(0, v.code(), v.err());
    assertTrue(v.out().contains("0 个警告") || v.err().contains("0 个警告"), v.out() + v.err());
    Run r = MainTest.jixiao("render", f.toString(), "--templates", "templates", "--out", dir.toString(),
        "--format", "docx,xlsx");
    assertEquals(0, r.code(), r.err());
    Path stem = dir.resolve("2024/某县文化馆/财政支出项目绩效目标申报表-送戏下乡");
    String d = docx(stem);
    assertTrue(d.contains("单位代码301001单位名称某县文化馆项目名称送戏下乡是否新增是 □        否 √"
        + "上年度预算安排资金（万元）20项目类型社会发展性项目 √        部门发展性项目 □"), d);
    // written rows as written; a second level left out gets the form's three blank rows
    assertTrue(d.contains("投入时效目标目标1演出按计划完成计划标准2024年12月前成本目标目标1每场演出成本历史标准≤0.4万元"
        + "其他资源投入目标目标1目标2目标3产出数量目标目标1送戏下乡场次计划标准60场质量目标目标1目标2目标3"), d);
    assertCells(stem, "≥90%", "20.0");
  }

  @Test
  void aValueOfAVariantsOwnListedKeyThatNamesOneBoxTicksIt() throws Exception {
    // 项目类型 is the 范本's own key with a closed list (its two boxes): 部门发展性 stands for
    // 部门发展性项目 (value-list warning) and ticks that box, as 新增 does 新增项目
    Path f = dir.resolve("fanben-type.yaml");
    Files.writeString(f, """
        layout: county-416-fanben
        year: 2024
        unit: {name: 某局}
        projects:
          - name: 培训项目
            项目类型: 部门发展性
            是否新增: 是
            sources: {财政拨款: 10}
            indicators:
              产出: {数量目标: {目标1: {content: 培训人次, value: ≥500人次}}}
        """);
    Run r = MainTest.jixiao("render", f.toString(), "--templates", "templates", "--out", dir.toString(),
        "--format", "docx");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("warning[value-list]: 项目类型「部门发展性」按「部门发展性项目」处理"), r.err());
    String d = docx(dir.resolve("2024/某局/财政支出项目绩效目标申报表-培训项目"));
    assertTrue(d.contains("是否新增是 √        否 □"), d);
    assertTrue(d.contains("项目类型社会发展性项目 □        部门发展性项目 √"), d);
  }

  @Test
  void city416BlankFormPrintsItsNumberedRowsAndThreeReviewOpinions() throws Exception {
    // a city's 项目支出绩效目标申报表 (市财政资金, 市财政局审核意见), published blank with its 填报说明
    // (pages corpus, text preview, address not recorded): the form jixiao init writes is read back
    Path f = dir.resolve("city.yaml");
    Run i = MainTest.jixiao("init", "--templates", "templates", "--layout", "city-416-project",
        "--unit", "某市某局", "--year", "2018", f.toString());
    assertEquals(0, i.code(), i.err());
    Run r = MainTest.jixiao("render", f.toString(), "--templates", "templates", "--out", dir.toString(),
        "--format", "docx,xlsx");
    assertEquals(0, r.code(), r.err());
    Path stem = dir.resolve("2018/某市某局/项目支出绩效目标申报表-项目名称");
    String d = docx(stem);
    assertTrue(d.startsWith("项目支出绩效目标申报表（2018年度）填报单位：某市某局项目名称项目名称项目属性新增项目 □        延续项目 □"
        + "主管部门项目负责人联系电话项目起止时间"), d);
    assertTrue(d.contains("项目预算（万元）资金总额其中：市财政资金其他资金项目绩效目标描述总目标本年度目标"
        + "项目实施进度计划项目实施进度内容开始时间完成时间备注1.2.3.4.总目标绩效指标"), d);
    // 产出 and 效益 one cell across 一级 and 二级 over the form's numbered rows; 满意度 with its 二级
    assertTrue(d.contains("总目标绩效指标一级指标二级指标指标内容指标值备注产出（工作量）指标（数量、质量、成本方面的指标）"
        + "1.2.3.4.效益指标（经济效益、社会效益、环境效益、可持续影响等方面指标）1.2.3.4.满意度指标服务对象满意度指标1."
        + "本年度绩效指标一级指标二级指标指标内容指标值备注产出指标（数量、质量、成本方面的指标）1."), d);
    assertTrue(d.contains("审核意见主管部门审核意见审核人：") && d.contains("第三方机构审核意见审核人：")
        && d.contains("市财政局审核意见业务科室审核人："), d);
    assertTrue(d.endsWith("填报人及联系电话：填报日期：    年    月    日"), d);
    assertTrue(!d.contains("单位职能概述") && !d.contains("项目概况") && !d.contains("主管部门编码"), d);
  }

  @Test
  void city416FilledFormPutsEachIndicatorUnderItsFirstLevelAsThePrintedNameToo() throws Exception {
    // indicators on two levels (一级 → 指标内容: 指标值); a first level may be written as the form
    // prints it, and one the form does not name follows as written
    Path f = dir.resolve("city-filled.yaml");
    Files.writeString(f, """
        layout: city-416-project
        year: 2018
        unit: {name: 某市图书馆, contact: 张三, phone: 0000-1234567}
        tasks:
          - {name: 采购图书, 开始时间: 2018年3月, 完成时间: 2018年6月, 备注: 政府采购}
        projects:
          - name: 图书购置
            attribute: 延续项目
            sources: {市财政资金: 50, 其他资金: 5}
            goal: 新增图书2万册。
            indicators:
              产出（工作量）指标（数量、质量、成本方面的指标）: {新增图书册数: 2万册}
              效益指标: {年借阅人次: {value: ≥10万人次, note: 按系统统计}}
              满意度指标: {读者满意度: ≥90%}
              其他指标: {宣传场次: 4场}
        """);
    Run v = MainTest.jixiao("validate", "--templates", "templates", f.toString());
    assertEquals(0, v.code(), v.err());
    Run r = MainTest.jixiao("render", f.toString(), "--templates", "templates", "--out", dir.toString(),
        "--format", "docx,xlsx");
    assertEquals(0, r.code(), r.err());
    Path stem = dir.resolve("2018/某市图书馆/项目支出绩效目标申报表-图书购置");
    String d = docx(stem);
    assertTrue(d.contains("新增项目 □        延续项目 √"), d);
    assertTrue(d.contains("资金总额55其中：市财政资金50其他资金5"), d);
    assertTrue(d.contains("1.采购图书2018年3月2018年6月政府采购"), d);
    assertTrue(d.contains("本年度绩效指标一级指标二级指标指标内容指标值备注产出指标（数量、质量、成本方面的指标）新增图书册数2万册"
        + "效益指标（经济效益、社会效益、环境效益、可持续影响等方面指标）年借阅人次≥10万人次按系统统计"
        + "满意度指标服务对象满意度指标读者满意度≥90%其他指标宣传场次4场审核意见"), d);
    assertTrue(d.endsWith("填报人及联系电话：张三 0000-1234567填报日期：    年    月    日"), d);
    assertCells(stem, "55.0", "读者满意度");
  }

  @Test
  void jiayuguan2023PrintsItsHeaderInPairsAndCostAsAFirstLevel() throws Exception {
    assertEquals(List.of(), warnings("2023-jiayuguan.yaml"));
    Path stem = render("2023-jiayuguan.yaml",
        "2023/嘉峪关城市博物馆/省级部门预算项目支出绩效目标表-博物馆纪念馆市级免费开放补助资金");
    String d = docx(stem);
    assertTrue(d.startsWith("省级部门预算项目支出绩效目标表（2023年度）一级项目名称文化事业发展专项资金"
        + "二级项目名称博物馆纪念馆市级免费开放补助资金项目类型新增项目项目分类专项工作经费"
        + "资金用途业务类项目主管部门嘉峪关市文化和旅游局项目开始日期2023-01-01项目完成日期2023-12-31"
        + "项目总投资20万元中央补助安排0省级财政安排0其他资金20万元预算申报数20万元资金性质一般公共预算"
        + "基本情况保障博物馆正常运转"), d);
    assertTrue(d.contains("项目实施计划组织实施单位甘肃省文物局监督管理单位嘉峪关文旅局项目实施单位嘉峪关城市博物馆"
        + "政策依据甘财科[2022]78号其他依据需要说明的其他问题年度绩效目标进一步提高"), d);
    // 成本指标 a first level of its own, after 产出指标, as 财预〔2021〕101号 sets it
    assertTrue(d.contains("一级指标二级指标三级指标指标目标值产出指标数量指标免费开放天数=300天"), d);
    assertTrue(d.contains("时效指标各项工作完成及时率%=99百分比成本指标经济成本指标资金使用效率=100百分比"), d);
    assertTrue(d.endsWith("满意度指标服务对象满意度服务对象满意度%=99百分比"), d);
    assertCells(stem, "甘财科[2022]78号", "=30000人次", "经济成本指标");
    assertPdf(stem, "保证项目实施的制度措施", "生态环境成本指标");
    // the page's second form breaks off after 项目总投资: its own file, the rest of it blank
    Path second = dir.resolve("2023/嘉峪关城市博物馆/省级部门预算项目支出绩效目标表-博物馆提升改造项目");
    String d2 = docx(second);
    assertTrue(d2.contains("一级项目名称公共文化服务体系建设专项资金二级项目名称博物馆提升改造项目项目类型新增项目"
        + "项目分类其他项目"), d2);
    assertTrue(d2.contains("项目总投资174.78万元中央补助安排省级财政安排其他资金预算申报数资金性质"), d2);
  }

  /**
   * A stranger's transcription writes a key as the form prints its row (政策依据, 项目总投资, the
   * variant's own 项目开始日期): each is read as its key with a warning at its line, and its value
   * prints in that row of every format, as the key's own would.
   */
  @Test
  void jiayuguanWithKeysWrittenAsTheFormsRowsPrintsThemInTheirRows() throws Exception {
    String text = Files.readString(REAL.resolve("2023-jiayuguan.yaml"), StandardCharsets.UTF_8);
    Path f = dir.resolve("2023-jiayuguan.yaml");
    Files.writeString(f, text.replaceFirst("\n    basis: ", "\n    政策依据: ")
        .replaceFirst("\n    total_budget: 20万元", "\n    项目总投资: 20万元")
        .replaceFirst("\n    开始日期: ", "\n    项目开始日期: "), StandardCharsets.UTF_8);
    Run v = MainTest.jixiao("validate", "--format", "json", "--lang", "en", "--templates",
        "templates", f.toString());
    assertEquals(0, v.code(), v.err());
    JsonNode json = new ObjectMapper().readTree(v.out());
    List<String> found = new ArrayList<>();
    for (JsonNode d : json.get("files").get(0).get("diagnostics")) {
      found.add(d.get("line").asInt() + ":" + d.get("severity").asText() + ":"
          + d.get("rule").asText() + ":" + d.get("message").asText());
    }
    assertEquals(List.of(
        "23:warning:key-as-printed:'项目开始日期' is read as the key 开始日期 (the form's name for it)",
        "25:warning:key-as-printed:'项目总投资' is read as the key total_budget (the form's name for it)",
        "38:warning:key-as-printed:'政策依据' is read as the key basis (the form's name for it)"),
        found);
    Run r = MainTest.chineseFontInstalled()
        ? MainTest.jixiao("render", f.toString(), "--templates", "templates", "--out", dir.toString())
        : MainTest.jixiao("render", f.toString(), "--templates", "templates", "--out", dir.toString(),
            "--format", "docx,xlsx");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("warning[key-as-printed]: 「政策依据」读作键 basis（表上的名称）"), r.err());
    Path stem = dir.resolve(
        "2023/嘉峪关城市博物馆/省级部门预算项目支出绩效目标表-博物馆纪念馆市级免费开放补助资金");
    String d = docx(stem);
    assertTrue(d.contains("项目开始日期2023-01-01项目完成日期2023-12-31项目总投资20万元中央补助安排0"), d);
    assertTrue(d.contains("项目实施单位嘉峪关城市博物馆政策依据甘财科[2022]78号其他依据"), d);
    try (XSSFWorkbook wb = new XSSFWorkbook(FamilySamplesTest.with(stem, ".xlsx").toFile())) {
      assertEquals("甘财科[2022]78号", beside(wb.getSheetAt(0), "政策依据"));
      assertEquals("20.0", beside(wb.getSheetAt(0), "项目总投资")); // a number, 万元 its format
    }
    assertPdf(stem, "甘财科[2022]78号");
    // written beside the key itself, which of the two is meant is not certain: an error, no form
    Files.writeString(f, text.replaceFirst("\n    basis: 甘财科\\[2022\\]78号",
        "\n    basis: 甘财科[2022]78号\n    政策依据: 甘财科[2022]79号"), StandardCharsets.UTF_8);
    Run both = MainTest.jixiao("render", f.toString(), "--templates", "templates", "--out",
        dir.resolve("both").toString());
    assertEquals(1, both.code(), both.err());
    assertTrue(both.err().contains(":39:5: error[unknown-key]: 「政策依据」和 basis 都写了"), both.err());
  }

  /** The first cell with a value right of the one that reads {@code label} (a number as 20.0). */
  private static String beside(Sheet s, String label) {
    for (org.apache.poi.ss.usermodel.Row row : s) {
      for (Cell c : row) {
        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
            && c.getStringCellValue().equals(label)) {
          for (int i = c.getColumnIndex() + 1; i <= row.getLastCellNum(); i++) {
            Cell n = row.getCell(i);
            if (n != null && n.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
              return String.valueOf(n.getNumericCellValue());
            }
            if (n != null && n.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                && !n.getStringCellValue().isEmpty()) {
              return n.getStringCellValue();
            }
          }
        }
      }
    }
    return null;
  }

  @Test
  void aFileWithoutLayoutIsOneErrorNamingTheVariantWhoseOwnKeysItWrites() throws Exception {
    // a transcriber left out layout: the 甘肃 form's own keys (一级项目名称, 资金用途 …) name it
    Path f = dir.resolve("no-layout.yaml");
    Files.writeString(f, Files.readString(REAL.resolve("2023-jiayuguan.yaml"))
        .replace("layout: gansu-2023-project\n", ""));
    Run r = MainTest.jixiao("validate", "--templates", "templates", f.toString());
    assertEquals(1, r.code(), r.err());
    assertEquals(1, r.err().split("error\\[", -1).length - 1, r.err());
    assertTrue(r.err().contains("error[required]: 缺少必填项 layout"), r.err());
    assertTrue(r.err().contains("是版式 gansu-2023-project 自己的栏目：是不是漏写了 layout: gansu-2023-project？"), r.err());
    // a file of built-in keys only (广水's) is told how to find its layout
    Path g = dir.resolve("no-layout-hubei.yaml");
    Files.writeString(g, Files.readString(Path.of("data/2025/广水市医疗保障局.yaml"))
        .replaceFirst("(?m)^layout: .*\n", ""));
    Run h = MainTest.jixiao("validate", "--templates", "templates", g.toString());
    assertEquals(1, h.code(), h.err());
    assertEquals(1, h.err().split("error\\[", -1).length - 1, h.err());
    assertTrue(h.err().contains("jixiao layouts 加上表名中的几个字"), h.err());
  }

  @Test
  void aBlankGansuFileFromInitNamesItsRowsAndValueAsTheFormHeadsThem() throws Exception {
    Path f = dir.resolve("new.yaml");
    String text = blank(f, "gansu-2023-project", "2024");
    // the value as the form's column heads it, not the generic 指标值
    assertTrue(text.contains("绩效指标：一级指标 → 二级指标 → 三级指标: 指标目标值"), text);
    assertTrue(text.contains("    basis:                  # 政策依据"), text);
    assertTrue(text.contains("      成本指标:             # 一级指标\n        经济成本指标:"), text);
    Run v = MainTest.jixiao("validate", "--templates", "templates", f.toString());
    assertEquals(0, v.code(), v.err());
  }

  @Test
  void qingshan2020PrintsOnlyTheRowsItsKeysNameAndItsSatisfactionLevelOnce() throws Exception {
    assertEquals(List.of(), warnings("2020-qingshan-school.yaml"));
    Path stem = render("2020-qingshan-school.yaml", "2020/武汉市青山区教育局/绩效目标表-农村义务教育薄弱学校改造补助资金");
    String d = docx(stem);
    // no 项目负责人及电话 beside the name and no 其他资金 line: the form's keys leave them out
    assertTrue(d.startsWith("绩效目标表（2020年度）项目名称农村义务教育薄弱学校改造补助资金项目主管部门青山区教育局"
        + "项目执行单位化工区学校资金情况（万元）年度资金总额：16其中：上级资金16总体目标年度目标全面改善"), d);
    assertTrue(d.contains("一级指标二级指标指标内容指标值绩效指标产出指标数量指标农村义务教育学校改造覆盖率100%"), d);
    // 社会公众或服务对象满意度指标 once, across 一级 and 二级
    assertTrue(d.endsWith("可持续影响指标义务教育优质均衡发展情况稳步提高社会公众或服务对象满意度指标学生家长满意度≥90%"
        + "学校满意度≥90%"), d);
    assertTrue(!d.contains("其他资金") && !d.contains("项目负责人"), d);
    assertCells(stem, "化工区学校", "社会公众或服务对象满意度指标");
    assertPdf(stem, "其中：上级资金");
    // init names the third level as the form's column does (texts.yaml level_names)
    Path f = dir.resolve("new.yaml");
    String text = blank(f, "wuhan-qingshan-2020-target", "2021");
    assertTrue(text.contains("绩效指标：一级指标 → 二级指标 → 指标内容: 指标值"), text);
    assertTrue(text.contains("# 二级指标，其下写本单位自己的指标内容"), text);
  }

  @Test
  void nanjiang2023IsTitledWithTheSpecialFundAndBatchItsOwnKeyNames() throws Exception {
    assertEquals(List.of(), warnings("2023-nanjiang.yaml"));
    Path stem = render("2023-nanjiang.yaml",
        "2023/南江县林业局/区域绩效目标表-省级财政林业草原专项资金(天然林保护、林业草原支撑保障体系建设)");
    String d = docx(stem);
    assertTrue(d.startsWith("2023年省级财政林业草原专项资金（第一批）区域绩效目标表"
        + "资金名称省级财政林业草原专项资金(天然林保护、林业草原支撑保障体系建设)主管部门南江县林业局"
        + "中央补助年度金额（万元）158.18总体目标加强森林资源管护，林业草原有害生物无公害防治成效"
        + "一级指标二级指标三级指标指标值绩效指标……"), d);
    assertCells(stem, "南江县林业局");
    assertPdf(stem, "2023年省级财政林业草原专项资金（第一批）区域绩效目标表");
  }

  /** Each of {@code texts} is a cell of the unit's XLSX (its stem + .xlsx). */
  private static void assertCells(Path stem, String... texts) throws Exception {
    List<String> cells = FamilySamplesTest.cells(FamilySamplesTest.with(stem, ".xlsx"));
    for (String t : texts) {
      assertTrue(cells.contains(t), t + " in " + cells);
    }
  }

  /** Each of {@code texts} is on page 1 of the unit's PDF, where a Chinese font is installed. */
  private static void assertPdf(Path stem, String... texts) throws Exception {
    if (MainTest.chineseFontInstalled()) {
      String pdf = FamilySamplesTest.pdfText(FamilySamplesTest.with(stem, ".pdf"), 1);
      for (String t : texts) {
        assertTrue(pdf.contains(t), t + " in " + pdf);
      }
    }
  }
}
