package org.jixiao.validate.rules;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorCategory;
import org.jixiao.model.IndicatorGroup;
import org.jixiao.model.Project;
import org.jixiao.model.YNode;
import org.jixiao.validate.Context;
import org.jixiao.validate.IndicatorLine;
import org.jixiao.validate.Rule;

/**
 * 指标值确定依据 预算支出标准 (a budget's spending standard) justifies a cost, so it fits 成本
 * indicators only. Written on an indicator, the warning points there; given to every indicator by
 * {@code defaults.basis}, one warning at the default counts the indicators it does not fit.
 */
public final class BasisRule implements Rule {
  static final String STANDARD = "预算支出标准";

  @Override
  public String id() {
    return "basis-cost-only";
  }

  @Override
  public String level() {
    return "warning";
  }

  @Override
  public void check(Context ctx) {
    List<Indicator> fromDefaults = new ArrayList<>();
    for (String table : IndicatorLine.TABLES) {
      walk(ctx, IndicatorLine.table(ctx.declaration(), table), fromDefaults, table);
    }
    List<Project> projects = ctx.declaration().projects();
    for (int i = 0; i < projects.size(); i++) {
      walk(ctx, projects.get(i).indicators(), fromDefaults, "projects", i, "indicators");
      walk(ctx, projects.get(i).longTermIndicators(), fromDefaults, "projects", i,
          "long_term_indicators");
    }
    if (!fromDefaults.isEmpty()) {
      ctx.warning(ctx.node("defaults", "basis"),
          "defaults 把「" + STANDARD + "」给了 " + fromDefaults.size() + " 个不是成本指标的指标（如「"
              + fromDefaults.get(0).name() + "」）",
          "defaults gives '" + STANDARD + "' to " + fromDefaults.size()
              + " indicators that are not cost indicators (e.g. '" + fromDefaults.get(0).name() + "')",
          STANDARD + "只适合成本指标；defaults 写计划标准、行业标准或历史标准，成本指标再单独写 basis: "
              + STANDARD,
          "it fits cost indicators only: give defaults another basis and write basis: " + STANDARD
              + " on the cost indicators");
    }
  }

  private static void walk(Context ctx, List<IndicatorCategory> cats, List<Indicator> fromDefaults,
      Object... table) {
    for (IndicatorCategory c : cats) {
      if (c.name().contains("成本")) {
        continue;
      }
      for (IndicatorGroup g : c.groups()) {
        for (Indicator ind : g.indicators()) {
          if (!ind.basis().equals(STANDARD)) {
            continue;
          }
          YNode own = explicitBasis(ctx, table, c, g, ind);
          if (own == null && STANDARD.equals(text(ctx.node("defaults", "basis")))) {
            fromDefaults.add(ind);
            continue;
          }
          YNode at = own != null ? own
              : new YNode.YScalar(ind.name(), false, ind.line(), ind.column());
          ctx.warning(at, "「" + ind.name() + "」不是成本指标，指标值确定依据却是" + STANDARD,
              "'" + ind.name() + "' is not a cost indicator but its basis is " + STANDARD,
              STANDARD + "只适合成本指标；改为计划标准、行业标准、历史标准或其他标准",
              "it fits cost indicators only: use 计划标准, 行业标准, 历史标准 or 其他标准");
        }
      }
    }
  }

  /** The indicator's own {@code basis:} node, or null when it has none (or was placed). */
  private static YNode explicitBasis(Context ctx, Object[] table, IndicatorCategory c,
      IndicatorGroup g, Indicator ind) {
    YNode n = ctx.root();
    List<Object> path = new ArrayList<>(List.of(table));
    path.addAll(List.of(c.name(), g.name(), ind.name(), "basis"));
    for (Object step : path) {
      if (n instanceof YNode.YMap m && step instanceof String k) {
        n = m.entries().get(k);
      } else if (n instanceof YNode.YList l && step instanceof Integer i && i < l.items().size()) {
        n = l.items().get(i);
      } else {
        return null;
      }
    }
    return n;
  }

  private static String text(YNode n) {
    return n instanceof YNode.YScalar s ? s.text() : null;
  }
}
