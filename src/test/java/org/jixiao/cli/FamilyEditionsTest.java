package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editions of the public families (FORMS.md L7, L9) as a few lines of variant.yaml over the
 * shipped variants, written into a temporary folder as a maintainer would: the 88号 form with its
 * 年度 side only, and a city's 416号 form with the optional indicator columns and its own review
 * rows. Both render in the three formats and are read back. An edition also names built-in keys
 * as its form prints them, for {@code init}'s comments and {@code schema}'s titles.
 */
class FamilyEditionsTest {
  @TempDir
  Path dir;

  private Path edition(String name, String variant) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("templates").resolve(name));
    Files.writeString(folder.resolve("variant.yaml"), variant);
    return folder;
  }

  private Path write(String text) throws IOException {
    Path f = dir.resolve("data/某单位.yaml");
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
    return f;
  }

  private Run render(Path f) {
    List<String> args = new java.util.ArrayList<>(List.of("render", f.toString(), "--templates",
        dir.resolve("templates").toString(), "--out", dir.resolve("out").toString()));
    if (!MainTest.chineseFontInstalled()) {
      // without a Chinese font the PDF cannot be written (pdf-missing-glyph)
      args.addAll(List.of("--format", "docx,xlsx"));
    }
    return MainTest.jixiao(args.toArray(String[]::new));
  }

  /** The 88号 form of an edition whose keys name no 中期 key: the 年度 side only. */
  @Test
  void an88EditionWithoutTheMidTermKeysPrintsTheAnnualSideOnly() throws Exception {
    edition("county-88", """
        extends: central-2015-project
        description: 某县 项目支出绩效目标申报表（只有年度）
        forms:
          项目支出绩效目标申报表:
            keys:
              project: [name, department, executor, attribute, period, budget, fiscal, other, goal, indicators]
        """);
    Path f = write("""
        layout: county-88
        year: 2024
        unit:
          name: 某县卫生健康委员会
        money_unit: 万元
        projects:
          - name: 基本公共卫生服务
            department: 某县卫生健康委员会
            executor: 某县疾控中心
            attribute: 延续项目
            period: 2024年1月至2024年12月
            budget: 300
            fiscal: 300
            goal: [完成年度基本公共卫生服务]
            indicators:
              产出指标:
                数量指标:
                  建档人数: ≥5000人
              效益指标:
                社会效益指标:
                  居民健康水平: 逐步提高
              满意度指标:
                服务对象满意度指标:
                  居民满意度: ≥90%
        """);
    Run r = render(f);
    assertEquals(0, r.code(), r.err());
    assertFalse(r.err().contains("error["), r.err());
    Path stem = dir.resolve("out/2024/某县卫生健康委员会/项目支出绩效目标申报表-基本公共卫生服务");
    String docx = HostileValuesTest.docxText(Files.readAllBytes(FamilySamplesTest.with(stem, ".docx")));
    assertFalse(docx.contains("中期"), docx);
    assertTrue(docx.contains("年度资金总额：300其中：财政拨款300其他资金年度目标完成年度基本公共卫生服务"), docx);
    assertTrue(docx.contains("一级指标二级指标三级指标指标值绩效指标产出指标数量指标建档人数≥5000人"), docx);
    List<String> cells = FamilySamplesTest.cells(FamilySamplesTest.with(stem, ".xlsx"));
    assertFalse(cells.stream().anyMatch(c -> c.contains("中期")), cells.toString());
    assertTrue(cells.contains("居民满意度") && cells.contains("≥90%"), cells.toString());
    if (MainTest.chineseFontInstalled()) {
      String pdf = FamilySamplesTest.pdfText(FamilySamplesTest.with(stem, ".pdf"), 1);
      assertTrue(pdf.contains("三级指标指标值绩效指标产出指标数量指标建档人数≥5000人"), pdf);
    }
  }

  /**
   * An edition naming some of the 中期 keys gets exactly those parts: 中期目标 beside 年度目标 with
   * the 资金 and the indicator table on the 年度 side alone; or 中期资金 and both indicator sides
   * with 年度目标 alone, and no 项目属性 or 其他资金 line, as its keys name none.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "name, department, executor, attribute, period, budget, fiscal, other, term, long_term_goal, goal, indicators"
          + " | 项目资金（万元）年度资金总额：300其中：财政拨款280其他资金20总体目标中期目标（2024年—2026年）年度目标三年内建成网络完成年度运维"
          + "年度指标一级指标二级指标三级指标指标值绩效指标产出指标数量指标监测站点数≥120个"
          + " | 中期资金,中期指标,运维次数",
      "name, department, executor, period, total_budget, total_fiscal, budget, fiscal, goal, long_term_indicators, indicators"
          + " | 项目期2024年1月至2026年12月项目资金（万元）中期资金总额：900年度资金总额：300其中：财政拨款900其中：财政拨款280"
          + "总体目标年度目标完成年度运维一级指标中期指标年度指标二级指标三级指标指标值二级指标三级指标指标值"
          + "绩效指标产出指标数量指标监测站点数≥120个数量指标监测站点数≥120个运维次数≥36次"
          + " | 中期目标,项目属性,其他资金,三年内建成网络"})
  void an88EditionNamingSomeMidTermKeysPrintsExactlyThoseParts(String keys, String printed, String absent)
      throws Exception {
    edition("city-88", """
        extends: central-2015-project
        forms:
          项目支出绩效目标申报表:
            keys:
              project: [KEYS]
        """.replace("KEYS", keys));
    StringBuilder project = new StringBuilder("""
        layout: city-88
        year: 2024
        unit:
          name: 某市卫生健康委员会
        projects:
          - name: 监测网络运行维护
        """);
    // every key the edition's form prints, and only those (another is refused as layout-key)
    java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
    values.put("department", "某市卫生健康委员会");
    values.put("executor", "某市信息中心");
    values.put("attribute", "延续项目");
    values.put("period", "2024年1月至2026年12月");
    values.put("total_budget", "900");
    values.put("total_fiscal", "900");
    values.put("budget", "300");
    values.put("fiscal", "280");
    values.put("other", "20");
    values.put("term", "2024年—2026年");
    values.put("long_term_goal", "[三年内建成网络]");
    values.put("goal", "[完成年度运维]");
    values.put("long_term_indicators", "{产出指标: {数量指标: {监测站点数: ≥120个, 运维次数: ≥36次}}}");
    values.put("indicators", "{产出指标: {数量指标: {监测站点数: ≥120个}}}");
    List<String> named = List.of(keys.split(",\\s*"));
    values.forEach((k, v) -> {
      if (named.contains(k)) {
        project.append("    ").append(k).append(": ").append(v).append('\n');
      }
    });
    Run r = render(write(project.toString()));
    assertEquals(0, r.code(), r.err());
    assertFalse(r.err().contains("error["), r.err());
    Path stem = dir.resolve("out/2024/某市卫生健康委员会/项目支出绩效目标申报表-监测网络运行维护");
    String docx = HostileValuesTest.docxText(Files.readAllBytes(FamilySamplesTest.with(stem, ".docx")));
    assertTrue(docx.contains(printed), docx);
    List<String> cells = FamilySamplesTest.cells(FamilySamplesTest.with(stem, ".xlsx"));
    String pdf = MainTest.chineseFontInstalled() ? FamilySamplesTest.pdfText(FamilySamplesTest.with(stem, ".pdf"), 1) : "";
    for (String part : absent.split(",")) {
      assertFalse(docx.contains(part), part + " in " + docx);
      assertFalse(cells.stream().anyMatch(c -> c.contains(part)), part + " in " + cells);
      assertFalse(pdf.contains(part), part + " in " + pdf);
    }
    assertTrue(cells.contains("年度资金总额：") && cells.contains("完成年度运维") && cells.contains("≥120个"), cells.toString());
    if (MainTest.chineseFontInstalled()) {
      assertTrue(pdf.contains("完成年度运维") && pdf.contains("监测站点数≥120个"), pdf);
    }
  }

  private static final String CITY_416 = """
      extends: county-416-project
      description: 某市 财政支出项目绩效目标申报表（权重、指标方向、上年度实际水平、绩效标准栏）
      forms:
        财政支出项目绩效目标申报表:
          keys:
            indicator: [value, last_year, direction, standard, weight, note]
      foot:
        - [主管部门审核意见, 审核人：]
        - [第三方机构审核意见]
        - [财政局审核意见, 业务科室：, 绩效科：]
      """;

  private static final String PROJECT_416 = """
      layout: LAYOUT
      year: 2024
      unit:
        name: 某市职业技能服务中心
        contact: 王某
        head: 李某
        date: 2024-01-20
      money_unit: 万元
      functions: [负责全市职业技能培训]
      tasks:
        - {name: 组织培训, 开始时间: 2024年3月, 完成时间: 2024年11月}
      projects:
        - name: 职业技能提升培训
          attribute: 延续项目
          department: 某市人力资源和社会保障局
          executor: 某市职业技能服务中心
          sources: {财政拨款: 80}
          long_term_goal: 提升劳动者技能
          goal: 完成年度培训任务
          long_term_indicators:
            产出指标:
              数量指标:
                累计培训人次: ≥2000人次
          indicators:
            产出指标:
              数量指标:
                培训人次: {value: ≥500人次, last_year: 450人次, direction: 正向, standard: 计划标准, weight: 20}
              成本指标:
                人均培训成本: {value: ≤1600元, last_year: 1650元, direction: 反向, standard: 历史标准, weight: 10, note: 按人次}
            效益指标:
              社会效益指标:
                取证率: {value: ≥80%, last_year: 78%, direction: 正向, standard: 行业标准, weight: 30}
            社会公众或服务对象满意度指标:
              社会公众或服务对象满意度指标:
                学员满意度: {value: ≥90%, direction: 正向, weight: 10}
      """;

  /** A city's 416号 edition turns the optional columns on by its keys and writes its review rows. */
  @Test
  void a416EditionPrintsTheColumnsItsKeysNameAndItsReviewRows() throws Exception {
    edition("city-416", CITY_416);
    Run r = render(write(PROJECT_416.replace("LAYOUT", "city-416")));
    assertEquals(0, r.code(), r.err());
    assertFalse(r.err().contains("error["), r.err());
    Path stem = dir.resolve("out/2024/某市职业技能服务中心/财政支出项目绩效目标申报表-职业技能提升培训");
    String docx = HostileValuesTest.docxText(Files.readAllBytes(FamilySamplesTest.with(stem, ".docx")));
    // the heading row is each table's repeated head; its label is the body's first cell
    assertTrue(docx.contains("一级指标二级指标指标内容指标方向上年度实际水平本年度计划水平绩效标准权重备注年度绩效指标产出指标"), docx);
    assertTrue(docx.contains("培训人次正向450人次≥500人次计划标准20"), docx);
    assertTrue(docx.contains("人均培训成本反向1650元≤1600元历史标准10按人次"), docx);
    assertTrue(docx.contains("学员满意度正向≥90%10"), docx);
    assertTrue(docx.contains("第三方机构审核意见年    月    日财政局审核意见业务科室："), docx);
    List<String> cells = FamilySamplesTest.cells(FamilySamplesTest.with(stem, ".xlsx"));
    assertTrue(cells.contains("上年度实际水平") && cells.contains("78%") && cells.contains("行业标准"),
        cells.toString());
    assertTrue(cells.contains("第三方机构审核意见"), cells.toString());
    if (MainTest.chineseFontInstalled()) {
      String page2 = FamilySamplesTest.pdfText(FamilySamplesTest.with(stem, ".pdf"), 2);
      assertTrue(page2.startsWith("一级指标二级指标指标内容指标方向上年度实际水平本年度计划水平绩效标准权重备注"), page2);
      assertTrue(page2.contains("长期绩效指标"), page2);
      assertTrue(page2.contains("取证率正向78%≥80%行业标准30"), page2);
    }
  }

  /**
   * A value naming one box of a closed list (新增 for 新增项目) is a warning, and the form ticks
   * that box; the other stays empty. A value two boxes contain (项目) ticks none: an error.
   */
  @Test
  void aValueNamingOneBoxTicksThatBox() throws Exception {
    edition("city-416", CITY_416);
    Run r = render(write(PROJECT_416.replace("LAYOUT", "city-416")
        .replace("attribute: 延续项目", "attribute: 新增")));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("warning[value-list]") && r.err().contains("「新增」按「新增项目」处理"),
        r.err());
    String docx = HostileValuesTest.docxText(Files.readAllBytes(dir.resolve(
        "out/2024/某市职业技能服务中心/财政支出项目绩效目标申报表-职业技能提升培训.docx")));
    assertTrue(docx.contains("新增项目 √") && docx.contains("延续项目 □"), docx);

    Run v = MainTest.jixiao("validate", "--templates", dir.resolve("templates").toString(),
        write(PROJECT_416.replace("LAYOUT", "city-416").replace("attribute: 延续项目", "attribute: 项目"))
            .toString());
    assertEquals(1, v.code(), v.err());
    assertTrue(v.err().contains("error[value-list]"), v.err());
  }

  /** The base form prints none of the optional columns: a key of one is refused, not dropped. */
  @Test
  void theBase416FormRefusesTheKeysOfColumnsItDoesNotPrint() throws Exception {
    Run v = MainTest.jixiao("validate", write(PROJECT_416.replace("LAYOUT", "county-416-project")).toString());
    assertEquals(1, v.code(), v.err());
    assertTrue(v.err().contains("error[layout-key]") && v.err().contains("weight"), v.err());
  }

  /** A variant's fields: naming a built-in key retitles it for init and schema; its type stays. */
  @Test
  void anEditionRetitlesBuiltInKeysForInitAndSchema() throws Exception {
    edition("city-416", CITY_416 + """
        fields:
          unit:
            date: {title: 填表日期}
          project:
            executor: {title: 项目单位}
            sources: {title: 资金总额及构成}
        """);
    String templates = dir.resolve("templates").toString();
    Path blank = dir.resolve("blank.yaml");
    Run init = MainTest.jixiao("init", "--templates", templates, "--layout", "city-416",
        "--unit", "某市职业技能服务中心", "--year", "2024", blank.toString());
    assertEquals(0, init.code(), init.err());
    String text = Files.readString(blank);
    assertTrue(text.matches("(?s).*\\n    executor: +# 项目单位\\n.*"), text);
    assertTrue(text.matches("(?s).*\\n  date: +# 填表日期，年-月-日.*"), text);
    assertTrue(text.matches("(?s).*\\n    sources: +# 资金总额及构成：.*（万元）.*"), text);
    // the parent's retitle where the edition writes none (county-416-project: 项目实施单位 …)
    assertTrue(text.matches("(?s).*\\n    goal: +# 年度目标.*"), text);

    Run schema = MainTest.jixiao("schema", "--templates", templates, "--layout", "city-416");
    assertEquals(0, schema.code(), schema.err());
    JsonNode project = new ObjectMapper().readTree(schema.out()).at("/definitions/project/properties");
    assertEquals("项目单位", project.at("/executor/title").asText());
    assertEquals("资金总额及构成", project.at("/sources/title").asText());
    // a retitle changes the name, never the kind of value: sources stays a map of amounts
    JsonNode shipped = new ObjectMapper().readTree(MainTest.jixiao("schema").out())
        .at("/definitions/project/properties/sources");
    assertEquals(shipped.get("additionalProperties"), project.at("/sources/additionalProperties"));
    assertFalse(project.at("/sources/additionalProperties").isMissingNode(), project.toString());

    // and the value is still the built-in key's: printed in its cell, not refused or dropped
    Run r = render(write(PROJECT_416.replace("LAYOUT", "city-416")
        .replace("    executor: 某市职业技能服务中心\n", "    executor: 某市职业技能实训基地\n")));
    assertEquals(0, r.code(), r.err());
    String docx = HostileValuesTest.docxText(Files.readAllBytes(dir.resolve(
        "out/2024/某市职业技能服务中心/财政支出项目绩效目标申报表-职业技能提升培训.docx")));
    assertTrue(docx.contains("项目实施单位某市职业技能实训基地项目负责人"), docx);
  }

  /** A built-in key's kind of value is the schema's: an edition cannot change it. */
  @Test
  void anEditionCannotChangeTheKindOfABuiltInKey() throws Exception {
    edition("city-416", CITY_416 + """
        fields:
          project:
            budget: {title: 本年预算, kind: text}
        """);
    Run v = MainTest.jixiao("validate", write(PROJECT_416.replace("LAYOUT", "city-416")).toString(),
        "--templates", dir.resolve("templates").toString());
    assertEquals(1, v.code(), v.err());
    assertTrue(v.err().contains("variant.yaml") && v.err().contains("budget 是内置键，不能改它的 kind"), v.err());
    assertFalse(v.err().contains("Exception"), v.err());
  }

  /** The shipped 88号 form names its keys as it prints them. */
  @Test
  void theShipped88FormNamesExecutorAsItPrintsIt() throws Exception {
    Path blank = dir.resolve("blank.yaml");
    Run init = MainTest.jixiao("init", "--layout", "central-2015-project", "--unit", "某部", "--year", "2024",
        blank.toString());
    assertEquals(0, init.code(), init.err());
    String text = Files.readString(blank);
    assertTrue(text.matches("(?s).*\\n    executor: +# 实施单位\\n.*"), text);
    assertTrue(text.matches("(?s).*\\n    department: +# 主管部门及代码\\n.*"), text);
  }
}
