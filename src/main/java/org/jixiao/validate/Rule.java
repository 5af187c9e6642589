package org.jixiao.validate;

import java.util.Set;

/**
 * One business rule: an id users can search for, the layouts it applies to, and the check.
 * {@link Rules#ALL} lists every rule.
 */
public interface Rule {
  /** The rule id printed in brackets, e.g. {@code total-projects}. */
  String id();

  /** The layout variants this rule applies to; empty means every layout. */
  default Set<String> layouts() {
    return Set.of();
  }

  /** Reports every problem of {@code ctx}'s declaration through {@code ctx}. */
  void check(Context ctx);

  /** Whether this rule runs for a declaration of {@code layout}. */
  default boolean appliesTo(String layout) {
    return layouts().isEmpty() || layouts().contains(layout);
  }
}
