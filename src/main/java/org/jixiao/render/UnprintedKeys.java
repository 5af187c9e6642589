package org.jixiao.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.diag.Diagnostic;
import org.jixiao.enrich.IndicatorRow;
import org.jixiao.enrich.Views;
import org.jixiao.model.Declaration;
import org.jixiao.model.YNode;

/**
 * The variant's own keys ({@code fields:}) a unit wrote and a form's {@code keys:} name, but that
 * no template of the unit's forms ever read: a value that would be missing from the printed form
 * without a word (a family template prints only the keys it knows, e.g. the 88号 project form
 * only the header rows of its texts.yaml {@code header:}). Each is an error at the value's line
 * naming the variant, the form, its template and how to print it.
 */
final class UnprintedKeys {
  private static final Set<String> BUILT_IN_UNIT = Set.of("code", "contact", "phone", "head");
  private static final java.util.regex.Pattern PROJECT_SLOT = java.util.regex.Pattern.compile("\\{project\\.([^{}]+)\\}");
  /** scope.key → the first non-empty value written under it. */
  private final Map<String, Object> written = new LinkedHashMap<>();
  /** scope.key → the form (file, template) whose keys: name it, first met. */
  private final Map<String, String[]> namedBy = new LinkedHashMap<>();
  private final Set<String> read = new LinkedHashSet<>();

  /** What one form's template was given ({@code ctx}) and read ({@code reads}). */
  void form(String file, String title, String template, Map<String, List<String>> keys,
      Map<String, Object> ctx, Set<String> reads) {
    read.addAll(reads);
    // a key the title prints through its slot {project.专项} is printed
    java.util.regex.Matcher slot = PROJECT_SLOT.matcher(title == null ? "" : title);
    while (slot.find()) {
      read.add("project." + slot.group(1));
    }
    Map<String, Object> here = new LinkedHashMap<>();
    if (ctx.get("unit") instanceof Views.Unit u) {
      add(here, "unit", u.extra());
      // the built-in unit keys the form's keys: name (部门编码 as code, 填报人 as contact, …)
      for (String k : keys.getOrDefault("unit", List.of())) {
        String text = u.builtIn(k);
        if (text != null && !text.isBlank()) {
          here.putIfAbsent("unit." + k, text);
        }
      }
    }
    if (ctx.get("extra") instanceof Map<?, ?> m) {
      add(here, "declaration", m);
    }
    if (ctx.get("taskItems") instanceof List<?> tasks) {
      tasks.forEach(t -> add(here, "task", ((Views.Task) t).extra()));
    }
    for (String table : List.of("annual", "longTerm")) {
      if (ctx.get(table) instanceof IndicatorRow.Table t) {
        rows(here, t);
      }
    }
    // the built-in columns of a project's tables only: a 二级 unit's hubei 部门整体 form prints the
    // statement that it is empty instead of its tables (the form's rule), and "its template does not
    // print it" would be the wrong reason for those columns, so the 部门整体 tables are left out
    List<String> columns = keys.getOrDefault("indicator", List.of());
    if (ctx.get("project") instanceof Views.Project p) {
      project(here, p);
      builtInColumns(here, p.indicators(), columns);
      builtInColumns(here, p.longTerm(), columns);
      // the built-in project keys the form's keys: name (项目负责人 as leader, 联系电话 as phone)
      for (String k : keys.getOrDefault("project", List.of())) {
        String text = p.extra() != null && p.extra().containsKey(k) ? null : p.cell(k);
        if (text != null && !text.isBlank() && !"name".equals(k)) {
          here.putIfAbsent("project." + k, text);
        }
      }
    }
    for (Map.Entry<String, Object> e : here.entrySet()) {
      String key = e.getKey();
      int dot = key.indexOf('.');
      List<String> listed = keys.get(key.substring(0, dot));
      if (listed == null || listed.contains(key.substring(dot + 1))) {
        written.putIfAbsent(key, e.getValue());
        namedBy.putIfAbsent(key, new String[] {file, template});
      }
    }
  }

  private static void project(Map<String, Object> here, Views.Project p) {
    add(here, "project", p.extra());
    rows(here, p.indicators());
    rows(here, p.longTerm());
    if (p.details() != null) {
      p.details().spending().forEach(s -> add(here, "spending", s.extra()));
    }
  }

  private static void rows(Map<String, Object> here, IndicatorRow.Table t) {
    if (t != null) {
      t.rows().forEach(r -> add(here, "indicator", r.extra()));
    }
  }

  /** The built-in indicator keys the form's keys: indicator: name (explanation, type, …) a row holds. */
  private static void builtInColumns(Map<String, Object> here, IndicatorRow.Table t, List<String> keys) {
    if (t == null) {
      return;
    }
    for (IndicatorRow r : t.rows()) {
      for (String k : keys) {
        String text = r.extra().containsKey(k) || k.equals("value") ? null : r.cell(k);
        if (text != null && !text.isBlank()) {
          here.putIfAbsent("indicator." + k, text);
        }
      }
    }
  }

  /** Adds the non-empty values of {@code extra}, read without recording. */
  private static void add(Map<String, Object> here, String scope, Map<?, ?> extra) {
    if (extra == null) {
      return;
    }
    for (Map.Entry<?, ?> e : extra.entrySet()) {
      Object v = e.getValue();
      boolean empty = v == null || v instanceof String s && s.isBlank()
          || v instanceof java.util.Collection<?> c && c.isEmpty()
          || v instanceof Map<?, ?> m && m.isEmpty();
      if (!empty) {
        here.putIfAbsent(scope + "." + e.getKey(), v);
      }
    }
  }

