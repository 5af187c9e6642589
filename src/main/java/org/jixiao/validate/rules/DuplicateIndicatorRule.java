package org.jixiao.validate.rules;

import java.util.HashMap;
import java.util.Map;
import org.jixiao.validate.Context;
import org.jixiao.validate.IndicatorLine;
import org.jixiao.validate.Rule;

/**
 * A third-level indicator name appears once per table (a copied line is usually a mistake). The
 * filler …… that official forms print for lines still to fill may repeat, and so may names
 * written as list items under one second-level indicator: the documented way to print a name
 * twice (seed 002: 社会效益 twice). A map cannot repeat a key, so a repeat within one group is
 * such a list. In a project's table a name may also repeat under another first-level indicator:
 * seed 004 prints 落实医保编码应用工作 under 成本指标 and again under 效益指标.
 */
public final class DuplicateIndicatorRule implements Rule {
  @Override
  public String id() {
    return "indicator-duplicate";
  }

  @Override
  public String level() {
    return "warning";
  }

  @Override
  public void check(Context ctx) {
    Map<String, IndicatorLine> seen = new HashMap<>();
    for (IndicatorLine l : IndicatorLine.all(ctx.declaration())) {
      if (isFiller(l.indicator().name())) {
        continue;
      }
      String key = l.table() + "\u0000" + (l.inProject() ? l.category().name() : "") + "\u0000"
          + l.indicator().name();
      IndicatorLine first = seen.putIfAbsent(key, l);
      if (first != null && !first.group().equals(l.group())) {
        ctx.error(l.nameNode(ctx), "三级指标「" + l.indicator().name() + "」在本表中重复（第一次在第 "
                + first.indicator().line() + " 行）",
            "third-level indicator '" + l.indicator().name() + "' repeats in this table (first on line "
                + first.indicator().line() + ")",
            "删除重复的一行，或改成不同的指标名称", "delete the copy or rename it");
      }
    }
  }

  /** Dots and ellipses only: …… or ... */
  static boolean isFiller(String name) {
    return name.strip().chars().allMatch(c -> c == '…' || c == '.' || c == '。' || c == '·');
  }
}
