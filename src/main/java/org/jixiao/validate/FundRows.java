package org.jixiao.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.regex.Pattern;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.model.YNode;
import org.jixiao.model.YNode.YList;
import org.jixiao.model.YNode.YMap;
import org.jixiao.model.YNode.YScalar;

/**
 * A project's fund lines written as a spreadsheet holds them, a row each with the line's name
 * and its amount ({@code - {资金来源: 财政拨款, 金额: 50}}): read as the mapping the form's 资金来源
 * rows are ({@code 财政拨款: 50}), with one {@code fund-rows} warning. A list that is not all such
 * two-cell rows is left as written (the schema then says what is wrong with it).
 */
final class FundRows {
  /** An amount as a cell holds it: digits, a separator, a unit; full-width alike. */
  private static final Pattern AMOUNT = Pattern.compile(
      "[¥￥]?\\s*[-−]?[0-9０-９][0-9０-９,，.．\\s]*(万元|万|元)?");

  private FundRows() {}

  /**
   * {@code root} with each project's {@code sources} (under its key or the name its form prints
   * it with, as {@code tables} finds it) read from rows.
   */
  static YNode read(String file, YNode root, BinaryOperator<String> tables, Messages lang,
      List<Diagnostic> found) {
    if (!(root instanceof YMap top) || !(top.entries().get("projects") instanceof YList projects)) {
      return root;
    }
    List<YNode> items = new ArrayList<>();
    boolean any = false;
    for (YNode p : projects.items()) {
      YNode q = p;
      if (p instanceof YMap pm) {
        Map<String, YNode> pe = new LinkedHashMap<>(pm.entries());
        for (String k : pm.entries().keySet()) {
          if (tables.apply("project", k) != null && pe.get(k) instanceof YList rows) {
            YMap lines = lines(rows);
            if (lines != null) {
              pe.put(k, lines);
              q = new YMap(pe, pm.keys(), pm.line(), pm.column());
              found.add(Diagnostic.warning(file, rows.line(), rows.column(), "fund-rows",
                  lang.pick("资金来源逐行写成（名称、金额各一栏）：已读作 名称: 金额",
                      "the fund lines are written a row each (name and amount): read as name: amount"),
                  lang.pick("也可写成 财政拨款: 50，每行一个资金来源", "they may also be written 财政拨款: 50, a line each")));
            }
          }
        }
      }
      any |= q != p;
      items.add(q);
    }
    if (!any) {
      return root;
    }
    Map<String, YNode> entries = new LinkedHashMap<>(top.entries());
    entries.put("projects", new YList(items, projects.line(), projects.column()));
    return new YMap(entries, top.keys(), top.line(), top.column());
  }

  /** The rows as name: amount, or null when a row is not one name and one amount. */
  private static YMap lines(YList rows) {
    if (rows.items().isEmpty()) {
      return null;
    }
    Map<String, YNode> out = new LinkedHashMap<>();
    Map<String, YScalar> keys = new LinkedHashMap<>();
    for (YNode item : rows.items()) {
      if (!(item instanceof YMap row) || row.entries().size() != 2) {
        return null;
      }
      YScalar name = null;
      YScalar amount = null;
      for (YNode v : row.entries().values()) {
        if (!(v instanceof YScalar s) || s.isNull() || s.text().isBlank()) {
          return null;
        }
        if (AMOUNT.matcher(s.text().strip()).matches()) {
          if (amount != null) {
            return null;
          }
          amount = s;
        } else {
          if (name != null) {
            return null;
          }
          name = s;
        }
      }
      if (name == null || amount == null || out.containsKey(name.text().strip())) {
        return null;
      }
      String n = name.text().strip();
      out.put(n, amount);
      keys.put(n, new YScalar(n, name.quoted(), name.line(), name.column()));
    }
    return new YMap(out, keys, rows.line(), rows.column());
  }
}
