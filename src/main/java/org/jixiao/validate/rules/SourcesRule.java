package org.jixiao.validate.rules;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.model.Money;
import org.jixiao.model.Project;
import org.jixiao.validate.Context;
import org.jixiao.validate.Rule;

/**
 * A project's 资金来源 lines add up to its 资金总额 (本年预算); jixiao prints their 合计 itself, so
 * a line named 合计 would count twice. Lines above the total cannot be; lines below it are a
 * warning (a form's 其中 lines may name the main sources only), an error where the variant says
 * its lines are complete ({@code complete: "true"}).
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
    // lines the variant's form prints as 其中 of another line are within it: not added again
    java.util.Set<String> parts = projects.isEmpty() || ctx.texts() == null ? java.util.Set.of()
        : ctx.texts().sourceParts();
    for (int i = 0; i < projects.size(); i++) {
      Project p = projects.get(i);
      if (p.details() == null || p.details().sources().isEmpty()) {
        continue;
      }
      for (String line : p.details().sources().keySet()) {
        String name = line.strip();
        if (TOTALS.contains(name)) {
          ctx.error(ctx.key("projects", i, "sources", line),
              "资金来源里不要写「" + name + "」行", "do not write a '" + name + "' line in sources",
              "合计由 jixiao 按各来源相加后打印；删除这一行", "jixiao prints the total: delete this line");
          return;
        }
      }
      // the lines the printed 合计 adds up, from the same function
      BigDecimal sum = BigDecimal.ZERO;
      for (Money m : org.jixiao.enrich.StandardTexts.summedSources(p.details().sources(), parts)) {
        sum = sum.add(m.value());
      }
      if (p.budget() == null) {
        continue;
      }
      int cmp = sum.compareTo(p.budget().value());
      String diff = p.budget().value().subtract(sum).toPlainString();
      if (cmp < 0 && !ctx.check().text("complete", "false").equals("true")) {
        // "其中" lines may name only the main sources: fewer is a question, more cannot be
        ctx.warning(ctx.node("projects", i, "sources"),
            "项目「" + p.name() + "」资金来源合计 " + sum.toPlainString() + " 小于本年预算 "
                + p.budget().text() + "：是否漏填了一个来源？",
            "project '" + p.name() + "': its sources add up to " + sum.toPlainString()
                + ", less than its budget " + p.budget().text() + ": is a source missing?",
            "表上只列主要来源时可不理会；否则补上其余来源（差额 " + diff + "）",
            "fine when the form lists the main sources only; else add the others (difference "
                + diff + ")");
      } else if (cmp != 0) {
        ctx.error(ctx.node("projects", i, "sources"),
            "项目「" + p.name() + "」资金来源合计 " + sum.toPlainString() + " 与本年预算 "
                + p.budget().text() + " 不符",
            "project '" + p.name() + "': its sources add up to " + sum.toPlainString()
                + ", not its budget " + p.budget().text(),
            "资金来源各行之和应等于项目当年资金总额（budget）；差额 " + diff,
            "the sources must add up to the project's budget; difference " + diff);
      }
    }
  }
}
