package org.jixiao.validate.rules;

import java.util.Set;
import org.jixiao.validate.Context;
import org.jixiao.validate.IndicatorLine;
import org.jixiao.validate.Rule;

/** A 率 indicator (a rate) whose value has no number, e.g. 预算执行率: 较高. */
public final class VagueValueRule implements Rule {
  /** What the forms write for "nothing here"; not vague. */
  static final Set<String> NONE = Set.of("无", "……", "不适用");

  @Override
  public String id() {
    return "value-vague";
  }

  @Override
  public String level() {
    return "warning";
  }

  @Override
  public void check(Context ctx) {
    for (IndicatorLine l : IndicatorLine.all(ctx.declaration())) {
      String v = l.indicator().value();
      if (!l.indicator().name().endsWith("率") || v.isEmpty() || NONE.contains(v)
          || v.chars().anyMatch(c -> Character.isDigit(c))
          || PlaceholderRule.PLACEHOLDER.matcher(v).find()) {
        continue;
      }
      ctx.warning(l.valueNode(ctx, "value"), "「" + l.indicator().name() + "」是比率，指标值「" + v
              + "」却没有数字",
          "'" + l.indicator().name() + "' is a rate but its value '" + v + "' has no number",
          "写成可考核的数值，例如 ≥95%；确实没有时写 无", "write a measurable value such as ≥95%");
    }
  }
}
