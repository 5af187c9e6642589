package org.jixiao.validate.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.model.FundLine;
import org.jixiao.validate.Context;
import org.jixiao.validate.Rule;

/**
 * The printed 占比 of a block (each rounded to 0.01% as the form prints it) add up to 100%
 * within 0.01, and no amount is negative (which would print a negative share).
 */
public final class ShareSumRule implements Rule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

  @Override
  public String id() {
    return "total-share";
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
    if (ctx.declaration().funds() == null) {
      return;
    }
    block(ctx, "income", ctx.declaration().funds().income());
    block(ctx, "expenditure", ctx.declaration().funds().expenditure());
  }

  private void block(Context ctx, String key, List<FundLine> lines) {
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < lines.size(); i++) {
      FundLine l = lines.get(i);
      if (l.amount() == null) {
        continue;
      }
      if (l.amount().value().signum() < 0) {
        ctx.error(ctx.node("funds", key, i, "amount"), "金额不能为负数：" + l.amount().text(),
            "an amount cannot be negative: " + l.amount().text(),
            "减少的部分请在说明中写明，表中只填非负金额", "write only non-negative amounts");
        return;
      }
      total = total.add(l.amount().value());
    }
    if (total.signum() == 0) {
      return;
    }
    BigDecimal shares = BigDecimal.ZERO;
    for (FundLine l : lines) {
      if (l.amount() != null) {
        shares = shares.add(l.amount().value().multiply(HUNDRED)
            .divide(total, 2, RoundingMode.HALF_UP));
      }
    }
    if (shares.subtract(HUNDRED).abs().compareTo(TOLERANCE) > 0) {
      ctx.warning(ctx.node("funds", key), "各行占比（按 0.01% 四舍五入）合计为 "
              + shares.toPlainString() + "%，不是 100%",
          "the printed shares (rounded to 0.01%) add up to " + shares.toPlainString() + "%",
          "财政部门可能要求占比合计恰为 100%；打印后手工调整最大一行的占比",
          "adjust the largest line's share by hand after printing if 100% is required");
    }
  }
}
