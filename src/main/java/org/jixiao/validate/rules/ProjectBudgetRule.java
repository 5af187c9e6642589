package org.jixiao.validate.rules;

import org.jixiao.model.Project;
import org.jixiao.validate.Context;
import org.jixiao.validate.Rule;

/** A project's 本年预算 is not more than its 项目总预算. */
public final class ProjectBudgetRule implements Rule {
  @Override
  public String id() {
    return "total-project-budget";
  }

  @Override
  public void check(Context ctx) {
    var projects = ctx.declaration().projects();
    for (int i = 0; i < projects.size(); i++) {
      Project p = projects.get(i);
      if (p.budget() != null && p.totalBudget() != null
          && p.budget().value().compareTo(p.totalBudget().value()) > 0) {
        ctx.error(ctx.node("projects", i, "budget"),
            "项目「" + p.name() + "」本年预算 " + p.budget().text() + " 超过项目总预算 "
                + p.totalBudget().text(),
            "project '" + p.name() + "': this year's budget " + p.budget().text()
                + " exceeds its total budget " + p.totalBudget().text(),
            "本年预算是总预算的一部分；核对 budget 与 total_budget 是否写反",
            "this year's budget is part of the total; were budget and total_budget swapped?");
      }
    }
  }
}
