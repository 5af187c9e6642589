package org.jixiao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.diag.Messages;
import org.junit.jupiter.api.Test;

/**
 * A project table that prints a third-level name twice (two lines of 村组干部人数, as system
 * exports do) is written as a list under its 二级 — or under its 一级 in a two-level table —
 * and keeps both lines in order, as the unit tables do.
 */
class ProjectIndicatorListTest {
  private static List<String> names(String yaml) {
    Validator.Report r = new Validator(InvalidCorpusTest.LAYOUTS, Messages.ZH, false)
        .check("list.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), r.diagnostics().stream().filter(d -> d.isError()).toList());
    return r.declaration().projects().get(0).indicators().stream()
        .flatMap(c -> c.groups().stream()).flatMap(g -> g.indicators().stream())
        .map(i -> i.name() + "=" + i.value()).toList();
  }

  @Test
  void aThreeLevelProjectTableTakesARepeatedNameAsAList() {
    assertEquals(List.of("村组干部人数=230", "村组干部人数=20", "维护社会稳定=95", "人民群众满意度=95"), names("""
        layout: sichuan-2023-projects
        year: 2023
        unit: {name: 某镇人民政府}
        money_unit: 元
        projects:
          - name: 村组干部报酬
            budget: 3,309,840.00
            goal: 按时发放村组干部报酬
            indicators:
              产出指标:
                数量指标:
                  - 村组干部人数: {type: ≥, value: "230", unit: 个}
                  - 村组干部人数: {type: ≥, value: "20", unit: 个}
              效益指标:
                社会效益指标:
                  维护社会稳定: {type: ≥, value: "95", unit: "%"}
              满意度指标:
                服务对象满意度指标:
                  人民群众满意度: {type: ≥, value: "95", unit: "%"}
        """));
  }

  @Test
  void aTwoLevelProjectTableTakesARepeatedNameAsAListUnderItsFirstLevel() {
    List<String> got = names("""
        layout: ezhou-2022-project
        year: 2022
        unit: {name: 某中心}
        money_unit: 万元
        projects:
          - name: 办公大楼运行保障
            goal: [以办公大楼服务对象满意为目标]
            indicators:
              数量指标:
                - 维修维护次数: {explanation: 日常, value: 2280次}
                - 维修维护次数: {explanation: 大型设备, value: 20次}
              质量指标:
                验收合格率: {explanation: 反映维修维护质量, value: ≥92%}
        """);
    assertEquals(List.of("维修维护次数=2280次", "维修维护次数=20次", "验收合格率=≥92%"), got);
  }

  @Test
  void aTableWhoseFirstLevelsComeAgainIsAListOfFirstLevelsReadInOrder() {
    Validator.Report r = new Validator(InvalidCorpusTest.LAYOUTS, Messages.ZH, false).check("list.yaml", """
        layout: sichuan-2023-projects
        year: 2023
        unit: {name: 某镇人民政府}
        money_unit: 元
        projects:
          - name: 村组干部报酬
            budget: 3,309,840.00
            goal: 按时发放村组干部报酬
            indicators:
              - 效益指标:
                  社会效益指标:
                    维护社会稳定: {type: ≥, value: "95", unit: "%"}
              - 产出指标:
                  时效指标:
                    维持时效: {type: ≥, value: "1", unit: 年}
              - 效益指标:
                  经济效益指标:
                    促进村集体经济发展: {type: ≥, value: "95", unit: "%"}
              - 满意度指标:
                  服务对象满意度指标:
                    人民群众满意度: {type: ≥, value: "95", unit: "%"}
        """.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), r.diagnostics());
    assertEquals(List.of("效益指标", "产出指标", "效益指标", "满意度指标"),
        r.declaration().projects().get(0).indicators().stream().map(c -> c.name()).toList());
  }

  @Test
  void aListItemWithTwoFirstLevelsIsRefusedAtItsLine() {
    Validator.Report r = new Validator(InvalidCorpusTest.LAYOUTS, Messages.ZH, false).check("list.yaml", """
        layout: sichuan-2023-projects
        year: 2023
        unit: {name: 某镇人民政府}
        money_unit: 元
        projects:
          - name: 村组干部报酬
            budget: 3,309,840.00
            goal: 按时发放村组干部报酬
            indicators:
              - 效益指标:
                  社会效益指标:
                    维护社会稳定: {type: ≥, value: "95", unit: "%"}
                产出指标:
                  时效指标:
                    维持时效: {type: ≥, value: "1", unit: 年}
        """.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("10:error:type"), r.diagnostics().stream()
        .map(d -> d.line() + ":" + (d.isError() ? "error" : "warning") + ":" + d.rule()).distinct().toList());
  }
}
