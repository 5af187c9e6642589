package org.jixiao.validate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.model.YNode;
import org.jixiao.model.YNode.YList;
import org.jixiao.model.YNode.YMap;
import org.jixiao.model.YNode.YScalar;

/**
 * An indicator table written row by row, as a spreadsheet or the printed form holds it
 * ({@code - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 培训人次, 指标值: ≥500人次}}), read as
 * the levels it names: consecutive rows of one first level are one first level, their second
 * levels in order, each row an indicator whose other columns are its keys (a column whose name
 * ends in 值 is its {@code value}; the others as written, which the schema reads by the form's
 * names, {@code key-as-printed}). One {@code indicator-rows} warning per table says it was read
 * so. A list that is not all such rows, or whose rows name one indicator twice, is left as
 * written (the reader then says what is wrong with it).
 */
final class IndicatorRows {
  private static final List<String> FIRST = List.of("一级指标", "一级");
  private static final List<String> SECOND = List.of("二级指标", "二级");
  private static final List<String> NAME = List.of("三级指标", "三级", "指标名称", "指标");

  /**
   * The column names of jixiao's first level, second level and indicator, as a form heads them,
   * each list in order of preference (a row with two of a level's names is read by the first).
   */
  record Heads(List<String> first, List<String> second, List<String> name, List<String> shown) {
    /** The usual heads: 一级指标 | 二级指标 | 三级指标 (or 指标名称). */
    static final Heads USUAL = new Heads(FIRST, SECOND, NAME, List.of("一级指标", "二级指标", "三级指标"));

    /**
     * The heads of a variant's table of {@code levels} levels (2 or 3): its texts.yaml
     * {@code level_names}, level by level as jixiao counts them (大庆's two-level table heads its
     * first level 二级指标 and its indicators 三级指标: [二级指标, 三级指标]; 青山 calls its
     * indicators 指标内容: [一级指标, 二级指标, 指标内容], as the 416号 family does). The usual
     * names stay too, each where the form does not give it to another level. A two-level table's indicators may be headed by a
     * usual second-level name too (鄂州's 一级指标 | 二级指标, the second naming the indicators); a
     * row writing both reads the indicator from the third level's column.
     */
    static Heads of(int levels, List<String> levelNames) {
      List<String> own = levelNames.stream().map(IndicatorRows::norm).toList();
      if (levels < 2 || levels > 3 || own.size() > levels
          || new java.util.HashSet<>(own).size() < own.size()) {
        return USUAL;
      }
      String[] at = new String[3];
      for (int i = 0; i < own.size(); i++) {
        at[levels == 2 && i == 1 ? 2 : i] = own.get(i);
      }
      List<String> claimed = java.util.Arrays.stream(at).filter(java.util.Objects::nonNull).toList();
      List<String> name = new ArrayList<>(with(at[2], NAME, claimed));
      if (levels == 2) {
        name.addAll(with(null, SECOND, claimed));
      }
      List<String> shown = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        if (i != 1 || levels == 3) {
          shown.add(at[i] != null ? at[i] : USUAL.shown().get(i));
        }
      }
      return new Heads(with(at[0], FIRST, claimed), levels == 2 ? List.of() : with(at[1], SECOND, claimed),
          List.copyOf(name), List.copyOf(shown));
    }

    /** {@code own} (when there is one) first, then the usual names no other level claims. */
    private static List<String> with(String own, List<String> usual, List<String> claimed) {
      List<String> s = new ArrayList<>();
      if (own != null) {
        s.add(own);
      }
      usual.stream().filter(u -> !claimed.contains(u)).forEach(s::add);
      return List.copyOf(s);
    }