  /** The errors: each key written and named by a form that no form's template read. */
  List<Diagnostic> problems(Declaration d, String variant, String source,
      java.util.function.Function<String, String> display,
      java.util.function.BiFunction<String, String, String> rowsKey,
      java.util.function.Function<String, List<?>> rowsList) {
    List<Diagnostic> out = new ArrayList<>();
    for (Map.Entry<String, Object> e : written.entrySet()) {
      if (read.contains(e.getKey())) {
        continue;
      }
      String scope = e.getKey().substring(0, e.getKey().indexOf('.'));
      String key = e.getKey().substring(scope.length() + 1);
      String[] form = namedBy.get(e.getKey());
      int[] at = line(d.file(), source, key);
      out.add(Diagnostic.warning(d.file(), at[0], at[1], "unprinted-key",
          "版式 " + variant + " 的表「" + form[0] + "」的 keys: " + scope + ": 有「" + key
              + "」，但其模板 " + display.apply(form[1]) + " 不印它：这里写的值不会出现在表上",
          hint(scope, key,
              rowsKey.apply(form[1], scope), rowsList)));
    }
    return out;
  }

  /**
   * The variant's own {@code foot:} rows when no template of its forms printed them (a family
   * template without review rows, such as the 88号 部门整体 form's): an error at that line.
   */
  Diagnostic foot(org.jixiao.variant.Variant v, org.jixiao.template.TemplateRoot root) {
    if (v.foot().isEmpty() || read.contains("variant.foot")) {
      return null;
    }
    String file = v.name() + "/variant.yaml";
    String text;
    try {
      text = new String(root.read(file), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("foot:")) {
        return Diagnostic.error(root.display(file), i + 1, 1, "unprinted-key",
            "foot: 的审核意见行不会印出：版式 " + v.name() + " 的表的模板都不印 foot:（它们不读 $variant.foot()）",
            "改用印 foot: 的家族（README 版式表中写明 review rows from foot: 的），或在自己的模板中用"
                + " #foreach($f in $variant.foot()) 印出各行；表上本无审核意见，则删去 foot:");
      }
    }
    return null;
  }

  private static String hint(String scope, String key, String rowsKey,
      java.util.function.Function<String, List<?>> rowsList) {
    String print = switch (scope) {
      case "project" -> "$project.cell(\"" + key + "\")";
      case "indicator" -> "$r.cell(\"" + key + "\")";
      case "unit" -> BUILT_IN_UNIT.contains(key) ? "$unit." + key : "$unit.extra.get(\"" + key + "\")";
      case "task" -> "$t.extra.get(\"" + key + "\")";
      case "spending" -> "$s.extra.get(\"" + key + "\")";
      default -> "$extra.get(\"" + key + "\")";
    };
    List<?> now = rowsKey == null ? null : rowsList.apply(rowsKey);
    List<?> header = now == null ? List.of() : now;
    String where = "header".equals(rowsKey)
        ? "在版式的 texts.yaml 中写出全部表头行并加上它，如 header: " + rows(header, key)
            + "（header: 整个取代所继承的），表头便印「" + key + "」一行；或在自己的模板中印 " + print
        : rowsKey != null
        ? "在版式的 texts.yaml 中写 " + rowsKey + ": " + flat(header, key) + "（" + rowsKey
            + ": 整个取代所继承的），表上便印「" + key + "」一行；或在自己的模板中印 " + print
        : "在版式自己的模板中印 " + print + "（README「A variant is a folder of files」）";
    return where + "；表上本无此栏，则从 keys: " + scope + ": 中去掉它";
  }

  /** {@code list} in flow style with {@code key} added: [code, key]. */
  private static String flat(List<?> list, String key) {
    List<String> out = new ArrayList<>(list.stream().map(String::valueOf).toList());
    out.add(key);
    return "[" + String.join(", ", out) + "]";
  }

  /** {@code header} in flow style with a row of {@code key} added: [[department, executor], [key]]. */
  private static String rows(List<?> header, String key) {
    List<String> out = new ArrayList<>();
    for (Object row : header) {
      out.add(row instanceof List<?> l
          ? "[" + String.join(", ", l.stream().map(String::valueOf).toList()) + "]"
          : "[" + row + "]");
    }
    out.add("[" + key + "]");
    return "[" + String.join(", ", out) + "]";
  }

  /** The line and column of the first entry named {@code key} in the YAML source; 0, 0 if none. */
  private static int[] line(String file, String source, String key) {
    if (source == null) {
      return new int[] {0, 0};
    }
    java.util.Deque<YNode> todo = new java.util.ArrayDeque<>();
    try {
      todo.add(org.jixiao.model.YamlLoader.parse(file, source));
    } catch (RuntimeException e) {
      return new int[] {0, 0};
    }
    int[] best = null;
    while (!todo.isEmpty()) {
      YNode n = todo.pop();
      if (n instanceof YNode.YMap m) {
        YNode.YScalar k = m.keys().get(key);
        if (k != null && (best == null || k.line() < best[0])) {
          best = new int[] {k.line(), k.column()};
        }
        todo.addAll(m.entries().values());
      } else if (n instanceof YNode.YList l) {
        todo.addAll(l.items());
      }
    }
    return best == null ? new int[] {0, 0} : best;
  }
}
