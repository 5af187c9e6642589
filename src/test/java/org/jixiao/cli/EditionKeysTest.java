package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.cli.MainTest.Run;
import org.jixiao.layout.Cell;
import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutReader;
import org.jixiao.layout.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edition of the 88号 family prints what its variant.yaml keys name, with no template of its
 * own: indicator columns (the keys of its {@code keys: indicator:} in the order listed, built-in
 * (指标解释, 计量单位) or its own (权重), headed by texts.yaml {@code columns:} or the field's title;
 * many turn the page landscape) and the 填报人 / 联系电话 lines under the table.
 */
class EditionKeysTest {
  @TempDir
  Path dir;

  private static final String DECLARATION = """
      layout: EDITION
      year: 2025
      unit: {name: 某市某局}
      projects:
        - name: 某某项目
          budget: 100
          goal: 完成某某工作。
          indicators:
            产出指标:
              数量指标:
                培训人次: {value: ≥500, explanation: 全年组织培训的人次, unit: 人次, 权重: "20"}
            满意度指标:
              服务对象满意度指标:
                参训人员满意度: {value: ≥90%, explanation: 问卷调查满意的比例, unit: "%", 权重: "30"}
      """;

  private Layout layout(String edition, String indicatorKeys) throws IOException {
    variant(edition, """
        extends: central-2015-project
        forms:
          项目支出绩效目标申报表:
            keys:
              project: [name, budget, goal, indicators]
              indicator: KEYS
        fields:
          indicator:
            权重: {title: 权重（分）, kind: text}
        """.replace("KEYS", indicatorKeys));
    Path f = dir.resolve(edition + ".yaml");
    String yaml = DECLARATION.replace("EDITION", edition);
    if (!indicatorKeys.contains("权重")) {
      yaml = yaml.replaceAll(", 权重: \"\\d+\"", "");
    }
    if (!indicatorKeys.contains("explanation")) {
      yaml = yaml.replaceAll(", explanation: [^,}]+", "");
    }
    if (!indicatorKeys.contains("unit")) {
      yaml = yaml.replaceAll(", unit: (人次|\"%\")", "");
    }
    Files.writeString(f, yaml);
    return LayoutReader.read(emit(f));
  }

  /** Writes {@code templates/NAME/variant.yaml} of this test's templates. */
  private void variant(String name, String yaml) throws IOException {
    Path t = Files.createDirectories(dir.resolve("templates").resolve(name));
    Files.writeString(t.resolve("variant.yaml"), yaml);
  }

  /** The layout XML {@code jixiao render f --emit layout} prints over this test's templates. */
  private String emit(Path f) {
    Run r = MainTest.jixiao("render", f.toString(), "--emit", "layout", "--templates",
        dir.resolve("templates").toString());
    assertEquals(0, r.code(), r.err());
    return r.out();
  }

  /** The texts of a row of the indicator table (the second, joined table), its label cell left out. */
  private static List<String> row(Layout l, int index) {
    Table indicators = l.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b)
        .skip(1).findFirst().orElseThrow();
    return indicators.rows().get(index).cells().stream().skip(1).map(Cell::text).toList();
  }

  @Test
  void theColumnsFollowTheKeysInTheirOrderHeadedByTextsOrTheFieldsTitle() throws IOException {
    Layout l = layout("wide", "[explanation, value, unit, 权重]");
    assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标解释", "指标值", "计量单位", "权重（分）"), row(l, 0));
    assertEquals(List.of("产出指标", "数量指标", "培训人次", "全年组织培训的人次", "≥500", "人次", "20"), row(l, 1));
    assertTrue(l.page().landscape(), "seven indicator columns leave 三级指标 too narrow in portrait");
  }

  @Test
  void oneColumnMoreStaysPortraitAndOnlyValueIsTheFamilysTable() throws IOException {
    Layout one = layout("one", "[value, explanation]");
    assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值", "指标解释"), row(one, 0));
    assertTrue(!one.page().landscape());
    Layout plain = layout("plain", "[value]");
    assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值"), row(plain, 0));
  }

  /** The 部门整体 form of the family takes the same columns from its keys. */
  @Test
  void theDepartmentFormOfTheFamilyTakesColumnsFromItsKeysToo() throws IOException {
    variant("dept-edition", """
        extends: central-2015-dept
        forms:
          部门（单位）整体支出绩效目标申报表:
            keys:
              indicator: [value, note]
        """);
    Path f = dir.resolve("dept.yaml");
    Files.writeString(f, """
        layout: dept-edition
        year: 2025
        unit: {name: 某市某局}
        annual_goal: 完成年度工作。
        annual_indicators:
          产出指标:
            数量指标:
              完成检查次数: {value: ≥12次, note: 每月一次}
        """);
    Layout l = LayoutReader.read(emit(f));
    assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值", "备注"), row(l, 0));
    assertEquals(List.of("产出指标", "数量指标", "完成检查次数", "≥12次", "每月一次"), row(l, 1));
  }

  /** keys: unit: [name, contact, phone, date] prints those lines under the project form's table. */
  @Test
  void theProjectFormPrintsTheSignatureLinesItsKeysName() throws IOException {
    variant("signed", """
        extends: central-2015-project
        forms:
          项目支出绩效目标申报表:
            keys:
              unit: [name, contact, phone, date]
              project: [name, budget, goal, indicators]
        """);
    Path f = dir.resolve("signed.yaml");
    Files.writeString(f, DECLARATION.replace("EDITION", "signed")
        .replace("unit: {name: 某市某局}", "unit: {name: 某市某局, contact: 张三, phone: 0710-1234567, date: 2025年1月10日}")
        .replaceAll(", (explanation|unit|权重): [^,}]+", ""));
    String out = emit(f);
    assertTrue(out.contains("<line size=\"10\"><left>填报人：张三</left><right>联系电话：0710-1234567</right></line>"), out);
    assertTrue(out.contains("<left>填报日期：2025 年 1 月 10 日</left></line>"), out);
  }

  /** 中期 beside 年度: each side carries the columns its keys name, the page landscape. */
  @Test
  void bothSidesCarryTheColumnsTheKeysName() throws IOException {
    variant("both", """
        extends: central-2015-project
        forms:
          项目支出绩效目标申报表:
            keys:
              project: [name, budget, goal, long_term_indicators, indicators]
              indicator: [value, unit]
        """);
    Path f = dir.resolve("both.yaml");
    Files.writeString(f, """
        layout: both
        year: 2025
        unit: {name: 某市某局}
        projects:
          - name: 某某项目
            budget: 100
            goal: 完成某某工作。
            long_term_indicators:
              产出指标:
                数量指标:
                  培训人次: {value: ≥1500, unit: 人次}
            indicators:
              产出指标:
                数量指标:
                  培训人次: {value: ≥500, unit: 人次}
        """);
    Layout l = LayoutReader.read(emit(f));
    assertTrue(l.page().landscape());
    assertEquals(List.of("二级指标", "三级指标", "指标值", "计量单位", "二级指标", "三级指标", "指标值", "计量单位"), row(l, 1));
    assertEquals(List.of("产出指标", "数量指标", "培训人次", "≥1500", "人次", "数量指标", "培训人次", "≥500", "人次"),
        row(l, 2));
  }
}
