package org.jixiao.validate;

import java.util.Set;

/**
 * Families of layout variants that share a form's frame, so a rule names a family instead of
 * listing variants; a new variant of a family is added here once.
 */
public final class Layouts {
  /** 湖北 部门整体绩效目标申报表 (L1 and its earlier edition L2): six fixed first-level indicators. */
  public static final Set<String> HUBEI_UNIT = Set.of("hubei", "hubei-2023");

  /** 湖北 forms whose 部门总体资金情况 has 特定目标类项目支出 and a 项目支出情况 table (L1 only). */
  public static final Set<String> HUBEI_FUNDS = Set.of("hubei");

  /**
   * Forms with this year's income and expenditure lines and a line for the projects' total:
   * 湖北 L1 (特定目标类项目支出) and 湖南 整体支出绩效目标表 L5 (按支出性质分 项目支出).
   */
  public static final Set<String> FUNDS_TOTALS = Set.of("hubei", "hunan");

  /** Forms whose unit-level 产出指标 has the 数量/质量/时效 frame (湖南 整体支出绩效目标表). */
  public static final Set<String> OUTPUT_FRAME = Set.of("hunan");

  /** Forms whose project 产出指标 has the 数量/质量/时效 frame (湖北 项目申报表, FORMS.md L6). */
  public static final Set<String> PROJECT_OUTPUT_FRAME = Set.of("hubei");

  private Layouts() {}
}
