package org.jixiao.model;

import java.util.List;

/** 长期目标: the year it runs to (may be null) and its goals, one per paragraph. */
public record Goal(Integer until, List<String> items) {
  public Goal {
    items = List.copyOf(items);
  }
}
