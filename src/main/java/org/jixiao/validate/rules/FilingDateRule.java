package org.jixiao.validate.rules;

import org.jixiao.validate.Context;
import org.jixiao.validate.Rule;

/**
 * 填报日期 is plausible for the budget year: budgets are declared in the year before or early in
 * the budget year itself (a 2021 form dated 2021-01-28 is normal), so only a date after the
 * budget year, or more than two years before it, is reported.
 */
public final class FilingDateRule implements Rule {
  @Override
  public String id() {
    return "year-date";
  }

  @Override
  public String level() {
    return "warning";
  }

  @Override
  public void check(Context ctx) {
    var d = ctx.declaration();
    if (d.unit() == null || d.unit().date() == null || d.year() == 0) {
      return;
    }
    int y = d.unit().date().getYear();
    int earliest = d.year() - ctx.check().number("years_before", 2);
    if (y > d.year() || y < earliest) {
      ctx.error(ctx.node("unit", "date"),
          "填报日期 " + d.unit().date() + " 与预算年度 " + d.year() + " 年不相称",
          "filing date " + d.unit().date() + " does not fit budget year " + d.year(),
          "预算在上一年或当年年初编报：填报日期应在 " + earliest + "–" + d.year()
              + " 年之间；检查 year 或 date 是否写错",
          "budgets are declared the year before or early in the year: check year and date");
    }
  }
}
