package org.jixiao.validate.rules;

import org.jixiao.validate.Context;
import org.jixiao.validate.IndicatorLine;
import org.jixiao.validate.IndicatorValue;
import org.jixiao.validate.Rule;

/**
 * Look-alike characters in a value: 》90%, >=90%, ９５％, ＜＝5% — with the corrected value; also in
 * the values a row writes per column heading ({@code kind: columns}), once per distinct value.
 */
public final class ValueTypoRule implements Rule {
  @Override
  public String id() {
    return "value-typo";
  }

  @Override
  public String level() {
    return "warning";
  }

  @Override
  public void check(Context ctx) {
    for (IndicatorLine l : IndicatorLine.all(ctx.declaration())) {
      for (String which : IndicatorLine.VALUES) {
        String v = l.value(which);
        String fixed = IndicatorValue.fixLookAlikes(v);
        if (fixed != null) {
          ctx.error(l.valueNode(ctx, which), "指标值「" + v + "」含有形近字符",
              "value '" + v + "' has look-alike characters",
              "改为「" + fixed + "」（表中用 ≥ ≤ ＞ ＜ 和半角数字、%）",
              "write '" + fixed + "' (the form uses ≥ ≤ ＞ ＜ and half-width digits and %)");
        }
      }
      // a value per column heading (kind: columns, 区域目标值 per county), once per row
      for (IndicatorLine.ColumnValue c : l.columnValues()) {
        String fixed = IndicatorValue.fixLookAlikes(c.value());
        if (fixed != null) {
          String where = String.join("、", c.headings());
          ctx.error(l.columnNode(ctx, c),
              where + "的" + c.field() + "「" + c.value() + "」含有形近字符",
              c.field() + " of " + where + " '" + c.value() + "' has look-alike characters",
              "改为「" + fixed + "」（表中用 ≥ ≤ ＞ ＜ 和半角数字、%）",
              "write '" + fixed + "' (the form uses ≥ ≤ ＞ ＜ and half-width digits and %)");
        }
      }
    }
  }
}
