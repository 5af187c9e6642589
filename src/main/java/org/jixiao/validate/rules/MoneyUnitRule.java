package org.jixiao.validate.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.model.FundLine;
import org.jixiao.model.Money;
import org.jixiao.model.Project;
import org.jixiao.model.YNode;
import org.jixiao.validate.Context;
import org.jixiao.validate.Rule;

/**
 * One money unit per document: every amount is in money_unit. An amount of a million 万元 or
 * more (100 亿元) was almost certainly typed in 元; in a 元 document, cents are the finest unit.
 */
public final class MoneyUnitRule implements Rule {
  static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  @Override
  public String id() {
    return "money-unit";
  }

  @Override
  public String level() {
    return "warning";
  }

  @Override
  public void check(Context ctx) {
    var d = ctx.declaration();
    List<At> all = new ArrayList<>();
    if (d.funds() != null) {
      lines(ctx, all, "income", d.funds().income());
      lines(ctx, all, "expenditure", d.funds().expenditure());
    }
    for (int i = 0; i < d.projects().size(); i++) {
      Project p = d.projects().get(i);
      if (p.totalBudget() != null) {
        all.add(new At(p.totalBudget(), ctx.node("projects", i, "total_budget")));
      }
      if (p.budget() != null) {
        all.add(new At(p.budget(), ctx.node("projects", i, "budget")));
      }
    }
    boolean yuan = d.moneyUnit().equals("元");
    for (At a : all) {
      BigDecimal v = a.money().value();
      if (!yuan && v.abs().compareTo(MILLION) >= 0) {
        ctx.warning(a.node(), "金额 " + a.money().text() + " 万元（" + v.movePointLeft(4).stripTrailingZeros().toPlainString()
                + " 亿元）像是按 元 填写的", "amount " + a.money().text() + " 万元 looks like it was typed in 元",
            "全表金额单位是 万元：把元除以 10000，例如 " + v.movePointLeft(4).stripTrailingZeros().toPlainString(),
            "the document is in 万元: divide 元 by 10000");
      } else if (yuan && v.scale() > 2) {
        ctx.warning(a.node(), "金额 " + a.money().text() + " 元 有超过两位小数，像是按 万元 填写的",
            "amount " + a.money().text() + " 元 has more than two decimals: typed in 万元?",
            "全表金额单位是 元（money_unit: 元）：万元乘以 10000", "the document is in 元");
      }
    }
  }

  private record At(Money money, YNode node) {}

  private static void lines(Context ctx, List<At> all, String key, List<FundLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      FundLine l = lines.get(i);
      Money[] ms = {l.amount(), l.lastYear(), l.yearBefore()};
      String[] keys = {"amount", "last_year", "year_before"};
      for (int k = 0; k < ms.length; k++) {
        if (ms[k] != null) {
          all.add(new At(ms[k], ctx.node("funds", key, i, keys[k])));
        }
      }
    }
  }
}
