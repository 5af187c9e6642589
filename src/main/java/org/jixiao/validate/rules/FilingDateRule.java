package org.jixiao.validate.rules;

import org.jixiao.validate.Context;
import org.jixiao.validate.Rule;

/** 填报日期 falls before the budget year: a 2025 budget is declared in 2024. */
public final class FilingDateRule implements Rule {
  @Override
  public String id() {
    return "year-date";
  }

  @Override
  public void check(Context ctx) {
    var d = ctx.declaration();
    if (d.unit() == null || d.unit().date() == null || d.year() == 0) {
      return;
    }
    if (d.unit().date().getYear() >= d.year()) {
      ctx.error(ctx.node("unit", "date"),
          "填报日期 " + d.unit().date() + " 不早于预算年度 " + d.year() + " 年",
          "filing date " + d.unit().date() + " is not before budget year " + d.year(),
          "预算在上一年编报：填报日期应在 " + (d.year() - 1) + " 年；或检查 year 是否写错",
          "budgets are declared the year before: the date should be in " + (d.year() - 1));
    }
  }
}
