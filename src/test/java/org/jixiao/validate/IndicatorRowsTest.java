package org.jixiao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.render.Renderer;
import org.jixiao.render.Samples;
import org.junit.jupiter.api.Test;

/**
 * An indicator table written row by row (一级指标 | 二级指标 | 三级指标 | the form's columns) prints
 * exactly as the same table written by levels, with one indicator-rows warning and no warning
 * for each column written by the form's name.
 */
class IndicatorRowsTest {
  private static final String HEAD = """
      layout: hunan
      year: 2023
      unit:
        name: 某县某局
      projects:
        - name: 培训项目
          budget: 10
          goal: 完成培训
          indicators:
      """;

  private static final String NESTED = HEAD + """
            成本指标:
              经济成本指标:
                培训费: {value: 10, unit: 万元, type: ≤}
            产出指标:
              数量指标:
                培训人次: {value: 500, unit: 人次, type: ≥}
              质量指标:
                培训合格率: {value: 90, unit: "%", type: ≥}
              时效指标:
                按时完成率: 100%
            效益指标:
              社会效益指标:
                群众知晓率: {value: 90, unit: "%", type: ≥}
            满意度指标:
              服务对象满意度指标:
                学员满意度: {value: 90, unit: "%", type: ≥, note: 问卷}
      """;

  private static final String ROWS = HEAD + """
            - {一级指标: 成本指标, 二级指标: 经济成本指标, 三级指标: 培训费, 指标值: 10, 度量单位: 万元, 指标值类型: ≤}
            - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 培训人次, 指标值: 500, 度量单位: 人次, 指标值类型: ≥}
            - {一级指标: 产出指标, 二级指标: 质量指标, 三级指标: 培训合格率, 指标值: 90, 度量单位: "%", 指标值类型: ≥}
            - {一级指标: 产出指标, 二级指标: 时效指标, 三级指标: 按时完成率, 指标值: 100%}
            - 一级指标: 效益指标
              二级指标: 社会效益指标
              三级指标: 群众知晓率
              指标值: 90
              度量单位: "%"
              指标值类型: ≥
            - {一级指标: 满意度指标, 二级指标: 服务对象满意度指标, 三级指标: 学员满意度, 指标值: 90, 度量单位: "%", 指标值类型: ≥, 备注: 问卷}
      """;



  @Test
  void aTableWrittenRowByRowPrintsAsTheSameTableWrittenByLevels() {
    Renderer r = Samples.renderer();
    Validator.Report nested = Transcribed.check(r, NESTED);
    Validator.Report rows = Transcribed.check(r, ROWS);
    assertTrue(!nested.hasErrors() && !rows.hasErrors(), rows.diagnostics().toString());
    List<String> extra = Transcribed.extraRules(nested, rows);
    assertEquals(List.of("indicator-rows"), extra, rows.diagnostics().toString());
    assertEquals(10, rows.diagnostics().stream().filter(d -> d.rule().equals("indicator-rows"))
        .findFirst().orElseThrow().line());
    assertEquals(Transcribed.printed(r, nested), Transcribed.printed(r, rows));
  }

  @Test
  void aRowWritingValueAndAColumnOfValuesLosesNeither() {
    Renderer r = Samples.renderer();
    Validator.Report both = Transcribed.check(r, HEAD + """
            - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 培训人次, value: 500, 指标值: 600}
      """);
    assertTrue(both.hasErrors(), both.diagnostics().toString());
    assertTrue(both.diagnostics().stream().anyMatch(d -> d.isError() && d.message().contains("指标值")),
        both.diagnostics().toString());
  }

  @Test
  void rowsNamingOneIndicatorTwiceAreLeftAsWritten() {
    Renderer r = Samples.renderer();
    Validator.Report twice = Transcribed.check(r, HEAD + """
            - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 培训人次, 指标值: 500}
            - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 培训人次, 指标值: 600}
      """);
    assertTrue(twice.hasErrors(), twice.diagnostics().toString());
    assertTrue(twice.diagnostics().stream().noneMatch(d -> d.rule().equals("indicator-rows")));
  }

  /** {@code text} with its first indicators table (its lines from {@code from} on) replaced. */
  private static String replaced(String text, String from, String rows) {
    int at = text.indexOf(from);
    int end = at + from.length();
    // the table ends at the first line indented no deeper than its key
    String indent = from.substring(0, from.length() - from.stripLeading().length());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\n(?!" + indent + " )").matcher(text);
    int stop = m.find(end) ? m.start() + 1 : text.length();
    return text.substring(0, at) + from + "\n" + rows + text.substring(stop);
  }

  private static void samePrint(String nestedText, String rowsText, String heads) {
    Renderer r = Samples.renderer();
    Validator.Report nested = Transcribed.check(r, nestedText);
    Validator.Report rows = Transcribed.check(r, rowsText);
    assertTrue(!nested.hasErrors(), nested.diagnostics().toString());
    assertTrue(!rows.hasErrors(), rows.diagnostics().toString());
    Diagnostic said = rows.diagnostics().stream().filter(d -> d.rule().equals("indicator-rows"))
        .findFirst().orElseThrow();
    assertTrue(said.message().contains(heads), said.message());
    assertEquals(Transcribed.printed(r, nested), Transcribed.printed(r, rows));
  }

