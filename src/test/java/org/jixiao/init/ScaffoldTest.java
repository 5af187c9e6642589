package org.jixiao.init;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jixiao.enrich.IndicatorLibrary;
import org.jixiao.enrich.StandardTexts;
import org.jixiao.model.DeclarationKeys;
import org.jixiao.model.DeclarationKeys.Scope;
import org.junit.jupiter.api.Test;
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

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "hubei | level | 一级 | ",
      "hunan | code |  | ",
      "henan | head |  | ",
      "ningxiang-2021-project | head |  | 单位负责人"})
  void aUnitKeysCommentIsTheSchemasTitleAndDescriptionOrTheVariantsTitle(String variant, String key,
      String value, String retitled) {
    String text = Scaffold.blank("某某县医疗保障局", 2026, NextYearTest.VARIANTS.get(variant),
        StandardTexts.load(NextYearTest.ROOT, java.util.List.of(variant)),
        IndicatorLibrary.load(NextYearTest.ROOT, variant));
    String line = text.lines().filter(l -> l.startsWith("  " + key + ":")).findFirst().orElseThrow();
    String help = DeclarationKeys.description(Scope.UNIT, key).replaceAll("。$", "");
    String title = retitled != null ? retitled : DeclarationKeys.title(Scope.UNIT, key);
    assertEquals(title + (help.isEmpty() ? "" : "，" + help), line.substring(line.indexOf("# ") + 2), line);
    assertEquals(value == null ? "" : value, line.substring(line.indexOf(':') + 1, line.indexOf('#')).trim(), line);
  }

  /**
   * Every section of every shipped variant's blank is commented with the title its form prints
   * (the variant's fields: declaration: retitle) or the schema's, then the schema's or the
   * variant's help: the words are the variant's data, never Scaffold's.
   */
  @Test
  void everySectionIsCommentedWithItsVariantsTitleOrTheSchemas() {
    for (String name : NextYearTest.VARIANTS.names()) {
      org.jixiao.variant.Variant v = NextYearTest.VARIANTS.get(name);
      String text = Scaffold.blank("某某县医疗保障局", 2026, v,
          StandardTexts.load(NextYearTest.ROOT, v.chain()), IndicatorLibrary.load(NextYearTest.ROOT, name));
      text.lines().filter(l -> l.matches("[a-z_]+:.*#.*")).forEach(l -> {
        String key = l.substring(0, l.indexOf(':'));
        org.jixiao.variant.Variant.Field own = v.retitled("declaration", key);
        String title = own != null ? own.title() : DeclarationKeys.title(Scope.DECLARATION, key);
        String comment = l.substring(l.indexOf("# ") + 2);
        // a form printed per project comments its projects: with the help alone
        assertEquals(true, comment.startsWith(title + "：") || comment.equals(title)
            || key.equals("projects") && own == null, name + ": " + l);
      });
      // as （河南：预算情况） was: one place's name for a section, said on every variant's blank
      assertEquals(false, text.matches("(?s).*（\\p{IsHan}{2}：.*"), name + ":\n" + text);
    }
  }

  @Test
  void theSchemaSaysWhatTheUnitsKeysAreAndWhatLevelTakes() {
    assertEquals("单位级次", DeclarationKeys.title(Scope.UNIT, "level"));
    assertEquals(java.util.List.of("一级", "二级"), DeclarationKeys.values(Scope.UNIT, "level"));
    assertEquals("", DeclarationKeys.description(Scope.UNIT, "head"), "the head is on several forms, not 河南's only");
    assertEquals(true, DeclarationKeys.description(Scope.UNIT, "code").contains("加引号"));
  }
}
