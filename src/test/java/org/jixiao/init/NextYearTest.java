package org.jixiao.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.jixiao.model.Declaration;
import org.jixiao.model.DeclarationReader;
import org.jixiao.model.Indicator;
import org.jixiao.model.YamlLoader;
import org.jixiao.template.TemplateRoot;
import org.junit.jupiter.api.Test;

class NextYearTest {
  static final TemplateRoot ROOT = TemplateRoot.folder(Path.of("templates"));
  static final org.jixiao.variant.Variants VARIANTS = new org.jixiao.variant.Variants(ROOT);

  private static Declaration read(String text) {
    return DeclarationReader.read("t.yaml", YamlLoader.parse("t.yaml", text),
        Set.of("hubei", "henan"));
  }

  @Test
  void blockLeavesScalarLeavesAndCommentsAreCarriedForward() {
    String last = """
        layout: hubei
        year: 2025
        unit:
          name: 某局
          date: 2024-10-01   # 去年的日期
        annual_indicators:
          运行成本:
            公用经费控制:
              公用经费控制率: ≤95%
              在职人员控制率:
                last_year: 90%   # 我的注释
                value: 95%
        """;
    String next = NextYear.of("last.yaml", last, VARIANTS.get("hubei"));
    Declaration d = read(next);
    assertEquals(2026, d.year());
    assertEquals(null, d.unit().date());
    var items = d.annualIndicators().get(0).groups().get(0).indicators();
    Indicator a = items.get(0);
    assertEquals("", a.yearBefore());
    assertEquals("≤95%", a.lastYear());
    assertEquals("≤95%", a.value());
    Indicator b = items.get(1);
    assertEquals("90%", b.yearBefore());
    assertEquals("95%", b.lastYear());
    assertEquals("95%", b.value());
    assertTrue(next.contains("# 我的注释"), next);
    assertTrue(next.contains("# 去年的日期"), next);
    assertTrue(next.contains("公用经费控制率: {last_year: ≤95%, value: ≤95%}  # "
        + NextYear.CONFIRM), next);
  }

  @Test
  void aYearWrittenWithItsCharacterBecomesNextYearInTheSameForm() {
    String next = NextYear.of("last.yaml", "layout: henan\nyear: 2021年\nunit: {name: 某局}\n",
        VARIANTS.get("henan"));
    assertTrue(next.endsWith("year: 2022年\nunit: {name: 某局}\n"), next);
  }

  @Test
  void aYearWrittenAsTheTitlePrintsItBecomesNextYearInTheSameForm() {
    String next = NextYear.of("last.yaml", "layout: henan\nyear: 2021年度\nunit: {name: 某局}\n",
        VARIANTS.get("henan"));
    assertTrue(next.endsWith("year: 2022年度\nunit: {name: 某局}\n"), next);
  }

  @Test
  void aLayoutWithoutHistoryColumnsKeepsItsValuesAsWritten() {
    String last = "layout: henan\nyear: 2021\nunit: {name: 某局}\nannual_indicators:\n"
        + "  预算执行率: 100%\n";
    String next = NextYear.of("last.yaml", last, VARIANTS.get("henan"));
    assertTrue(next.endsWith("year: 2022\nunit: {name: 某局}\nannual_indicators:\n"
        + "  预算执行率: 100%\n"), next);
  }

