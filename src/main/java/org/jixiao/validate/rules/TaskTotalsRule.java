package org.jixiao.validate.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.model.Declaration;
import org.jixiao.model.FundLine;
import org.jixiao.model.Money;
import org.jixiao.model.Task;
import org.jixiao.model.YNode;
import org.jixiao.validate.Context;
import org.jixiao.validate.Rule;

/**
 * The 预算申请 of each 年度主要任务 adds up: its total column ({@code total:}, e.g. 总额) is the
 * sum of its part columns ({@code parts:}, e.g. 财政拨款, 其他资金), an error where both are
 * written and differ, as that row cannot be right. The tasks' 金额合计 (the sum of each column)
 * against the fund lines the unit also declares ({@code funds.income} lines named as the parts,
 * and their total) is only a warning: a form may list its main tasks only, or count 基本支出
 * apart.
 */
public final class TaskTotalsRule implements Rule {

  @Override
  public String id() {
    return "total-tasks";
  }

  @Override
  public boolean onByDefault() {
    return false;
  }

  @Override
  public void check(Context ctx) {
    Declaration d = ctx.declaration();
    String total = ctx.check().text("total", "");
    List<String> parts = ctx.check().list("parts", List.of());
    if (total.isEmpty() || parts.isEmpty() || d.taskItems().isEmpty()) {
      return;
    }
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    for (int i = 0; i < d.taskItems().size(); i++) {
      Task t = d.taskItems().get(i);
      Money whole = amount(t, total, d.moneyUnit());
      BigDecimal sum = null;
      List<String> written = new ArrayList<>();
      for (String p : parts) {
        Money a = amount(t, p, d.moneyUnit());
        if (a != null) {
          sum = sum == null ? a.value() : sum.add(a.value());
          written.add(p);
          sums.merge(p, a.value(), BigDecimal::add);
        }
      }
      if (whole != null) {
        sums.merge(total, whole.value(), BigDecimal::add);
      }
      if (whole != null && sum != null && sum.compareTo(whole.value()) != 0) {
        String diff = whole.value().subtract(sum).toPlainString();
        String name = t.name().isEmpty() ? String.valueOf(i + 1) : t.name();
        ctx.error(ctx.node("tasks", i, total),
            "任务「" + name + "」的" + total + " " + whole.text() + " 不等于 "
                + String.join(" + ", written) + " = " + sum.toPlainString(),
            "task '" + name + "': its " + total + " " + whole.text() + " is not "
                + String.join(" + ", written) + " = " + sum.toPlainString(),
            "核对这一行的 " + total + " 和 " + String.join("、", parts) + "（差额 " + diff + "）",
            "check this row's " + total + " and " + String.join(", ", parts)
                + " (difference " + diff + ")");
      }
    }
    if (d.funds() != null && !d.funds().income().isEmpty()) {
      againstFunds(ctx, d.funds().income(), total, sums);
    }
  }

  /** Each fund line named as a column, and the lines' total, against the tasks' 金额合计. */
  private static void againstFunds(Context ctx, List<FundLine> lines, String total,
      Map<String, BigDecimal> sums) {
    BigDecimal all = null;
    for (int i = 0; i < lines.size(); i++) {
      FundLine l = lines.get(i);
      if (l.amount() == null) {
        continue;
      }
      all = all == null ? l.amount().value() : all.add(l.amount().value());
      BigDecimal tasks = sums.get(l.name());
      if (tasks != null && tasks.compareTo(l.amount().value()) != 0) {
        differs(ctx, ctx.node("funds", "income", i, "amount"), l.name(), l.amount().text(), tasks);
      }
    }
    BigDecimal tasks = sums.get(total);
    if (all != null && tasks != null && tasks.compareTo(all) != 0) {
      differs(ctx, ctx.node("funds", "income"), total, all.toPlainString(), tasks);
    }
  }

  private static void differs(Context ctx, YNode at, String what, String declared,
      BigDecimal tasks) {
    ctx.warning(at,
        "funds 的" + what + " " + declared + " 与各任务" + what + "之和 " + tasks.toPlainString() + " 不同",
        "funds' " + what + " " + declared + " differs from the tasks' " + what + " "
            + tasks.toPlainString(),
        "表上的金额合计按各任务相加；任务只列主要几项时可不理会，否则核对（差额 "
            + new BigDecimal(declared).subtract(tasks).toPlainString() + "）",
        "the form's 金额合计 adds up the tasks; fine when only the main tasks are listed, else "
            + "check (difference " + new BigDecimal(declared).subtract(tasks).toPlainString() + ")");
  }

  private static Money amount(Task t, String key, String unit) {
    return t.extra().get(key) instanceof String s && !s.isBlank() ? Money.parseWritten(s, unit)
        : null;
  }
}
