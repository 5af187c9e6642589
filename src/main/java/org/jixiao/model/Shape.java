package org.jixiao.model;

import java.util.Map;
import java.util.Set;

/**
 * What a layout variant adds to the declaration's structure, as the reader needs it: its own
 * keys per scope ({@code declaration}, {@code unit}, {@code project}, {@code indicator}) and how
 * many indicator levels its tables have (3: 一级 → 二级 → 三级; 2: 一级 → 指标; 1: 指标 alone),
 * which of its own keys hold amounts ({@code scope.key}), checked as amounts but printed as
 * written, and which hold paragraphs (kind: texts).
 */
public record Shape(Map<String, Set<String>> fields, int levels, Set<String> money,
    Set<String> paragraphs) {
  /** The shape of a variant that adds nothing: three levels. */
  public static final Shape DEFAULT = new Shape(Map.of(), 3);

  public Shape {
    fields = Map.copyOf(fields);
    money = Set.copyOf(money);
    paragraphs = Set.copyOf(paragraphs);
    if (levels < 1 || levels > 3) {
      throw new IllegalArgumentException("levels must be 1, 2 or 3: " + levels);
    }
  }

  /** A shape none of whose own keys holds an amount. */
  public Shape(Map<String, Set<String>> fields, int levels) {
    this(fields, levels, Set.of(), Set.of());
  }

  /** A shape none of whose own keys is a list of paragraphs. */
  public Shape(Map<String, Set<String>> fields, int levels, Set<String> money) {
    this(fields, levels, money, Set.of());
  }

  /**
   * Whether the variant's own key {@code key} of {@code scope} is a list of paragraphs (kind:
   * texts), so that one paragraph written alone is read as a list of one.
   */
  public boolean isParagraphs(String scope, String key) {
    return paragraphs.contains(scope + "." + key);
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