  @Test
  void aHubeiProjectsAnnualTableIsShiftedAndItsYearsAndBudgetChangesStayAsWritten() {
    String last = """
        layout: hubei
        year: 2025
        unit: {name: 某局}
        projects:
          - name: 某项目
            budget: 10.00
            start_year: 2024
            end_year: 2026
            budget_changes: 2024 年下达预算资金 10 万元
            long_term_indicators:
              产出指标:
                数量指标:
                  激活率: ＞90%
            indicators:
              产出指标:
                数量指标:
                  激活率: {year_before: ＞60%, last_year: ＞80%, value: ＞90%, basis: 上年数据}
                质量指标:
                  结算率: 60%
        """;
    String next = NextYear.of("last.yaml", last, VARIANTS.get("hubei"));
    var p = read(next).projects().get(0);
    var items = p.indicators().get(0).groups();
    Indicator a = items.get(0).indicators().get(0);
    assertEquals("＞80%", a.yearBefore());
    assertEquals("＞90%", a.lastYear());
    assertEquals("＞90%", a.value());
    assertEquals("上年数据", a.basis());
    Indicator b = items.get(1).indicators().get(0);
    assertEquals("", b.yearBefore());
    assertEquals("60%", b.lastYear());
    assertTrue(next.contains("激活率: {year_before: ＞80%, last_year: ＞90%, value: ＞90%, basis: "
        + "上年数据}  # " + NextYear.CONFIRM), next);
    assertTrue(next.contains("      激活率: ＞90%\n"), "the 长期 table has no history: " + next);
    assertTrue(next.contains("start_year: 2024\n    end_year: 2026\n"
        + "    budget_changes: 2024 年下达预算资金 10 万元\n"), next);
  }

  @Test
  void aProjectTableWrittenAsAListOfFirstLevelsIsShiftedToo() {
    String last = """
        layout: hubei
        year: 2025
        unit: {name: 某局}
        projects:
          - name: 某项目
            budget: 10.00
            indicators:
              - 效益指标:
                  社会效益指标:
                    满意率: {year_before: 80%, last_year: 85%, value: 90%}
              - 产出指标:
                  数量指标:
                    激活率: {last_year: 50%, value: 60%}
        """;
    String next = NextYear.of("last.yaml", last, VARIANTS.get("hubei"));
    var p = read(next).projects().get(0);
    assertEquals("效益指标", p.indicators().get(0).name());
    Indicator a = p.indicators().get(0).groups().get(0).indicators().get(0);
    assertEquals("85%", a.yearBefore());
    assertEquals("90%", a.lastYear());
    Indicator b = p.indicators().get(1).groups().get(0).indicators().get(0);
    assertEquals("50%", b.yearBefore());
    assertEquals("60%", b.lastYear());
  }

  @Test
  void aTableWrittenAsAListOfFirstLevelsIsShiftedToo() {
    String last = """
        layout: hubei-2023
        year: 2024
        unit: {name: 某局}
        annual_indicators:
          - 履职效能:
              核心业务产出1:
                定点医疗机构: {year_before: 2000家, last_year: 2100家, value: 2157家}
          - 满意度:
              服务对象满意度:
                参保群众满意度: ≥90%
        """;
    String next = NextYear.of("last.yaml", last, VARIANTS.get("hubei-2023"));
    assertTrue(next.contains("定点医疗机构: {year_before: 2100家, last_year: 2157家, value: 2157家}  # "
        + NextYear.CONFIRM), next);
    assertTrue(next.contains("参保群众满意度: {last_year: ≥90%, value: ≥90%}  # " + NextYear.CONFIRM), next);
  }

  @Test
  void aHunanProjectTableHasNoHistoryColumnsAndKeepsItsValues() {
    String body = "unit: {name: 某局}\nprojects:\n  - name: 某项目\n    budget: 50.00\n"
        + "    indicators:\n      产出指标:\n        数量指标:\n"
        + "          租用层数: {value: 2, unit: 层, type: ≥}\n";
    String next = NextYear.of("last.yaml", "layout: hunan\nyear: 2023\n" + body,
        VARIANTS.get("hunan"));
    assertTrue(next.endsWith("layout: hunan\nyear: 2024\n" + body), next);
  }

  @Test
  void aValueWithACommaMovedIntoAFlowMappingIsQuoted() {
    String last = "layout: hubei\nyear: 2025\nunit: {name: 某局}\nannual_indicators:\n"
        + "  运行成本:\n    公用经费控制:\n      公用经费控制率: 95%, 以上\n";
    String next = NextYear.of("last.yaml", last, VARIANTS.get("hubei"));
    Indicator a = read(next).annualIndicators().get(0).groups().get(0).indicators().get(0);
    assertEquals("95%, 以上", a.lastYear());
    assertEquals("95%, 以上", a.value());
  }
}
