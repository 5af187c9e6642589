package org.jixiao.model;

import java.util.List;
import java.util.Map;

/**
 * A YAML node with the line and column it starts at. Scalars are kept as the text written, so
 * YAML 1.1 typing (no → false, 1.10 → 1.1, 010 → 8, dates) never changes a value.
 */
public sealed interface YNode permits YNode.YMap, YNode.YList, YNode.YScalar {
  int line();

  int column();

  /** A mapping; keys keep their order and their own positions. */
  record YMap(Map<String, YNode> entries, Map<String, YScalar> keys, int line, int column)
      implements YNode {
    public YMap {
      entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
      keys = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keys));
    }
  }

  /** A sequence. */
  record YList(List<YNode> items, int line, int column) implements YNode {
    public YList {
      items = List.copyOf(items);
    }
  }

  /** A scalar; {@code text} is null for an empty value or {@code ~}/{@code null}. */
  record YScalar(String text, boolean quoted, int line, int column) implements YNode {
    public boolean isNull() {
      return text == null;
    }
  }
}
