package org.jixiao.validate.rules;

import org.jixiao.model.YNode;
import org.jixiao.model.YNode.YMap;
import org.jixiao.model.YNode.YScalar;
import org.jixiao.validate.Context;
import org.jixiao.validate.IndicatorLine;
import org.jixiao.validate.IndicatorValue;
import org.jixiao.validate.Rule;

/**
 * 指标值类型 agrees with the value: ≥ with ≥90% (or a bare 90%), not with ≤90%; 定性 with text,
 * not a number; ≥, ≤ and = with a number. Read from the YAML line, as the record has no column.
 */
public final class ValueTypeRule implements Rule {
  /** The indicator key that carries 指标值类型. */
  static final String KEY = "value_type";

  @Override
  public String id() {
    return "value-type";
  }

  @Override
  public void check(Context ctx) {
    for (IndicatorLine l : IndicatorLine.all(ctx.declaration())) {
      YNode line = ctx.node(l.table(), l.category().name(), l.group().name(), l.indicator().name());
      if (!(line instanceof YMap m) || !(m.entries().get(KEY) instanceof YScalar t)
          || t.text() == null || l.indicator().value().isEmpty()) {
        continue;
      }
      String problem = contradiction(t.text().strip(), IndicatorValue.parse(l.indicator().value()));
      if (problem != null) {
        ctx.error(l.valueNode(ctx, "value"), "指标值「" + l.indicator().value() + "」与指标值类型「"
                + t.text() + "」不符：" + problem,
            "value '" + l.indicator().value() + "' contradicts value type '" + t.text() + "'",
            "改正指标值或 " + KEY + " 中的一个，使二者一致", "make the value and " + KEY + " agree");
      }
    }
  }

  /** Why the type and the value disagree, or null when they agree. */
  static String contradiction(String type, IndicatorValue v) {
    if (type.equals("定性")) {
      return v.quantitative() ? "定性指标应写文字" : null;
    }
    if (!v.quantitative()) {
      return "定量指标应写数值";
    }
    String op = v.operator();
    return op.isEmpty() || op.equals(type) ? null : "比较符是 " + op;
  }
}
