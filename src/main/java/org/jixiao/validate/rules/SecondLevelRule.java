package org.jixiao.validate.rules;

import java.util.HashSet;
import java.util.Set;
import org.jixiao.model.IndicatorGroup;
import org.jixiao.validate.Context;
import org.jixiao.validate.IndicatorLine;
import org.jixiao.validate.Rule;

/**
 * In a three-level table, an indicator written right under its 一级 ({@code 产出指标:
 * {办公场地租用层数: …}}) has no 二级: it prints with that cell empty. Once per run of such lines.
 */
public final class SecondLevelRule implements Rule {

  @Override
  public String id() {
    return "indicator-second-level";
  }

  @Override
  public String level() {
    return "warning";
  }

  @Override
  public void check(Context ctx) {
    if (ctx.variant() != null && ctx.variant().indicators().levels() != 3) {
      return;
    }
    Set<IndicatorGroup> seen = new HashSet<>();
    for (IndicatorLine l : IndicatorLine.all(ctx.declaration())) {
      if (l.category().name().isBlank() || !l.group().name().isEmpty() || !seen.add(l.group())) {
        continue;
      }
      String c = l.category().name().strip();
      String i = l.indicator().name();
      ctx.warning(l.nameNode(ctx), "指标「" + i + "」直接写在一级指标「" + c + "」下，没有二级指标：二级一格印空",
          "indicator '" + i + "' stands right under the first level '" + c
              + "' with no second level: that cell prints empty",
          "照表在它上面加一行二级指标（例如 数量指标:），把它缩进到二级之下",
          "add the form's second level above it (e.g. 数量指标:) and indent it under that");
    }
  }
}
