package org.jixiao.model;

import java.util.Map;
import java.util.Set;

/**
 * What a layout variant adds to the declaration's structure, as the reader needs it: its own
 * keys per scope ({@code declaration}, {@code unit}, {@code project}, {@code indicator}) and how
 * many indicator levels its tables have (3: 一级 → 二级 → 三级; 2: 一级 → 指标; 1: 指标 alone),
 * and which of its
 * own keys hold amounts ({@code scope.key}), checked as amounts but printed as written.
 */
public record Shape(Map<String, Set<String>> fields, int levels, Set<String> money) {
  /** The shape of a variant that adds nothing: three levels. */
  public static final Shape DEFAULT = new Shape(Map.of(), 3);

  public Shape {
    fields = Map.copyOf(fields);
    money = Set.copyOf(money);
    if (levels < 1 || levels > 3) {
      throw new IllegalArgumentException("levels must be 1, 2 or 3: " + levels);
    }
  }

  /** A shape none of whose own keys holds an amount. */
  public Shape(Map<String, Set<String>> fields, int levels) {
    this(fields, levels, Set.of());
  }

  /** Whether the variant's own key {@code key} of {@code scope} holds an amount (kind: money). */
  public boolean isMoney(String scope, String key) {
    return money.contains(scope + "." + key);
  }

  /** The variant's own keys of {@code scope}. */
  public Set<String> fields(String scope) {
    return fields.getOrDefault(scope, Set.of());
  }
}
