package org.jixiao.model;

/** A project of 项目支出情况; budgets may be null where the form leaves them empty. */
public record Project(String name, String category, Money totalBudget, Money budget, String purpose) {
  public Project {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("project name is required");
    }
    category = category == null ? "" : category;
    purpose = purpose == null ? "" : purpose;
  }
}
