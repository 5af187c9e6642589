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
}
