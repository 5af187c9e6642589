package org.jixiao.validate.rules;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jixiao.validate.Context;
import org.jixiao.validate.IndicatorLine;
import org.jixiao.validate.IndicatorValue;
import org.jixiao.validate.Rule;

/**
 * Percentages lie within 0–100% — a completion or coverage 率 cannot pass 100% — except for
 * indicators that measure change (增长率, 变动率, 增幅 …), which may be above 100 or negative. The
 * values a row writes per column heading ({@code kind: columns}) are read too, each value once.
 */
public final class PercentRangeRule implements Rule {
  static final Pattern CHANGE = Pattern.compile("增长|增幅|变动|变化|提高|提升|降低|下降|同比|环比|增加|减少");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public String id() {
    return "percent-range";
  }

  @Override
  public String level() {
    return "warning";
  }

  @Override
  public void check(Context ctx) {
    for (IndicatorLine l : IndicatorLine.all(ctx.declaration())) {
      if (CHANGE.matcher(l.indicator().name()).find()) {
        continue;
      }
      for (String which : IndicatorLine.VALUES) {
        for (BigDecimal p : IndicatorValue.percentages(l.value(which))) {
          if (p.compareTo(HUNDRED) > 0 || p.signum() < 0) {
            ctx.error(l.valueNode(ctx, which), "「" + l.indicator().name() + "」的百分比 "
                    + p.toPlainString() + "% 超出 0–100%",
                "'" + l.indicator().name() + "': " + p.toPlainString() + "% is outside 0–100%",
                "完成率、覆盖率等最多 100%；检查是否多打了一位数",
                "a completion or coverage rate is at most 100%; check for an extra digit");
            break;
          }
        }
      }
      // a value per column heading (kind: columns, 区域目标值 per county), once per row
      for (IndicatorLine.ColumnValue c : l.columnValues()) {
        for (BigDecimal p : IndicatorValue.percentages(c.value())) {
          if (p.compareTo(HUNDRED) > 0 || p.signum() < 0) {
            String where = String.join("、", c.headings());
            ctx.error(l.columnNode(ctx, c), "「" + l.indicator().name() + "」" + where
                    + "的百分比 " + p.toPlainString() + "% 超出 0–100%",
                "'" + l.indicator().name() + "', " + where + ": " + p.toPlainString()
                    + "% is outside 0–100%",
                "完成率、覆盖率等最多 100%；检查是否多打了一位数",
                "a completion or coverage rate is at most 100%; check for an extra digit");
            break;
          }
        }
      }
    }
  }
}
