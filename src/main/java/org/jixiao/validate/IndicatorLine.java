package org.jixiao.validate;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.model.Declaration;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorCategory;
import org.jixiao.model.IndicatorGroup;
import org.jixiao.model.YNode;

/** A third-level indicator with the table and levels above it, for rules that read every line. */
public record IndicatorLine(String table, IndicatorCategory category, IndicatorGroup group,
    Indicator indicator) {
  /** The YAML keys of the two indicator tables, in file order. */
  public static final List<String> TABLES = List.of("long_term_indicators", "annual_indicators");

  /** Every indicator of both tables, in file order. */
  public static List<IndicatorLine> all(Declaration d) {
    List<IndicatorLine> out = new ArrayList<>();
    for (String table : TABLES) {
      for (IndicatorCategory c : table(d, table)) {
        for (IndicatorGroup g : c.groups()) {
          for (Indicator i : g.indicators()) {
            out.add(new IndicatorLine(table, c, g, i));
          }
        }
      }
    }
    return out;
  }

  public static List<IndicatorCategory> table(Declaration d, String table) {
    return table.equals("long_term_indicators") ? d.longTermIndicators() : d.annualIndicators();
  }

  /** The key of this indicator's row (its name). */
  public YNode nameNode(Context ctx) {
    return ctx.key(table, category.name(), group.name(), indicator.name());
  }

  /** The node holding one of the values: "value", "year_before" or "last_year". */
  public YNode valueNode(Context ctx, String which) {
    YNode n = ctx.node(table, category.name(), group.name(), indicator.name());
    return n instanceof YNode.YMap ? ctx.node(table, category.name(), group.name(),
        indicator.name(), which) : n;
  }

  /** The value written for "value", "year_before" or "last_year". */
  public String value(String which) {
    return switch (which) {
      case "year_before" -> indicator.yearBefore();
      case "last_year" -> indicator.lastYear();
      default -> indicator.value();
    };
  }

  /** The three value columns, in the order they are checked. */
  public static final List<String> VALUES = List.of("value", "year_before", "last_year");
}
