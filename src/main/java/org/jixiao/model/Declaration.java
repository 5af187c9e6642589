package org.jixiao.model;

import java.util.List;

/**
 * One unit's declaration for one budget year, as written in its YAML file. Optional parts are
 * null (funds, goals) or empty (lists); the layout decides what an absent part prints as.
 * {@code tasks} are the 年度工作任务 as paragraphs; {@code taskItems} the same tasks with their
 * 任务名称 and 主要内容 kept apart, for forms that print them in two columns (河南).
 * {@code paragraphs} names the keys written as one paragraph where a list is usual
 * ({@code functions}, {@code annual_goal}, {@code long_term_goal.items}): printed unnumbered.
 */
public record Declaration(String file, String layout, int year, Unit unit, String moneyUnit,
    Funds funds, List<String> functions, List<String> tasks, List<Project> projects,
    Goal longTermGoal, List<String> annualGoal, List<IndicatorCategory> longTermIndicators,
    List<IndicatorCategory> annualIndicators, List<Task> taskItems, List<String> forms,
    java.util.Map<String, Object> extra, java.util.Set<String> paragraphs) {
  public Declaration {
    paragraphs = java.util.Set.copyOf(paragraphs);
    functions = List.copyOf(functions);
    tasks = List.copyOf(tasks);
    projects = List.copyOf(projects);
    annualGoal = List.copyOf(annualGoal);
    longTermIndicators = List.copyOf(longTermIndicators);
    annualIndicators = List.copyOf(annualIndicators);
    taskItems = List.copyOf(taskItems);
    forms = List.copyOf(forms);
    extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
  }

  /** A declaration that files all of its variant's forms and writes none of its own keys. */
  public Declaration(String file, String layout, int year, Unit unit, String moneyUnit,
      Funds funds, List<String> functions, List<String> tasks, List<Project> projects,
      Goal longTermGoal, List<String> annualGoal, List<IndicatorCategory> longTermIndicators,
      List<IndicatorCategory> annualIndicators, List<Task> taskItems) {
    this(file, layout, year, unit, moneyUnit, funds, functions, tasks, projects, longTermGoal,
        annualGoal, longTermIndicators, annualIndicators, taskItems, List.of(),
        java.util.Map.of(), java.util.Set.of());
  }

  /** A declaration whose tasks are plain paragraphs. */
  public Declaration(String file, String layout, int year, Unit unit, String moneyUnit,
      Funds funds, List<String> functions, List<String> tasks, List<Project> projects,
      Goal longTermGoal, List<String> annualGoal, List<IndicatorCategory> longTermIndicators,
      List<IndicatorCategory> annualIndicators) {
    this(file, layout, year, unit, moneyUnit, funds, functions, tasks, projects, longTermGoal,
        annualGoal, longTermIndicators, annualIndicators,
        tasks.stream().map(t -> new Task("", t)).toList());
  }

  /** This declaration with other projects (their indicators placed by the library). */
  public Declaration withProjects(List<Project> others) {
    return new Declaration(file, layout, year, unit, moneyUnit, funds, functions, tasks, others,
        longTermGoal, annualGoal, longTermIndicators, annualIndicators, taskItems, forms, extra, paragraphs);
  }

  /** This declaration with other indicator tables (the library's placements and defaults). */
  public Declaration withIndicators(List<IndicatorCategory> longTerm,
      List<IndicatorCategory> annual) {
    return new Declaration(file, layout, year, unit, moneyUnit, funds, functions, tasks, projects,
        longTermGoal, annualGoal, longTerm, annual, taskItems, forms, extra, paragraphs);
  }
}
