package org.jixiao.validate.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jixiao.model.Declaration;
import org.jixiao.model.FundLine;
import org.jixiao.model.Project;
import org.jixiao.validate.Context;
import org.jixiao.validate.Layouts;
import org.jixiao.validate.Rule;

/**
 * The projects' 本年预算 add up to the 特定目标类项目支出 line of 支出构成 (湖北), or to the 项目支出
 * line of 按支出性质分 (湖南 整体支出绩效目标表).
 */
public final class TotalProjectsRule implements Rule {
  static final String LINE = "特定目标类项目支出";
  static final String HUNAN_LINE = "项目支出";

  @Override
  public String id() {
    return "total-projects";
  }

  @Override
  public Set<String> layouts() {
    return Layouts.FUNDS_TOTALS;
  }

  @Override
  public void check(Context ctx) {
    Declaration d = ctx.declaration();
    if (d.funds() == null || d.projects().isEmpty()) {
      return;
    }
    String line = d.layout().equals("hunan") ? HUNAN_LINE : LINE;
    List<FundLine> out = d.funds().expenditure();
    for (int i = 0; i < out.size(); i++) {
      FundLine l = out.get(i);
      if (!l.name().equals(line) || l.amount() == null) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (Project p : d.projects()) {
        if (p.budget() != null) {
          sum = sum.add(p.budget().value());
        }
      }
      if (sum.compareTo(l.amount().value()) != 0) {
        ctx.error(ctx.node("funds", "expenditure", i, "amount"),
            line + " " + l.amount().text() + " 与各项目本年预算之和 " + sum.toPlainString() + " 不符",
            line + " " + l.amount().text() + " differs from the sum of the projects' budgets "
                + sum.toPlainString(),
            "核对 projects 下各项目的 budget，或修改此金额（差额 "
                + l.amount().value().subtract(sum).toPlainString() + "）",
            "check each project's budget or this amount (difference "
                + l.amount().value().subtract(sum).toPlainString() + ")");
      }
    }
  }
}