  private static final String DAQING = """
      layout: heilongjiang-daqing-project
      year: 2024
      unit:
        name: 大庆市某局
      projects:
        - name: 城区道路维修
          goal: 完成城区道路维修
          indicators:
      """;

  @Test
  void aTwoLevelFormsRowsAreReadByTheLevelNamesItsTextsGive() {
    // 大庆's table heads its first level 二级指标 and its indicators 三级指标 (level_names)
    samePrint(DAQING + """
              目标完成程度:
                维修道路长度: {last_year: 10公里, value: 12公里, content: 实际维修长度}
                工程验收合格率: {last_year: 100%, value: 100%}
              项目实施效益:
                群众满意度: ≥90%
        """, DAQING + """
              - {二级指标: 目标完成程度, 三级指标: 维修道路长度, 上年度实际水平: 10公里, 本年度计划水平: 12公里, 指标内容/计算公式: 实际维修长度}
              - {二级指标: 目标完成程度, 三级指标: 工程验收合格率, 上年度实际水平: 100%, 本年度计划水平: 100%}
              - {二级指标: 项目实施效益, 三级指标: 群众满意度, 本年度计划水平: ≥90%}
        """, "二级指标、三级指标各占一列");
  }

  @Test
  void aFormsOwnNameOfItsIndicatorColumnNamesThem() throws Exception {
    // 青山's third column is 指标内容 (level_names)
    String fixture = java.nio.file.Files.readString(
        java.nio.file.Path.of("src/test/resources/real/2020-qingshan-school.yaml"));
    samePrint(fixture, replaced(fixture, "    indicators:", """
              - {一级指标: 产出指标, 二级指标: 数量指标, 指标内容: 农村义务教育学校改造覆盖率, 指标值: 100%}
              - {一级指标: 产出指标, 二级指标: 质量指标, 指标内容: 校舍维修改造质量合格率, 指标值: 100%}
              - {一级指标: 产出指标, 二级指标: 质量指标, 指标内容: 购置设施设备质量合格率, 指标值: 100%}
              - {一级指标: 产出指标, 二级指标: 时效指标, 指标内容: 预算资金当年下达率, 指标值: 100%}
              - {一级指标: 产出指标, 二级指标: 时效指标, 指标内容: 项目按计划完成率, 指标值: 100%}
              - {一级指标: 产出指标, 二级指标: 成本指标, 指标内容: 建设项目成本控制率, 指标值: 100%}
              - {一级指标: 效益指标, 二级指标: 可持续影响指标, 指标内容: 义务教育优质均衡发展情况, 指标值: 稳步提高}
              - {一级指标: 社会公众或服务对象满意度指标, 二级指标: 社会公众或服务对象满意度指标, 指标内容: 学生家长满意度, 指标值: ≥90%}
              - {一级指标: 社会公众或服务对象满意度指标, 二级指标: 社会公众或服务对象满意度指标, 指标内容: 学校满意度, 指标值: ≥90%}
        """), "一级指标、二级指标、指标内容各占一列");
  }

  @Test
  void aTwoLevelFormsIndicatorsMayBeHeadedBySecondLevel() throws Exception {
    // 鄂州's 一级指标 | 二级指标 | 指标解释 | 指标值: its 二级指标 column names the indicators
    String fixture = java.nio.file.Files.readString(
        java.nio.file.Path.of("src/test/resources/real/2022-ezhou.yaml"));
    String nested = replaced(fixture, "    indicators:", """
              数量指标:
                办公大楼日常维修维护次数: {explanation: 反映办公大楼全年维修维护情况, value: 2280次}
              成本指标:
                成本控制率: 不超预算
        """);
    samePrint(nested, replaced(fixture, "    indicators:", """
              - {一级指标: 数量指标, 二级指标: 办公大楼日常维修维护次数, 指标解释: 反映办公大楼全年维修维护情况, 指标值: 2280次}
              - {一级指标: 成本指标, 二级指标: 成本控制率, 指标值: 不超预算}
        """), "一级指标、三级指标各占一列");
  }

  @Test
  void the416FormsNameOfItsIndicatorColumnNamesThem() throws Exception {
    // the 416号 county form heads its indicators 指标内容 (texts.yaml level_names)
    String sample = java.nio.file.Files.readString(
        java.nio.file.Path.of("data/2021/宁乡市坝塘镇人民政府.yaml"));
    String nested = replaced(sample, "    indicators:", """
              产出指标:
                数量指标:
                  培训人次: 500人次
                质量指标:
                  培训合格率: ≥90%
              效益指标:
                社会效益指标:
                  群众知晓率: ≥90%
        """);
    samePrint(nested, replaced(sample, "    indicators:", """
              - {一级指标: 产出指标, 二级指标: 数量指标, 指标内容: 培训人次, 指标值: 500人次}
              - {一级指标: 产出指标, 二级指标: 质量指标, 指标内容: 培训合格率, 指标值: ≥90%}
              - {一级指标: 效益指标, 二级指标: 社会效益指标, 指标内容: 群众知晓率, 指标值: ≥90%}
        """), "一级指标、二级指标、指标内容各占一列");
  }

