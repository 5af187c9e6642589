package org.jixiao.model;

import java.util.List;

/** A first-level indicator (运行成本, 管理效率, …) with its second-level groups. */
public record IndicatorCategory(String name, List<IndicatorGroup> groups, int line) {
  public IndicatorCategory {
    groups = List.copyOf(groups);
  }
}
