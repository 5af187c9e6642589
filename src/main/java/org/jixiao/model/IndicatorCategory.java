package org.jixiao.model;

import java.util.List;

/**
 * A first-level indicator (运行成本, 管理效率, …) with its second-level groups. A category with an
 * empty name holds one indicator written by its third-level name alone; the standard indicator
 * library places it (see {@code enrich.IndicatorPlacer}) before anything is printed; or, in a
 * one-level table, all of its indicators ({@link #oneLevel}).
 */
public record IndicatorCategory(String name, List<IndicatorGroup> groups, int line) {
  public IndicatorCategory {
    groups = List.copyOf(groups);
  }

  /** An indicator the declaration names without its first- and second-level place. */
  public static IndicatorCategory unplaced(Indicator indicator) {
    // its group's line -1 tells it from a one-level table's group, which has its line
    return new IndicatorCategory("", List.of(new IndicatorGroup("", List.of(indicator), -1)),
        indicator.line());
  }

  /**
   * The whole table of a form whose indicators have no 一级 or 二级 (指标名称 | 权重 | … on one
   * level, variant.yaml {@code levels: "1"}): one unnamed category holding one unnamed group.
   */
  public static IndicatorCategory oneLevel(IndicatorGroup indicators) {
    return new IndicatorCategory("", List.of(indicators), indicators.line());
  }

  public boolean isUnplaced() {
    return name.isEmpty() && groups.size() == 1 && groups.get(0).line() == -1;
  }
}
