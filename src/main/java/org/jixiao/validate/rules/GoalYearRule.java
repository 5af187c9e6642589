package org.jixiao.validate.rules;

import org.jixiao.validate.Context;
import org.jixiao.validate.Rule;

/** 长期目标（截止 YYYY 年）: not before the budget year and at most three years after it. */
public final class GoalYearRule implements Rule {
  static final int MAX_YEARS = 3;

  @Override
  public String id() {
    return "year-goal";
  }

  @Override
  public String level() {
    return "warning";
  }

  @Override
  public void check(Context ctx) {
    var d = ctx.declaration();
    if (d.longTermGoal() == null || d.longTermGoal().until() == null || d.year() == 0) {
      return;
    }
    int until = d.longTermGoal().until();
    if (until < d.year() || until > d.year() + MAX_YEARS) {
      ctx.error(ctx.node("long_term_goal", "until"),
          "长期目标截止 " + until + " 年，应在 " + d.year() + "–" + (d.year() + MAX_YEARS) + " 年之间",
          "long-term goal until " + until + " must be within " + d.year() + "–"
              + (d.year() + MAX_YEARS),
          "长期目标覆盖预算年度起的三年规划期，例如 until: " + (d.year() + 2),
          "a long-term goal covers the planning period from the budget year, e.g. until: "
              + (d.year() + 2));
    }
  }
}
