package org.jixiao.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorCategory;
import org.jixiao.model.IndicatorGroup;
import org.junit.jupiter.api.Test;

class ProjectModelTest {
  private static IndicatorGroup group(String name, String indicator) {
    return new IndicatorGroup(name, List.of(new Indicator(indicator, "1", "", "", "", "", 3, 5)), 2);
  }

  @Test
  void theFrameOrdersAndCompletesTheCategoriesAndKeepsWhatItDoesNotList() {
    Map<String, Object> frame = new LinkedHashMap<>();
    frame.put("成本指标", List.of("经济成本指标", "社会成本指标"));
    frame.put("产出指标", List.of("数量指标"));
    List<IndicatorCategory> declared = List.of(
        new IndicatorCategory("产出指标", List.of(group("其他指标", "乙"), group("数量指标", "甲")), 1),
        new IndicatorCategory("自定指标", List.of(group("丙类", "丙")), 9));
    List<IndicatorCategory> framed = ProjectModel.framed(declared, frame);
    assertEquals(List.of("成本指标", "产出指标", "自定指标"),
        framed.stream().map(IndicatorCategory::name).toList());
    assertEquals(List.of("经济成本指标", "社会成本指标"),
        framed.get(0).groups().stream().map(IndicatorGroup::name).toList());
    assertEquals(true, framed.get(0).groups().get(0).indicators().isEmpty());
    assertEquals(List.of("数量指标", "其他指标"),
        framed.get(1).groups().stream().map(IndicatorGroup::name).toList());
    assertEquals("甲", framed.get(1).groups().get(0).indicators().get(0).name());
  }

  @Test
  void withoutAFrameTheIndicatorsStayAsWritten() {
    List<IndicatorCategory> declared =
        List.of(new IndicatorCategory("产出指标", List.of(group("数量指标", "甲")), 1));
    assertEquals(declared, ProjectModel.framed(declared, Map.of()));
  }
}
