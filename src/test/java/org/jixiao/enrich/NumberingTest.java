package org.jixiao.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Chinese numerals of texts.yaml {@code numbering: "（{cn}）"}: （一） … （十二） …. */
class NumberingTest {
  @Test
  void chineseNumerals() {
    assertEquals("一", TemplateModel.chinese(1));
    assertEquals("九", TemplateModel.chinese(9));
    assertEquals("十", TemplateModel.chinese(10));
    assertEquals("十二", TemplateModel.chinese(12));
    assertEquals("二十", TemplateModel.chinese(20));
    assertEquals("二十一", TemplateModel.chinese(21));
    assertEquals("九十九", TemplateModel.chinese(99));
    assertEquals("100", TemplateModel.chinese(100));
  }

  @Test
  void itemsCopiedWithTheirNumbersAreNotNumberedAgain() {
    StandardTexts texts = new StandardTexts("t", java.util.Map.of("filler", java.util.Map.of("continues", "……")));
    org.jixiao.model.Declaration d = org.jixiao.model.DeclarationReader.read("f.yaml",
        org.jixiao.model.YamlLoader.parse("f.yaml", "layout: hubei\nyear: 2025\nunit:\n  name: 甲\n"
            + "functions: [1.负责医保, 2.管理基金]\ntasks: [（一）参保, （二）支付]\nannual_goal: [目标一, 目标二]\n"),
        java.util.Set.of("hubei"));
    java.util.Map<String, Object> m = TemplateModel.of(d, texts).context();
    assertEquals(java.util.List.of("1.负责医保", "2.管理基金"), m.get("functions"));
    assertEquals(java.util.List.of("（一）参保", "（二）支付"), m.get("tasks"));
    assertEquals(java.util.List.of("1.目标一", "2.目标二"), m.get("annualGoal"));
  }

  @Test
  void aNumberInsideAnItemOrOnSomeItemsOnlyIsNotTheFormsNumbering() {
    assertEquals(false, Numbering.written(java.util.List.of("2023年完成", "提升10%")));
    assertEquals(false, Numbering.written(java.util.List.of("3.5万人参保", "2.8亿元基金")));
    assertEquals(false, Numbering.written(java.util.List.of("1.负责医保", "管理基金")));
    assertEquals(true, Numbering.written(java.util.List.of("目标1：参保", "目标2：支付"), "目标{n}："));
    assertEquals(false, Numbering.written(java.util.List.of("参保", "支付"), "目标{n}："));
  }
}
