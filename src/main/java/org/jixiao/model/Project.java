package org.jixiao.model;

import java.util.List;

/**
 * A project: the line of 项目支出情况 (name, category, budgets, purpose) and, when the unit
 * declares its targets, its code, 支出方向, 实施期（年度）绩效目标 with its indicators, the long-term
 * goal with its indicators and the 湖北 项目申报表 details (null when not given). Budgets may be
 * null where the form leaves them empty.
 */
public record Project(String name, String code, String category, String direction,
    Money totalBudget, Money budget, String purpose, List<String> goal,
    List<IndicatorCategory> indicators, List<String> longTermGoal,
    List<IndicatorCategory> longTermIndicators, ProjectDetails details,
    java.util.Map<String, Object> extra) {
  public Project {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("project name is required");
    }
    code = code == null ? "" : code;
    category = category == null ? "" : category;
    direction = direction == null ? "" : direction;
    purpose = purpose == null ? "" : purpose;
    goal = List.copyOf(goal);
    indicators = List.copyOf(indicators);
    longTermGoal = List.copyOf(longTermGoal);
    longTermIndicators = List.copyOf(longTermIndicators);
    extra = extra == null ? java.util.Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
  }

  /** A project with none of a variant's own keys. */
  public Project(String name, String code, String category, String direction,
      Money totalBudget, Money budget, String purpose, List<String> goal,
      List<IndicatorCategory> indicators, List<String> longTermGoal,
      List<IndicatorCategory> longTermIndicators, ProjectDetails details) {
    this(name, code, category, direction, totalBudget, budget, purpose, goal, indicators,
        longTermGoal, longTermIndicators, details, java.util.Map.of());
  }

  /** A project known only as a line of 项目支出情况. */
  public Project(String name, String category, Money totalBudget, Money budget, String purpose) {
    this(name, "", category, "", totalBudget, budget, purpose, List.of(), List.of(), List.of(),
        List.of(), null);
  }

  /**
   * Whether the unit declared more of this project than its line of 项目支出情况 (targets or
   * 项目申报表 details), so the project forms are printed for it.
   */
  public boolean hasTargets() {
    return !indicators.isEmpty() || !goal.isEmpty() || !longTermIndicators.isEmpty()
        || !longTermGoal.isEmpty() || details != null || !extra.isEmpty();
  }
}
