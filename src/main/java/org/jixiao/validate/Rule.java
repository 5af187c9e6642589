package org.jixiao.validate;

/**
 * One business rule: an id users can search for, how strict it is, and the check. Which rules
 * apply to a variant, how strictly and with which parameters is the variant's
 * ({@code checks:} in its variant.yaml); {@link Rules#ALL} lists every rule.
 */
public interface Rule {
  /** The rule id printed in brackets, e.g. {@code total-projects}. */
  String id();

  /**
   * The rule's level where a variant names it without one: {@code error} only for what is
   * certainly wrong (sums that must agree), {@code warning} for policy that differs by place.
   */
  default String level() {
    return "error";
  }

  /**
   * Whether the rule runs for a variant that does not name it: false for rules that need the
   * variant's parameters (which line holds the projects' total, which first-level set).
   */
  default boolean onByDefault() {
    return true;
  }

  /** Reports every problem of {@code ctx}'s declaration through {@code ctx}. */
  void check(Context ctx);
}