  @Test
  void rowsUnderTheTablesPrintedNameAreReadAsRowsToo() {
    // 大庆 titles a project's indicators 绩效指标: written so, the table is found by that name
    String rows = """
              - {二级指标: 目标完成程度, 三级指标: 维修道路长度, 本年度计划水平: 12公里}
              - {二级指标: 项目实施效益, 三级指标: 群众满意度, 本年度计划水平: ≥90%}
        """;
    Renderer r = Samples.renderer();
    Validator.Report byKey = Transcribed.check(r, DAQING + rows);
    Validator.Report byName = Transcribed.check(r, DAQING.replace("    indicators:", "    绩效指标:") + rows);
    assertTrue(!byKey.hasErrors() && !byName.hasErrors(), byName.diagnostics().toString());
    List<String> extra = Transcribed.extraRules(byKey, byName);
    assertEquals(List.of("key-as-printed"), extra, byName.diagnostics().toString());
    assertTrue(byName.diagnostics().stream().anyMatch(d -> d.rule().equals("indicator-rows")));
    assertEquals(Transcribed.printed(r, byKey), Transcribed.printed(r, byName));
  }

  private static final String P88 = """
      layout: central-2015-project
      year: 2025
      unit: {name: 某部}
      projects:
        - name: 职业技能培训
          budget: 500
          long_term_goal: [三年培训10000人次]
          goal: [年度培训3000人次]
      """;

  @Test
  void the88FormsOneTableWithItsTwoSidesInARowIsReadAsItsTwoTables() {
    // 一级 | 二级 | 三级 | 中期指标值 | 年度指标值 under 绩效指标, a side left blank where the form is
    Renderer r = Samples.renderer();
    Validator.Report nested = Transcribed.check(r, P88 + """
            long_term_indicators:
              产出指标:
                数量指标:
                  培训人次: 10000人次
              效益指标:
                社会效益指标:
                  就业率提升: 5%
            indicators:
              产出指标:
                数量指标:
                  培训人次: 3000人次
        """);
    Validator.Report rows = Transcribed.check(r, P88 + """
            绩效指标:
              - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 培训人次, 中期指标值: 10000人次, 年度指标值: 3000人次}
              - {一级指标: 效益指标, 二级指标: 社会效益指标, 三级指标: 就业率提升, 中期指标值: 5%}
        """);
    assertTrue(!nested.hasErrors() && !rows.hasErrors(), rows.diagnostics().toString());
    assertEquals(java.util.Set.of("key-as-printed", "indicator-rows"),
        java.util.Set.copyOf(Transcribed.extraRules(nested, rows)), rows.diagnostics().toString());
    assertTrue(rows.diagnostics().stream().anyMatch(d -> d.message().startsWith("指标表的中期（长期）与年度两侧写在同一行")));
    assertEquals(Transcribed.printed(r, nested), Transcribed.printed(r, rows));
  }

  @Test
  void levelCellsLeftEmptyUnderFilledOnesAreTheOnesAbove() {
    // a spreadsheet copied with its merged cells: all but the first of a merged run are empty
    Renderer r = Samples.renderer();
    Validator.Report full = Transcribed.check(r, HEAD + """
            - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 培训人次, 指标值: 500人次}
            - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 培训场次, 指标值: 5场}
            - {一级指标: 产出指标, 二级指标: 质量指标, 三级指标: 培训合格率, 指标值: ≥90%}
            - {一级指标: 效益指标, 二级指标: 社会效益指标, 三级指标: 群众知晓率, 指标值: ≥90%}
            - {一级指标: 效益指标, 二级指标: 社会效益指标, 三级指标: 技能提升率, 指标值: ≥80%}
        """);
    Validator.Report merged = Transcribed.check(r, HEAD + """
            - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 培训人次, 指标值: 500人次}
            - {一级指标: , 二级指标: , 三级指标: 培训场次, 指标值: 5场}
            - {二级指标: 质量指标, 三级指标: 培训合格率, 指标值: ≥90%}
            - {一级指标: 效益指标, 二级指标: 社会效益指标, 三级指标: 群众知晓率, 指标值: ≥90%}
            - {三级指标: 技能提升率, 指标值: ≥80%}
        """);
    assertTrue(!full.hasErrors() && !merged.hasErrors(), merged.diagnostics().toString());
    assertEquals(List.of(), Transcribed.extraRules(full, merged), merged.diagnostics().toString());
    assertEquals(Transcribed.printed(r, full), Transcribed.printed(r, merged));
    // the first row empty: nothing above it to take
    Validator.Report none = Transcribed.check(r, HEAD + """
            - {一级指标: , 二级指标: 数量指标, 三级指标: 培训人次, 指标值: 500人次}
        """);
    assertTrue(none.hasErrors(), none.diagnostics().toString());
  }
}
