package org.jixiao.validate.rules;

import org.jixiao.model.YNode;
import org.jixiao.model.YNode.YMap;
import org.jixiao.model.YNode.YScalar;
import org.jixiao.validate.Context;
import org.jixiao.validate.IndicatorLine;
import org.jixiao.validate.IndicatorValue;
import org.jixiao.validate.Rule;

/**
 * 指标值类型 agrees with the value: ≥ with ≥90% (or a bare 90%), never with ≤90% (an error);
 * ≥ and ≤ with a number (a warning when the value is text); = may equal a word (seed 003:
 * 长效管理机制健全性 = 健全, in a project); 定量 agrees with any number (≥95%, 100, ≤5%) and
 * wants one. 定性 is not checked: 湖南 forms mark
 * most lines 定性, amounts and rates included (seed 003), so it would flag nearly every real form.
 * Read from the YAML line, as the record has no column.
 */
public final class ValueTypeRule implements Rule {
  /** The indicator key that carries 指标值类型. */
  static final String KEY = "type";

  @Override
  public String id() {
    return "value-type";
  }

  @Override
  public String level() {
    return "warning";
  }

  @Override
  public void check(Context ctx) {
    for (IndicatorLine l : IndicatorLine.all(ctx.declaration())) {
      YNode line = l.lineNode(ctx);
      if (!(line instanceof YMap m) || !(m.entries().get(KEY) instanceof YScalar t)
          || t.text() == null || l.indicator().value().isEmpty()) {
        continue;
      }
      String type = t.text().strip();
      IndicatorValue v = IndicatorValue.parse(l.indicator().value());
      String problem = contradiction(type, v);
      if (problem != null && comparatorMismatch(type, v)) {
        ctx.error(l.valueNode(ctx, "value"), "指标值「" + l.indicator().value() + "」与指标值类型「"
                + t.text() + "」不符：" + problem,
            "value '" + l.indicator().value() + "' contradicts value type '" + t.text() + "'",
            "改正指标值或 " + KEY + " 中的一个，使二者一致", "make the value and " + KEY + " agree");
      } else if (problem != null) {
        ctx.warning(l.valueNode(ctx, "value"), "指标值「" + l.indicator().value() + "」与指标值类型「"
                + t.text() + "」不符：" + problem,
            "value '" + l.indicator().value() + "' does not fit value type '" + t.text() + "'",
            "定量指标写成数值（如 ≥95%），或把 " + KEY + " 改为 定性",
            "write a number (e.g. ≥95%) or make " + KEY + " 定性");
      }
    }
  }

  /** Whether the value's own comparator says the opposite of the type (≤ with ≥90%). */
  static boolean comparatorMismatch(String type, IndicatorValue v) {
    return !type.equals("定性") && !type.equals("定量") && v.quantitative() && !v.operator().isEmpty()
        && !v.operator().equals(type);
  }

  /** Why the type and the value disagree, or null when they agree. */
  static String contradiction(String type, IndicatorValue v) {
    if (type.equals("定性")) {
      return null;
    }
    if (!v.quantitative() && type.equals("=")) {
      return null;
    }
    if (!v.quantitative()) {
      return "定量指标应写数值";
    }
    // 定量 (岳阳楼区's and 巴南区's 指标值类型 / 指标性质: 定量 | 定性) holds any comparator
    if (type.equals("定量")) {
      return null;
    }
    String op = v.operator();
    return op.isEmpty() || op.equals(type) ? null : "比较符是 " + op;
  }
}
