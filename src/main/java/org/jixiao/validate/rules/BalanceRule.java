package org.jixiao.validate.rules;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.model.FundLine;
import org.jixiao.validate.Context;
import org.jixiao.validate.Rule;

/**
 * This year's 收入 合计 equals 支出 合计 (湖南 L5: 资金总额 by 收入性质 equals it by 支出性质). Only the budget year: the two history columns come from
 * final accounts, where income and spending differ by 结转结余 (seed 001 shows such a pair).
 */
public final class BalanceRule implements Rule {
  @Override
  public String id() {
    return "total-balance";
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
    var funds = ctx.declaration().funds();
    if (funds == null || funds.income().isEmpty() || funds.expenditure().isEmpty()) {
      return;
    }
    BigDecimal in = sum(funds.income());
    BigDecimal out = sum(funds.expenditure());
    if (in != null && out != null && in.compareTo(out) != 0) {
      ctx.error(ctx.node("funds", "expenditure"),
          "支出合计 " + out.toPlainString() + "（" + lines(funds.expenditure()) + "）与收入合计 "
              + in.toPlainString() + "（" + lines(funds.income()) + "）不相等",
          "expenditure total " + out.toPlainString() + " (" + lines(funds.expenditure())
              + ") differs from income total " + in.toPlainString() + " (" + lines(funds.income())
              + ")",
          "部门预算收支平衡：核对 funds 下各行的 amount（差额 " + in.subtract(out).toPlainString() + "）",
          "a budget balances: check the amounts (difference " + in.subtract(out).toPlainString() + ")");
    }
  }

  /** The lines that make a total, as 基本支出 1300 + 项目支出 90. */
  private static String lines(List<FundLine> lines) {
    return String.join(" + ", lines.stream().filter(l -> l.amount() != null)
        .map(l -> l.name() + " " + l.amount().text()).toList());
  }

  private static BigDecimal sum(List<FundLine> lines) {
    BigDecimal s = null;
    for (FundLine l : lines) {
      if (l.amount() != null) {
        s = s == null ? l.amount().value() : s.add(l.amount().value());
      }
    }
    return s;
  }
}
