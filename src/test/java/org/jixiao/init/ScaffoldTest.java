package org.jixiao.init;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jixiao.enrich.IndicatorLibrary;
import org.jixiao.enrich.StandardTexts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaffoldTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "hubei | 部门整体绩效目标申报表、项目申报表（每个项目一份）",
      "hubei-2023 | 部门整体绩效目标申报表",
      "hunan | 项目支出绩效目标表（有项目填报绩效目标时）、整体支出绩效目标表",
      "henan | 区级部门(单位)整体绩效目标申报表"})
  void theHeaderNamesTheFormsTheVariantPrints(String variant, String forms) {
    String text = Scaffold.blank("某某县医疗保障局", 2026, NextYearTest.VARIANTS.get(variant),
        StandardTexts.load(NextYearTest.ROOT, java.util.List.of(variant)),
        IndicatorLibrary.load(NextYearTest.ROOT, variant));
    assertEquals("# 某某县医疗保障局 — " + forms + "，2026 年度。由 jixiao init 生成。",
        text.lines().findFirst().orElseThrow());
  }
}
