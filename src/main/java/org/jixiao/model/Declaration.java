package org.jixiao.model;

import java.util.List;

/**
 * One unit's declaration for one budget year, as written in its YAML file. Optional parts are
 * null (funds, goals) or empty (lists); the layout decides what an absent part prints as.
 */
public record Declaration(String file, String layout, int year, Unit unit, String moneyUnit,
    Funds funds, List<String> functions, List<String> tasks, List<Project> projects,
    Goal longTermGoal, List<String> annualGoal, List<IndicatorCategory> longTermIndicators,
    List<IndicatorCategory> annualIndicators) {
  public Declaration {
    functions = List.copyOf(functions);
    tasks = List.copyOf(tasks);
    projects = List.copyOf(projects);
    annualGoal = List.copyOf(annualGoal);
    longTermIndicators = List.copyOf(longTermIndicators);
    annualIndicators = List.copyOf(annualIndicators);
  }
}
