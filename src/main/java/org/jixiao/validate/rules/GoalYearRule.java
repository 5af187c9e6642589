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
    if (ctx.node("long_term_goal", "until") instanceof org.jixiao.model.YNode.YScalar s
        && s.text() != null && org.jixiao.model.DeclarationReader.YEARS.matcher(
            java.text.Normalizer.normalize(s.text().strip(), java.text.Normalizer.Form.NFKC))
            .matches()) {
      ctx.warning(s, "长期目标写的是起止年份「" + s.text().strip() + "」，表上只印截止年份：截止 " + until
              + " 年", "the long-term goal gives its years '" + s.text().strip()
              + "'; the form prints the last only: until " + until,
          "写 until: " + until, "write until: " + until);
    }
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
