package org.jixiao.validate.rules;

import java.util.Set;
import org.jixiao.validate.Context;
import org.jixiao.validate.IndicatorLine;
import org.jixiao.validate.Rule;

/**
 * A 率 indicator (a rate) whose value has no number, e.g. 预算执行率: 较高; not one the form marks
 * 定性 (指标值类型 or 指标性质): a qualitative line says in words where a rate goes (传染病发病率:
 * 稳中有降), and the form asks no number of it.
 */
public final class VagueValueRule implements Rule {
  /** What the forms write for "nothing here"; not vague. */
  static final Set<String> NONE = Set.of("无", "……", "不适用");

  /** Numbers written in words (百分之百, 每月一次): a number all the same. */
  static final String CHINESE_NUMERALS = "〇零一二两三四五六七八九十百千万";

  /**
   * Whether an indicator named {@code name} is a rate: its name ends in 率, but not in 效率
   * (efficiency, 办公效率: 明显提高) or 频率 (frequency, 检查频率: 每月一次).
   */
  static boolean rate(String name) {
    return name.endsWith("率") && !name.endsWith("效率") && !name.endsWith("频率");
  }

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
      if (!rate(l.indicator().name()) || v.isEmpty() || NONE.contains(v)
          || "定性".equals(l.indicator().type() == null ? "" : l.indicator().type().strip())
          || v.chars().anyMatch(c -> Character.isDigit(c) || CHINESE_NUMERALS.indexOf(c) >= 0)
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
