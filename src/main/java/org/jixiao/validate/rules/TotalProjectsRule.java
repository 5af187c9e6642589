package org.jixiao.validate.rules;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.model.Declaration;
import org.jixiao.model.FundLine;
import org.jixiao.model.Project;
import org.jixiao.validate.Context;
import org.jixiao.validate.Rule;

/**
 * The projects' 本年预算 add up to the expenditure line the variant names ({@code checks:
 * total-projects: {line: …}}): 特定目标类项目支出 of 支出构成 (湖北), 项目支出 of 按支出性质分 (湖南
 * 整体支出绩效目标表). More than the line cannot be right (an error); less is a warning, as a
 * form may list only its main projects, unless the variant says the list is complete
 * ({@code complete: "true"}).
 */
public final class TotalProjectsRule implements Rule {

  @Override
  public String id() {
    return "total-projects";
  }

  @Override
  public String level() {
    return "error";
  }

  @Override
  public boolean onByDefault() {
    return false;
  }


  @Override
  public void check(Context ctx) {
    Declaration d = ctx.declaration();
    if (d.funds() == null || d.projects().isEmpty()) {
      return;
    }
    String line = ctx.check().text("line", "");
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
      int cmp = sum.compareTo(l.amount().value());
      String diff = l.amount().value().subtract(sum).toPlainString();
      if (cmp < 0 && !ctx.check().text("complete", "false").equals("true")) {
        // a form may list only its main projects: fewer is a question, more cannot be
        ctx.warning(ctx.node("funds", "expenditure", i, "amount"),
            line + " " + l.amount().text() + " 大于所列项目本年预算之和 " + sum.toPlainString()
                + "：是否漏列了项目？",
            line + " " + l.amount().text() + " is more than the listed projects' budgets "
                + sum.toPlainString() + ": is a project missing?",
            "只列重点项目时可不理会；否则补上其余项目（差额 "
                + diff + "）",
            "fine when only the main projects are listed; else add the others (difference "
                + diff + ")");
      } else if (cmp != 0) {
        ctx.error(ctx.node("funds", "expenditure", i, "amount"),
            line + " " + l.amount().text() + " 与各项目本年预算之和 " + sum.toPlainString() + " 不符",
            line + " " + l.amount().text() + " differs from the sum of the projects' budgets "
                + sum.toPlainString(),
            "核对 projects 下各项目的 budget，或修改此金额（差额 "
                + diff + "）",
            "check each project's budget or this amount (difference "
                + diff + ")");
      }
    }
  }
}
