package org.jixiao.validate;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.model.Declaration;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorCategory;
import org.jixiao.model.IndicatorGroup;
import org.jixiao.model.Project;
import org.jixiao.model.YNode;

/**
 * A third-level indicator with the table and levels above it, for rules that read every line.
 * {@code table} names the table as a YAML path ({@code annual_indicators},
 * {@code projects[0].indicators}), so lines of different tables never meet.
 */
public record IndicatorLine(String table, IndicatorCategory category, IndicatorGroup group,
    Indicator indicator) {
  /** The YAML keys of the unit's two indicator tables, in file order. */
  public static final List<String> TABLES = List.of("long_term_indicators", "annual_indicators");

  /** The YAML keys of a project's two indicator tables, in file order. */
  public static final List<String> PROJECT_TABLES = List.of("indicators", "long_term_indicators");

  /** Every indicator of the unit's tables, then of each project's, in file order. */
  public static List<IndicatorLine> all(Declaration d) {
    List<IndicatorLine> out = new ArrayList<>(unit(d));
    for (int i = 0; i < d.projects().size(); i++) {
      Project p = d.projects().get(i);
      for (String table : PROJECT_TABLES) {
        add(out, "projects[" + i + "]." + table,
            table.equals("indicators") ? p.indicators() : p.longTermIndicators());
      }
    }
    return out;
  }

  /** Every indicator of the unit's own two tables, in file order. */
  public static List<IndicatorLine> unit(Declaration d) {
    List<IndicatorLine> out = new ArrayList<>();
    for (String table : TABLES) {
      add(out, table, table(d, table));
    }
    return out;
  }

  /** Whether this line is in a project's table rather than the unit's. */
  public boolean inProject() {
    return table.startsWith("projects[");
  }

  private static void add(List<IndicatorLine> out, String table, List<IndicatorCategory> cats) {
    for (IndicatorCategory c : cats) {
      for (IndicatorGroup g : c.groups()) {
        for (Indicator i : g.indicators()) {
          out.add(new IndicatorLine(table, c, g, i));
        }
      }
    }
  }

  public static List<IndicatorCategory> table(Declaration d, String table) {
    return table.equals("long_term_indicators") ? d.longTermIndicators() : d.annualIndicators();
  }

  /**
   * The key of this indicator's row (its name), found by the position the reader recorded: a
   * path of names would miss lines written as list items or placed by the standard library.
   */
  public YNode nameNode(Context ctx) {
    YNode[] e = ctx.entryAt(indicator.line(), indicator.column());
    return e == null ? ctx.root() : e[0];
  }

  /** The row's own node: its value, or the map of value, type, basis, …. */
  public YNode lineNode(Context ctx) {
    YNode[] e = ctx.entryAt(indicator.line(), indicator.column());
    return e == null ? ctx.root() : e[1];
  }

  /** The node holding one of the values: "value", "year_before" or "last_year". */
  public YNode valueNode(Context ctx, String which) {
    YNode n = lineNode(ctx);
    if (n instanceof YNode.YMap m) {
      YNode v = m.entries().get(which);
      return v == null ? n : v;
    }
    return n;
  }

  /** The value written for "value", "year_before" or "last_year". */
  public String value(String which) {
    return switch (which) {
      case "year_before" -> indicator.yearBefore();
      case "last_year" -> indicator.lastYear();
      default -> indicator.value();
    };
  }

  /**
   * A value a row writes under column headings of a {@code kind: columns} field (龙岩's
   * 区域目标值 per county): the field, the value and the headings that hold it, in file order.
   */
  public record ColumnValue(String field, String value, List<String> headings) {}

  /** The distinct values of this row's {@code kind: columns} fields, each once, in file order. */
  public List<ColumnValue> columnValues() {
    List<ColumnValue> out = new ArrayList<>();
    indicator.extra().forEach((field, v) -> {
      if (v instanceof java.util.Map<?, ?> cols) {
        java.util.Map<String, List<String>> byValue = new java.util.LinkedHashMap<>();
        cols.forEach((h, t) -> byValue.computeIfAbsent(String.valueOf(t), k -> new ArrayList<>())
            .add(String.valueOf(h)));
        byValue.forEach((t, hs) -> out.add(new ColumnValue(field, t, List.copyOf(hs))));
      }
    });
    return out;
  }

  /** The node of {@code c}'s value under its first heading, else the field, else the row. */
  public YNode columnNode(Context ctx, ColumnValue c) {
    YNode n = lineNode(ctx);
    if (n instanceof YNode.YMap m && m.entries().get(c.field()) instanceof YNode.YMap cols) {
      YNode v = cols.entries().get(c.headings().get(0));
      return v == null ? cols : v;
    }
    return n;
  }

  /** The three value columns, in the order they are checked. */
  public static final List<String> VALUES = List.of("value", "year_before", "last_year");
}