    boolean level(String n) {
      return first.contains(n) || second.contains(n) || name.contains(n);
    }
  }

  private IndicatorRows() {}

  /**
   * {@code root} with every indicator table written row by row nested; a warning for each, and
   * the lines of its rows added to {@code rows} (their columns are the form's names of the
   * indicator's keys by design: the caller drops the {@code key-as-printed} warning for each).
   * A table is found under its key or under the name its form prints it with ({@code tables}
   * gives the table key of a written key in scope "declaration" or "project", or null); the key is
   * left as written, for the schema to read.
   */
  static YNode nest(String file, YNode root, Heads heads,
      java.util.function.BinaryOperator<String> tables, Messages lang, List<Diagnostic> found,
      Set<Integer> rows) {
    if (!(root instanceof YMap top)) {
      return root;
    }
    Map<String, YNode> entries = new LinkedHashMap<>(top.entries());
    boolean changed = false;
    for (String k : top.entries().keySet()) {
      if (tables.apply("declaration", k) != null) {
        YNode t = table(file, entries.get(k), heads, lang, found, rows);
        if (t != entries.get(k)) {
          entries.put(k, t);
          changed = true;
        }
      }
    }
    if (top.entries().get("projects") instanceof YList projects) {
      List<YNode> items = new ArrayList<>();
      boolean any = false;
      for (YNode p : projects.items()) {
        YNode q = p;
        if (p instanceof YMap pm) {
          Map<String, YNode> pe = new LinkedHashMap<>(pm.entries());
          Map<String, YScalar> pk = new LinkedHashMap<>(pm.keys());
          for (String k : pm.entries().keySet()) {
            String table = tables.apply("project", k);
            if (table == null && norm(k).equals("绩效指标") && pm.entries().keySet().stream()
                .noneMatch(x -> "indicators".equals(tables.apply("project", x)))) {
              // the row label every edition prints its indicator table under, where this one
              // titles the table otherwise (88号: 年度指标 | 中期指标, both under 绩效指标)
              YScalar at = pm.keys().get(k);
              found.add(Diagnostic.warning(file, at.line(), at.column(), "key-as-printed",
                  lang.pick("「" + k + "」读作键 indicators（表上的名称）", "'" + k
                      + "' is read as the key indicators (the form's name for it)"),
                  lang.pick("改写为 indicators: 以免歧义", "write indicators: instead, so that it cannot be misread")));
              pe = renamed(pe, k, "indicators");
              pk = renamedKeys(pk, k, "indicators");
              k = "indicators";
              table = "indicators";
              q = new YMap(pe, pk, pm.line(), pm.column());
            }
            if (table == null) {
              continue;
            }
            List<YList> split = table.equals("indicators") && pm.entries().keySet().stream()
                .noneMatch(x -> "long_term_indicators".equals(tables.apply("project", x)))
                ? sides(pe.get(k)) : null;
            if (split != null) {
              // the 88号 form's one table with its 中期 and 年度 sides side by side, a row each
              YScalar at = pk.get(k);
              found.add(Diagnostic.warning(file, at.line(), at.column(), "indicator-rows",
                  lang.pick("指标表的中期（长期）与年度两侧写在同一行：已分成长期指标（long_term_indicators）和年度指标两张表",
                      "the table's long-term and annual sides are written in one row: read as two tables, "
                          + "long_term_indicators and the annual one"),
                  lang.pick("也可分开写：long_term_indicators: 和 indicators: 各按层级写",
                      "they may also be written apart: long_term_indicators: and indicators:, each by levels")));
              pe.put("long_term_indicators", table(file, split.get(0), heads, lang, found, rows));
              pk.put("long_term_indicators", new YScalar("long_term_indicators", false, at.line(), at.column()));
              pe.put(k, table(file, split.get(1), heads, lang, found, rows));
              if (found.size() > 1 && found.get(found.size() - 1).equals(found.get(found.size() - 2))) {
                found.remove(found.size() - 1); // both sides' rows said so at the same line
              }
              q = new YMap(pe, pk, pm.line(), pm.column());
              continue;
            }
            YNode t = table(file, pe.get(k), heads, lang, found, rows);
            if (t != pe.get(k)) {
              pe.put(k, t);
              q = new YMap(pe, pk, pm.line(), pm.column());
            }
          }
        }
        any |= q != p;
        items.add(q);
      }
      if (any) {
        entries.put("projects", new YList(items, projects.line(), projects.column()));
        changed = true;
      }
    }
    return changed ? new YMap(entries, top.keys(), top.line(), top.column()) : root;
  }

  /**
   * The table nested when it is written as rows; its lists of indicators each written with its
   * name as a column ({@code - {name: 培训人次, value: 500}}) as lists of named indicators
   * ({@code - 培训人次: {value: 500}}); else {@code node} itself.
   */
  private static YNode table(String file, YNode node, Heads heads, Messages lang,
      List<Diagnostic> found, Set<Integer> rows) {
    YNode t = rows(file, node, heads, lang, found, rows);
    List<YList> lists = new ArrayList<>();
    YNode n = named(t, heads, lists);
    if (!lists.isEmpty()) {
      lists.forEach(l -> l.items().forEach(r -> ((YMap) r).keys().values().forEach(k -> rows.add(k.line()))));
      YList first = lists.get(0);
      found.add(Diagnostic.warning(file, first.line(), first.column(), "indicator-rows",
          lang.pick("指标逐项写成了「- {name: 指标名称, value: 指标值}」：已按名称读入，其余各列按表上的栏名读作指标的键",
              "indicators are written as - {name: …, value: …}: read by their names, the other columns "
                  + "by the form's names of the indicator's keys"),
          lang.pick("也可写成 指标名称: 值，或 指标名称: {value: …, …}（jixiao init 写出的文件就是这样）",
              "they may also be written name: value, or name: {value: …} (as jixiao init writes them)")));
    }
    return n;
  }

  /** {@code m} with key {@code from} renamed {@code to}, in its place. */
  private static Map<String, YNode> renamed(Map<String, YNode> m, String from, String to) {
    Map<String, YNode> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k.equals(from) ? to : k, v));
    return out;
  }

  private static Map<String, YScalar> renamedKeys(Map<String, YScalar> m, String from, String to) {
    Map<String, YScalar> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k.equals(from) ? to : k,
        k.equals(from) ? new YScalar(to, v.quoted(), v.line(), v.column()) : v));
    return out;
  }

  /** Words of a long-term side's value column (中期指标值, 长期目标值, 实施期指标值). */
  private static final List<String> LONG = List.of("中期", "长期", "实施期", "实施周期", "总目标");
  /** Words of an annual side's value column (年度指标值, 当年指标值, 本年度). */
  private static final List<String> ANNUAL = List.of("年度", "当年", "本年");

  /** Which side a value column is: "long", "annual", or null when it names neither or is none. */
  private static String side(String column) {
    String n = norm(column);
    if (!n.endsWith("值") && !n.contains("指标值")) {
      return null;
    }
    boolean isLong = LONG.stream().anyMatch(n::contains);
    boolean isAnnual = ANNUAL.stream().anyMatch(n::contains);
    return isLong == isAnnual ? null : isLong ? "long" : "annual";
  }

  /**
   * A table written as rows whose value is in two columns, a long-term side's and an annual
   * side's (一级 | 二级 | 三级 | 中期指标值 | 年度指标值, the 88号 form's one table; a row may leave
   * one side out): the rows of each side with a value there, that side's column as the value ({@code 指标值}), the other
   * columns with both. Null when the rows are not all so.
   */
  private static List<YList> sides(YNode node) {
    if (!(node instanceof YList list) || list.items().isEmpty()) {
      return null;
    }
    List<YNode> longRows = new ArrayList<>();
    List<YNode> annualRows = new ArrayList<>();
    boolean sawLong = false;
    boolean sawAnnual = false;
    for (YNode item : list.items()) {
      if (!(item instanceof YMap row)) {
        return null;
      }
      String longKey = null;
      String annualKey = null;
      for (String k : row.entries().keySet()) {
        String side = side(k);
        if ("long".equals(side)) {
          if (longKey != null) {
            return null;
          }
          longKey = k;
        } else if ("annual".equals(side)) {
          if (annualKey != null) {
            return null;
          }
          annualKey = k;
        }
      }
      if (longKey == null && annualKey == null) {
        return null;
      }
      sawLong |= longKey != null;
      sawAnnual |= annualKey != null;
      YMap longRow = longKey == null ? null : sideRow(row, longKey, annualKey);
      YMap annualRow = annualKey == null ? null : sideRow(row, annualKey, longKey);
      if (longRow != null) {
        longRows.add(longRow);
      }
      if (annualRow != null) {
        annualRows.add(annualRow);
      }
    }
    if (!sawLong || !sawAnnual) {
      return null;
    }
    return List.of(new YList(longRows, list.line(), list.column()),
        new YList(annualRows, list.line(), list.column()));
  }

  /**
   * {@code row} for one side: {@code value} as 指标值, without {@code other}; null when the side's
   * cell is empty.
   */
  private static YMap sideRow(YMap row, String value, String other) {
    if (!(row.entries().get(value) instanceof YScalar v) || v.isNull() || v.text().isBlank()) {
      return null;
    }
    Map<String, YNode> entries = new LinkedHashMap<>();
    Map<String, YScalar> keys = new LinkedHashMap<>();
    for (var e : row.entries().entrySet()) {
      String k = e.getKey();
      if (k.equals(other)) {
        continue;
      }
      YScalar at = row.keys().get(k);
      if (k.equals(value)) {
        entries.put("指标值", e.getValue());
        keys.put("指标值", new YScalar("指标值", false, at.line(), at.column()));
      } else {
        entries.put(k, e.getValue());
        keys.put(k, at);
      }
    }
    return new YMap(entries, keys, row.line(), row.column());
  }

  /** The word a list item names its indicator by: {@code name}, or a name head of the form's. */
  private static List<String> names(Heads heads) {
    List<String> n = new ArrayList<>(heads.name());
    n.add(0, "name");
    return n;
  }

  /**
   * {@code node} with each list whose items all name an indicator by a column (and none a first
   * level: those are rows, {@link #rows}) made a list of named indicators; each such list
   * added to {@code lists}.
   */
  private static YNode named(YNode node, Heads heads, List<YList> lists) {
    if (node instanceof YMap m) {
      Map<String, YNode> out = new LinkedHashMap<>();
      boolean changed = false;
      for (var e : m.entries().entrySet()) {
        YNode v = named(e.getValue(), heads, lists);
        changed |= v != e.getValue();
        out.put(e.getKey(), v);
      }
      return changed ? new YMap(out, m.keys(), m.line(), m.column()) : node;
    }
    if (!(node instanceof YList l) || l.items().isEmpty()) {
      return node;
    }
    boolean all = l.items().stream().allMatch(i -> i instanceof YMap r
        && cell(r, names(heads)) != null && cell(r, heads.first()) == null && !has(r, heads.first()));
    if (!all) {
      List<YNode> items = new ArrayList<>();
      boolean changed = false;
      for (YNode i : l.items()) {
        YNode v = named(i, heads, lists);
        changed |= v != i;
        items.add(v);
      }
      return changed ? new YList(items, l.line(), l.column()) : node;
    }
    lists.add(l);
    List<YNode> items = new ArrayList<>();
    for (YNode i : l.items()) {
      YMap r = (YMap) i;
      YScalar name = cell(r, names(heads));
      items.add(one(name.text(), name, columns(r, heads)));
    }
    return new YList(items, l.line(), l.column());
  }

  /** The table nested when it is written as rows; else {@code node} itself. */
  private static YNode rows(String file, YNode node, Heads heads, Messages lang,
      List<Diagnostic> found, Set<Integer> rows) {
    if (!(node instanceof YList list) || list.items().isEmpty()) {
      return node;
    }
    // first level → second level ("" when the rows name none) → indicators, each in row order
    Map<String, Map<String, Map<String, YNode>>> levels = new LinkedHashMap<>();
    Map<String, YScalar> names = new LinkedHashMap<>();
    List<YNode> items = new ArrayList<>();
    String open = null;
    YScalar above = null;
    YScalar aboveSecond = null;
    for (YNode item : list.items()) {
      if (!(item instanceof YMap row)) {
        return node;
      }
      YScalar first = cell(row, heads.first());
      YScalar name = cell(row, heads.name());
      YScalar second = cell(row, heads.second());
      // a level cell left empty under a filled one is the one above, as the form merges them
      // (a spreadsheet copied with its merged cells leaves all but the first empty)
      boolean sameFirst = first == null || above != null && first.text().equals(above.text());
      if (first == null && blank(row, heads.first())) {
        first = above;
      }
      if (second == null && blank(row, heads.second()) && sameFirst && aboveSecond != null) {
        second = aboveSecond;
      }
      if (first == null || name == null || second == null && has(row, heads.second())) {
        return node;
      }
      above = first;
      aboveSecond = second;
      if (open != null && !open.equals(first.text())) {
        items.add(level1(levels, names));
        levels.clear();
      }
      open = first.text();
      names.putIfAbsent(first.text(), first);
      String g = second == null ? "" : second.text();
      if (second != null) {
        names.putIfAbsent(first.text() + "\n" + g, second);
      }
      Map<String, YNode> indicators = levels.computeIfAbsent(first.text(), k -> new LinkedHashMap<>())
          .computeIfAbsent(g, k -> new LinkedHashMap<>());
      if (indicators.containsKey(name.text())) {
        return node; // one indicator named twice: not guessed which is meant
      }
      names.put(first.text() + "\n" + g + "\n" + name.text(), name);
      indicators.put(name.text(), columns(row, heads));
    }
    items.add(level1(levels, names));
    // each line a row's cells stand on (a row written as a block spans several)
    list.items().forEach(r -> ((YMap) r).keys().values().forEach(k -> rows.add(k.line())));
    String columns = String.join("、", heads.shown());
    String nested = heads.shown().stream().map(h -> h + "名: → ").collect(java.util.stream.Collectors.joining());
    found.add(Diagnostic.warning(file, list.line(), list.column(), "indicator-rows",
        lang.pick("指标表逐行写成（每行一个指标，" + columns + "各占一列）：已按层级读入，其余各列按表上的栏名读作指标的键",
            "the indicator table is written row by row (" + String.join(", ", heads.shown())
                + " as columns): read as its levels, the other columns by the form's names of the "
                + "indicator's keys"),
        lang.pick("也可按层级写：" + nested.substring(0, nested.length() - 3) + " 值（jixiao init 写出的文件就是这样）",
            "it may also be written by levels: " + nested.substring(0, nested.length() - 3)
                + " value (as jixiao init writes it)")));
    return new YList(items, list.line(), list.column());
  }

  /** One list item: a first level with its second levels (or its indicators) in row order. */
  private static YNode level1(Map<String, Map<String, Map<String, YNode>>> levels,
      Map<String, YScalar> names) {
    var e = levels.entrySet().iterator().next();
    String first = e.getKey();
    YScalar at = names.get(first);
    Map<String, YNode> groups = new LinkedHashMap<>();
    Map<String, YScalar> groupKeys = new LinkedHashMap<>();
    Map<String, YNode> direct = e.getValue().get("");
    if (direct != null && e.getValue().size() == 1) {
      // no second levels: the first level holds the indicators (a two-level table)
      return one(first, at, map(direct, first + "\n\n", names, at));
    }
    e.getValue().forEach((g, indicators) -> {
      YScalar gk = g.isEmpty() ? at : names.get(first + "\n" + g);
      groups.put(g, map(indicators, first + "\n" + g + "\n", names, gk));
      groupKeys.put(g, new YScalar(g, false, gk.line(), gk.column()));
    });
    return one(first, at, new YMap(groups, groupKeys, at.line(), at.column()));
  }

  private static YMap map(Map<String, YNode> indicators, String prefix, Map<String, YScalar> names,
      YScalar at) {
    Map<String, YScalar> keys = new LinkedHashMap<>();
    indicators.keySet().forEach(n -> {
      YScalar k = names.get(prefix + n);
      keys.put(n, new YScalar(n, false, k.line(), k.column()));
    });
    return new YMap(indicators, keys, at.line(), at.column());
  }

  private static YMap one(String key, YScalar at, YNode value) {
    return new YMap(Map.of(key, value), Map.of(key, new YScalar(key, false, at.line(), at.column())),
        at.line(), at.column());
  }

  /** The row's other columns: its indicator's keys, a column named …值 its value. */
  private static YNode columns(YMap row, Heads heads) {
    Map<String, YNode> out = new LinkedHashMap<>();
    Map<String, YScalar> keys = new LinkedHashMap<>();
    // the one column named …值 is the value, unless the row writes value: itself (then neither
    // is renamed, and the schema says both are written)
    long values = row.entries().containsKey("value") ? 0
        : row.entries().keySet().stream().filter(k -> norm(k).endsWith("值")).count();
    row.entries().forEach((k, v) -> {
      String n = norm(k);
      if (heads.level(n) || n.equals("name")) {
        return;
      }
      String key = values == 1 && n.endsWith("值") ? "value" : k;
      out.put(key, v);
      YScalar at = row.keys().get(k);
      keys.put(key, new YScalar(key, false, at.line(), at.column()));
    });
    if (out.size() == 1 && out.get("value") instanceof YScalar s) {
      return s; // 名称: 值, as a table of values only is written
    }
    return new YMap(out, keys, row.line(), row.column());
  }

  /**
   * The row's cell under the first of {@code names} it has: a text, or null when none or not a
   * text.
   */
  private static YScalar cell(YMap row, List<String> names) {
    for (String n : names) {
      for (var e : row.entries().entrySet()) {
        if (n.equals(norm(e.getKey()))) {
          return e.getValue() instanceof YScalar s && s.text() != null && !s.text().isBlank() ? s : null;
        }
      }
    }
    return null;
  }

  /** The row has no cell under any of {@code names}, or an empty one (not a mapping or list). */
  private static boolean blank(YMap row, List<String> names) {
    for (var e : row.entries().entrySet()) {
      if (names.contains(norm(e.getKey()))) {
        return e.getValue() instanceof YScalar s && (s.isNull() || s.text().isBlank());
      }
    }
    return true;
  }

  private static boolean has(YMap row, List<String> names) {
    return row.entries().keySet().stream().anyMatch(k -> names.contains(norm(k)));
  }

  private static final java.util.regex.Pattern SPACES_COLONS = java.util.regex.Pattern.compile("[\\s:]+");

  private static String norm(String key) {
    return SPACES_COLONS.matcher(Normalizer.normalize(key, Normalizer.Form.NFKC)).replaceAll("");
  }
}
