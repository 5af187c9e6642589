package org.jixiao.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorCategory;
import org.jixiao.model.IndicatorGroup;
import org.junit.jupiter.api.Test;

class IndicatorRowTest {
  private static Indicator indicator(String name, String value) {
    return new Indicator(name, value, "", "", "", "", "", "", "人", "≥", "", "", 1, 1,
        Map.of("权重", "40"));
  }

  @Test
  void eachIndicatorIsARowWithItsLevelsAndTheValuesUnderTheirDeclarationNames() {
    List<IndicatorCategory> table = List.of(
        new IndicatorCategory("产出指标", List.of(new IndicatorGroup("数量指标",
            List.of(indicator("资助人数", "≥500人"), indicator("覆盖率", "≥95%")), 1)), 1),
        new IndicatorCategory("成本指标", List.of(), 2),
        new IndicatorCategory("满意度指标", List.of(new IndicatorGroup("满意度指标",
            List.of(indicator("受助学生满意度", "≥90%")), 3)), 3));
    List<IndicatorRow> rows = TemplateModel.indicatorRows(table, new StandardTexts("t", Map.of("filler", Map.of("continues", "……")))).rows();
    assertEquals(List.of("产出指标/数量指标/资助人数", "产出指标/数量指标/覆盖率", "成本指标//",
        "满意度指标/满意度指标/受助学生满意度"),
        rows.stream().map(r -> r.l1() + "/" + r.l2() + "/" + r.l3()).toList());
    assertEquals(List.of(false, false, false, true), rows.stream().map(IndicatorRow::l1IsL2).toList());
    IndicatorRow first = rows.get(0);
    assertEquals(List.of("≥500人", "人", "≥", "40"),
        List.of(first.value(), first.unit(), first.type(), first.extra().get("权重")));
    assertEquals("", rows.get(2).value());
  }

  @Test
  void theColumnsOfAKeyAreEveryHeadingTheRowsWriteInTheOrderFirstWritten() {
    Map<String, Object> a = Map.of("区域目标值", new java.util.LinkedHashMap<>(Map.of("新罗区", "2")));
    java.util.LinkedHashMap<String, String> bValues = new java.util.LinkedHashMap<>();
    bValues.put("永定区", "3");
    bValues.put("新罗区", "1");
    bValues.put("上杭县", "");
    Map<String, Object> b = Map.of("区域目标值", bValues);
    IndicatorRow.Table t = new IndicatorRow.Table(List.of(
        new IndicatorRow("产出指标", "数量指标", "甲", false, "", "", "", "", "", "", "", "", "", "", "", a),
        new IndicatorRow("产出指标", "数量指标", "乙", false, "", "", "", "", "", "", "", "", "", "", "", Map.of()),
        new IndicatorRow("产出指标", "质量指标", "丙", false, "", "", "", "", "", "", "", "", "", "", "", b)));
    assertEquals(List.of("新罗区", "永定区", "上杭县"), t.columns("区域目标值"));
    assertEquals(List.of(), t.columns("权重"));
  }
}
