package org.jixiao.model;

import java.util.List;

/**
 * A first-level indicator (运行成本, 管理效率, …) with its second-level groups. A category with an
 * empty name holds one indicator written by its third-level name alone; the standard indicator
 * library places it (see {@code enrich.IndicatorPlacer}) before anything is printed.
 */
public record IndicatorCategory(String name, List<IndicatorGroup> groups, int line) {
  public IndicatorCategory {
    groups = List.copyOf(groups);
  }

  /** An indicator the declaration names without its first- and second-level place. */
  public static IndicatorCategory unplaced(Indicator indicator) {
    return new IndicatorCategory("", List.of(new IndicatorGroup("", List.of(indicator),
        indicator.line())), indicator.line());
  }

  public boolean isUnplaced() {
    return name.isEmpty();
  }
}
