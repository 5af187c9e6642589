package org.jixiao.validate.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.model.Money;
import org.jixiao.model.Project;
import org.jixiao.validate.Context;
import org.jixiao.validate.Rule;

/**
 * A project's 资金来源 lines add up to its 资金总额 (本年预算); jixiao prints their 合计 itself, so
 * a line named 合计 would count twice.
 */
public final class SourcesRule implements Rule {
  /** Total lines a unit may write by mistake: jixiao prints the 合计 itself. */
  static final java.util.List<String> TOTALS = java.util.List.of("合计", "总计", "小计");

  @Override
  public String id() {
    return "total-sources";
  }

  @Override
  public void check(Context ctx) {
    List<Project> projects = ctx.declaration().projects();
    for (int i = 0; i < projects.size(); i++) {
      Project p = projects.get(i);
      if (p.details() == null || p.details().sources().isEmpty()) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (Map.Entry<String, Money> e : p.details().sources().entrySet()) {
        String name = e.getKey().strip();
        if (TOTALS.contains(name)) {
          ctx.error(ctx.key("projects", i, "sources", e.getKey()),
              "资金来源里不要写「" + name + "」行", "do not write a '" + name + "' line in sources",
              "合计由 jixiao 按各来源相加后打印；删除这一行", "jixiao prints the total: delete this line");
          return;
        }
        if (e.getValue() != null) {
          sum = sum.add(e.getValue().value());
        }
      }
      if (p.budget() != null && sum.compareTo(p.budget().value()) != 0) {
        ctx.error(ctx.node("projects", i, "sources"),
            "项目「" + p.name() + "」资金来源合计 " + sum.toPlainString() + " 与本年预算 "
                + p.budget().text() + " 不符",
            "project '" + p.name() + "': its sources add up to " + sum.toPlainString()
                + ", not its budget " + p.budget().text(),
            "资金来源各行之和应等于项目当年资金总额（budget）；差额 "
                + p.budget().value().subtract(sum).toPlainString(),
            "the sources must add up to the project's budget; difference "
                + p.budget().value().subtract(sum).toPlainString());
      }
    }
  }
}
