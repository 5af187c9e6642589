package org.jixiao.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.model.YNode.YList;
import org.jixiao.model.YNode.YMap;
import org.jixiao.model.YNode.YScalar;

/** Maps a parsed YAML tree onto a {@link Declaration}, reporting every problem in the file at once. */
public final class DeclarationReader {
  // the keys each place may hold are the schema's (DeclarationKeys); this class maps them
  private static final Set<String> TOP_KEYS = DeclarationKeys.of(DeclarationKeys.Scope.DECLARATION);
  private static final Set<String> UNIT_KEYS = DeclarationKeys.of(DeclarationKeys.Scope.UNIT);
  private static final Set<String> FUNDS_KEYS = DeclarationKeys.of(DeclarationKeys.Scope.FUNDS);
  private static final Set<String> FUND_KEYS = DeclarationKeys.of(DeclarationKeys.Scope.FUND_LINE);
  private static final Set<String> PROJECT_KEYS = DeclarationKeys.of(DeclarationKeys.Scope.PROJECT);
  /** The project keys that make up its 项目申报表 details ({@link ProjectDetails}). */
  static final Set<String> DETAIL_KEYS = Set.of("department", "executor", "leader",
      "phone", "address", "postcode", "attribute", "start_year", "end_year", "basis", "plan",
      "budget_changes", "sources", "spending", "purchases");
  private static final Set<String> SPENDING_KEYS = DeclarationKeys.of(DeclarationKeys.Scope.SPENDING);
  private static final Set<String> PURCHASE_KEYS = DeclarationKeys.of(DeclarationKeys.Scope.PURCHASE);
  private static final Set<String> GOAL_KEYS = DeclarationKeys.of(DeclarationKeys.Scope.GOAL);
  private static final Set<String> DEFAULT_KEYS = DeclarationKeys.of(DeclarationKeys.Scope.DEFAULTS);
  /** The keys of an indicator line written as a map. */
  public static final Set<String> LEAF_KEYS = DeclarationKeys.of(DeclarationKeys.Scope.INDICATOR);
  private static final Set<String> TASK_KEYS = DeclarationKeys.of(DeclarationKeys.Scope.TASK);
  /** 2024-10-16, 2024年10月16日, 2024.10.16, 2024/10/16, 20241016. */
  private static final Pattern DATE = Pattern.compile(
      "(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})\\s*日?|(\\d{4})(\\d{2})(\\d{2})");
  /** A date to the month or the year only, as some forms print it: 2024年10月, 2024.10, 2024年. */
  private static final Pattern PARTIAL_DATE =
      Pattern.compile("(\\d{4})\\s*(?:年\\s*(?:(\\d{1,2})\\s*月)?|[-./]\\s*(\\d{1,2}))");
  /** The blank date line of a printed form ({@code     年  月  日}): no date. */
  private static final Pattern BLANK_DATE = Pattern.compile("[\\s年月日]*");
  private static final Pattern YEAR = Pattern.compile("\\(?\\s*(\\d{4})\\s*(?:年度?)?\\s*\\)?");
  /** The years a long-term goal runs, as forms print them: 2025-2027年, 2025年—2027年, 2025至2027. */
  public static final Pattern YEARS =
      Pattern.compile("\\d{4}\\s*(?:年度?)?\\s*[-—–~～至到]{1,2}\\s*(\\d{4})\\s*(?:年度?)?");

  private final String file;
  private final Set<String> layouts;
  private final java.util.function.Function<String, Shape> shapes;
  private Shape shape = Shape.DEFAULT;
  /** The file's money_unit: an amount may carry it after the number ({@code 12.5万}). */
  private String moneyUnit = "万元";
  private final List<Diagnostic> problems = new ArrayList<>();

  private DeclarationReader(String file, Set<String> layouts,
      java.util.function.Function<String, Shape> shapes) {
    this.file = file;
    this.layouts = layouts;
    this.shapes = shapes;
  }

  /** Reads a declaration; {@code layouts} are the layout variants that have templates. */
  public static Declaration read(String file, YNode root, Set<String> layouts) {
    return read(file, root, layouts, l -> Shape.DEFAULT);
  }

  /**
   * Reads a declaration whose variant's own keys and indicator levels {@code shapes} gives
   * (by layout name).
   */
  public static Declaration read(String file, YNode root, Set<String> layouts,
      java.util.function.Function<String, Shape> shapes) {
    DeclarationReader r = new DeclarationReader(file, layouts, shapes);
    Declaration d = r.declaration(root);
    if (!r.problems.isEmpty()) {
      throw new JixiaoException(r.problems);
    }
    return d;
  }

  private Declaration declaration(YNode root) {
    if (!(root instanceof YMap top)) {
      error(root, "yaml-root", "文件的顶层必须是键值（layout: …, year: …, unit: …）",
          "参考 data/ 中的示例：第一行写 layout: hubei");
      throw new JixiaoException(problems);
    }
    String layout = requiredText(top, "layout", "layout: hubei");
    if (layout != null && !layouts.contains(layout)) {
      error(top.entries().get("layout"), "layout-unknown", "未知的版式「" + layout + "」",
          "可用的版式：" + String.join(", ", layouts.stream().sorted().toList())
              + suggestion(layout, layouts));
    } else if (layout != null) {
      shape = shapes.apply(layout);
    }
    checkKeys(top, with(TOP_KEYS, "declaration"));
    YNode formsNode = top.entries().get("forms");
    // forms: 项目申报表, one form named as a text, is the list of that one form
    List<String> forms = formsNode instanceof YScalar one && one.text() != null
        ? List.of(one.text().strip()) : texts(formsNode);
    // money_unit first: an amount anywhere in the file (a variant's own key under unit: or at
    // the top, written before money_unit:) may carry it after the number
    String moneyUnit = optionalText(top, "money_unit");
    this.moneyUnit = moneyUnit == null ? "万元" : moneyUnit;
    Map<String, Object> extra = extra(top, "declaration");
    int year = year(top, "year", true);
    Unit unit = unit(top.entries().get("unit"), top);
    Funds funds = funds(top.entries().get("funds"));
    // a form may print one paragraph where a list is usual: the file writes it as a text
    Set<String> paragraphs = new java.util.TreeSet<>();
    List<String> functions = paragraphOrTexts(top.entries().get("functions"), "functions",
        paragraphs);
    List<Task> taskItems = tasks(top.entries().get("tasks"));
    String[] defaults = defaults(top.entries().get("defaults"));
    List<Project> projects = projects(top.entries().get("projects"), defaults);
    Goal longTerm = goal(top.entries().get("long_term_goal"));
    List<String> annualGoal = paragraphOrTexts(top.entries().get("annual_goal"), "annual_goal",
        paragraphs);
    if (top.entries().get("long_term_goal") instanceof YMap lg
        && lg.entries().get("items") instanceof YScalar li && !isNull(li)) {
      paragraphs.add("long_term_goal.items");
    }
    List<IndicatorCategory> lt = indicators(top.entries().get("long_term_indicators"), defaults);
    List<IndicatorCategory> an = indicators(top.entries().get("annual_indicators"), defaults);
    if (!problems.isEmpty()) {
      throw new JixiaoException(problems);
    }
    return new Declaration(file, layout, year, unit, moneyUnit == null ? "万元" : moneyUnit, funds,
        functions, taskItems.stream().map(Task::text).toList(), projects, longTerm, annualGoal, lt,
        an, taskItems, forms, extra, paragraphs);
  }

  /** A list of texts, or one text kept as a paragraph ({@code key} noted in {@code paragraphs}). */
  private List<String> paragraphOrTexts(YNode node, String key, Set<String> paragraphs) {
    if (node instanceof YScalar && !isNull(node)) {
      paragraphs.add(key);
      return textOrTexts(node, key);
    }
    return texts(node);
  }

  /** The keys allowed in {@code scope}: the built-in ones and the variant's own. */
  private Set<String> with(Set<String> builtIn, String scope) {
    Set<String> own = shape.fields(scope);
    if (own.isEmpty()) {
      return builtIn;
    }
    Set<String> all = new java.util.HashSet<>(builtIn);
    all.addAll(own);
    return all;
  }

  /**
   * The values of the variant's own keys of {@code scope} in {@code m}: a text, a list of texts,
   * or (kind: columns) a map of column heading to text.
   */
  private Map<String, Object> extra(YMap m, String scope) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    for (String k : shape.fields(scope)) {
      YNode n = m.entries().get(k);
      if (n instanceof YList) {
        out.put(k, texts(n));
      } else if (n instanceof YMap cols) {
        // kind: columns, one value per column heading (the schema allows a mapping nowhere else)
        Map<String, String> c = new java.util.LinkedHashMap<>();
        cols.entries().forEach((h, v) -> {
          String t = scalar(v, h);
          c.put(h, t == null ? "" : t);
        });
        out.put(k, java.util.Collections.unmodifiableMap(c));
      } else if (n != null) {
        String t = scalar(n, k);
        if (t != null) {
          if (shape.isMoney(scope, k)) {
            // an amount prints as the built-in ones do: its digits as written, no 万 or ￥
            Money a = money(m, k);
            if (a != null) {
              out.put(k, a.printed());
            }
            continue;
          }
          // a list of paragraphs (kind: texts) written as one paragraph is a list of one
          out.put(k, shape.isParagraphs(scope, k) ? List.of(t) : t);
        }
      }
    }
    return out;
  }

  private Unit unit(YNode node, YMap parent) {
    if (node == null) {
      error(parent, "required", "缺少 unit（部门（单位）信息）", "加上 unit: 和其下的 name: 单位全称");
      return null;
    }
    YMap m = asMap(node, "unit");
    if (m == null) {
      return null;
    }
    checkKeys(m, with(UNIT_KEYS, "unit"));
    String name = requiredText(m, "name", "name: 单位全称");
    String level = optionalText(m, "level");
    if (level != null && !level.equals("一级") && !level.equals("二级")) {
      error(m.entries().get("level"), "enum", "level 只能是「一级」或「二级」，不是「" + level + "」",
          "二级单位写 level: 二级，其部门整体表按规定为空");
    }
    String written = dateText(m.entries().get("date"));
    boolean partial = written != null && PARTIAL_DATE.matcher(
        java.text.Normalizer.normalize(written, java.text.Normalizer.Form.NFKC).strip()).matches();
    LocalDate date = written == null || partial ? null : LocalDate.parse(written);
    return name == null ? null : new Unit(name, optionalText(m, "code"), "二级".equals(level),
        optionalText(m, "contact"), optionalText(m, "phone"), date, optionalText(m, "head"),
        extra(m, "unit"), partial ? written : "");
  }

  private LocalDate date(YNode node) {
    String t = dateText(node);
    return t == null || PARTIAL_DATE.matcher(t).matches() ? null : LocalDate.parse(t);
  }

  /**
   * The date as written, checked: an ISO date ({@code 2024-10-16}) for a full date however it
   * was written, the text itself for a year and month or a year alone; null when empty.
   */
  private String dateText(YNode node) {
    String written = scalar(node, "date");
    if (written == null) {
      return null;
    }
    String t = java.text.Normalizer.normalize(written, java.text.Normalizer.Form.NFKC).strip();
    if (BLANK_DATE.matcher(t).matches()) {
      return null;
    }
    Matcher mt = DATE.matcher(t);
    if (mt.matches()) {
      int g = mt.group(1) != null ? 1 : 4;
      try {
        return LocalDate.of(Integer.parseInt(mt.group(g)), Integer.parseInt(mt.group(g + 1)),
            Integer.parseInt(mt.group(g + 2))).toString();
      } catch (DateTimeException e) {
        // falls through to the diagnostic
      }
    }
    Matcher p = PARTIAL_DATE.matcher(t);
    String month = p.matches() ? (p.group(2) != null ? p.group(2) : p.group(3)) : null;
    if (p.matches() && (month == null || Integer.parseInt(month) >= 1 && Integer.parseInt(month) <= 12)) {
      return written;
    }
    error(node, "date", "日期「" + written + "」无效",
        "写成 年-月-日，例如 date: 2024-10-16（也可写 2024年10月16日、2024.10.16；表上只印年月时写 2024年10月）");
    return null;
  }

  private Funds funds(YNode node) {
    if (node == null) {
      return null;
    }
    YMap m = asMap(node, "funds");
    if (m == null) {
      return null;
    }
    checkKeys(m, FUNDS_KEYS);
    return new Funds(fundLines(m.entries().get("income")), fundLines(m.entries().get("expenditure")));
  }

  private List<FundLine> fundLines(YNode node) {
    List<FundLine> out = new ArrayList<>();
    for (YNode item : list(node, "资金行")) {
      YMap m = asMap(item, "资金行");
      if (m == null) {
        continue;
      }
      checkKeys(m, FUND_KEYS);
      String name = requiredText(m, "name", "name: 财政拨款");
      Money amount = money(m, "amount");
      Money last = money(m, "last_year");
      Money before = money(m, "year_before");
      if (name != null) {
        out.add(new FundLine(name, amount, last, before));
      }
    }
    return out;
  }

  /** 年度工作任务: each item a paragraph, or {name: 任务名称, content: 主要内容}. */
  private List<Task> tasks(YNode node) {
    List<Task> out = new ArrayList<>();
    for (YNode item : list(node, "tasks")) {
      if (item instanceof YMap m) {
        checkKeys(m, with(TASK_KEYS, "task"));
        String name = optionalText(m, "name");
        String content = optionalText(m, "content");
        Map<String, Object> extra = extra(m, "task");
        // an empty item is a blank row still to fill
        if (name != null || content != null || !extra.isEmpty()) {
          out.add(new Task(name, content, extra));
        }
        continue;
      }
      String t = scalar(item, "任务");
      if (t != null) {
        out.add(new Task("", t));
      }
    }
    return out;
  }

  private List<Project> projects(YNode node, String[] defaults) {
    List<Project> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (YNode item : list(node, "project")) {
      YMap m = asMap(item, "project");
      if (m == null) {
        continue;
      }
      checkKeys(m, with(PROJECT_KEYS, "project"));
      String name = requiredText(m, "name", "name: 项目名称");
      Money total = money(m, "total_budget");
      Money budget = money(m, "budget");
      List<String> goal = textOrTexts(m.entries().get("goal"), "goal");
      List<IndicatorCategory> indicators = indicators(m.entries().get("indicators"), defaults);
      List<String> longTermGoal = textOrTexts(m.entries().get("long_term_goal"), "long_term_goal");
      List<IndicatorCategory> longTerm =
          indicators(m.entries().get("long_term_indicators"), defaults);
      ProjectDetails details = details(m);
      // A project is one object: its forms are files named after it, so a name is used once.
      YNode nameNode = m.entries().get("name");
      if (name != null && !seen.add(name)) {
        error(nameNode, "project-duplicate", "项目「" + name + "」重复出现",
            "同一个项目只写一次：把两处的内容合并到一个 - name: " + name + " 之下");
      } else if (name != null) {
        out.add(new Project(name, optionalText(m, "code"), optionalText(m, "category"),
            optionalText(m, "direction"), total, budget, paragraphs(m, "purpose"), goal,
            indicators, longTermGoal, longTerm, details, extra(m, "project")));
      }
    }
    return out;
  }

  /** The 项目申报表 keys of a project; null when it has none of them. */
  private ProjectDetails details(YMap m) {
    if (DETAIL_KEYS.stream().noneMatch(m.entries()::containsKey)) {
      return null;
    }
    Map<String, Money> sources = new java.util.LinkedHashMap<>();
    YNode s = m.entries().get("sources");
    if (s != null && !isNull(s)) {
      YMap sm = asMap(s, "sources");
      if (sm != null) {
        for (String k : sm.entries().keySet()) {
          Money a = money(sm, k);
          if (a != null) {
            sources.put(k, a);
          }
        }
      }
    }
    List<ProjectDetails.SpendingLine> spending = new ArrayList<>();
    for (YNode item : list(m.entries().get("spending"), "spending")) {
      YMap l = asMap(item, "spending");
      if (l != null) {
        checkKeys(l, with(SPENDING_KEYS, "spending"));
        spending.add(new ProjectDetails.SpendingLine(optionalText(l, "activity"),
            optionalText(l, "content"), optionalText(l, "class"), money(l, "amount"),
            optionalText(l, "basis"), optionalText(l, "note"), extra(l, "spending")));
      }
    }
    List<ProjectDetails.Purchase> purchases = new ArrayList<>();
    for (YNode item : list(m.entries().get("purchases"), "purchases")) {
      YMap l = asMap(item, "purchases");
      if (l != null) {
        checkKeys(l, PURCHASE_KEYS);
        String name = requiredText(l, "name", "name: 品名");
        Money amount = money(l, "amount");
        if (name != null) {
          purchases.add(new ProjectDetails.Purchase(name, optionalText(l, "quantity"), amount));
        }
      }
    }
    return new ProjectDetails(optionalText(m, "department"), optionalText(m, "executor"),
        optionalText(m, "leader"), optionalText(m, "phone"), optionalText(m, "address"),
        optionalText(m, "postcode"), optionalText(m, "attribute"),
        yearOrText(m, "start_year"), yearOrText(m, "end_year"),
        paragraphs(m, "basis"), paragraphs(m, "plan"), paragraphs(m, "budget_changes"),
        sources, spending, purchases);
  }

  /** One text or a list of texts (a goal written on one line, or goal 1, goal 2, …). */
  private List<String> textOrTexts(YNode node, String key) {
    if (node instanceof YScalar) {
      String t = scalar(node, key);
      return t == null ? List.of() : List.of(t);
    }
    return texts(node);
  }

  private Goal goal(YNode node) {
    if (node == null) {
      return null;
    }
    YMap m = asMap(node, "long_term_goal");
    if (m == null) {
      return null;
    }
    checkKeys(m, GOAL_KEYS);
    YNode u = m.entries().get("until");
    Matcher range = u instanceof YNode.YScalar us && us.text() != null
        ? YEARS.matcher(java.text.Normalizer.normalize(us.text().strip(),
            java.text.Normalizer.Form.NFKC)) : null;
    // the years written as a range (2025-2027年): the form prints the last (截止 2027 年);
    // year-goal warns that the first is not printed
    int until = range != null && range.matches() ? Integer.parseInt(range.group(1))
        : year(m, "until", false);
    return new Goal(until == 0 ? null : until, textOrTexts(m.entries().get("items"), "items"));
  }

  private String[] defaults(YNode node) {
    String[] d = {"", ""};
    if (node == null) {
      return d;
    }
    YMap m = asMap(node, "defaults");
    if (m != null) {
      checkKeys(m, DEFAULT_KEYS);
      d[0] = optionalText(m, "basis");
      d[1] = optionalText(m, "kind");
    }
    return d;
  }

  private List<IndicatorCategory> indicators(YNode node, String[] defaults) {
    List<IndicatorCategory> out = new ArrayList<>();
    // an indicators: key with nothing under it is an empty table, as a form may print one
    if (node == null || isNull(node)) {
      return out;
    }
    if (node instanceof YList l) {
      // a list of one-key maps, for forms that print a first level again further down (a budget
      // system's export lists 效益, 产出, 产出, 效益, …): each item read as a table of its own, in order
      for (YNode item : l.items()) {
        YMap m = asMap(item, "一级指标");
        if (m != null && m.entries().size() != 1) {
          error(m, "type", "列表中的每一项只能有一个一级指标", "写成 - 一级指标名称: 换行后写它的二级、三级指标");
        } else if (m != null) {
          out.addAll(level1(m, defaults));
        }
      }
      return out;
    }
    if (shape.levels() == 1) {
      // a one-level table (指标名称 | 指标值 | …, no 一级 or 二级): every entry is an indicator
      out.add(IndicatorCategory.oneLevel(group("", null, node, defaults)));
      return out;
    }
    YMap level1 = asMap(node, "一级指标");
    return level1 == null ? out : level1(level1, defaults);
  }

  private List<IndicatorCategory> level1(YMap level1, String[] defaults) {
    List<IndicatorCategory> out = new ArrayList<>();
    for (Map.Entry<String, YNode> e1 : level1.entries().entrySet()) {
      category(level1, e1, defaults, out);
    }
    return out;
  }

  /** One first level {@code e1} of {@code level1}, added to {@code out}. */
  private void category(YMap level1, Map.Entry<String, YNode> e1, String[] defaults,
      List<IndicatorCategory> out) {
    List<IndicatorGroup> groups = new ArrayList<>();
    YNode v1 = e1.getValue();
    if (isLeaf(v1)) {
      // a third-level name alone: the standard indicator library places it
      YScalar k = level1.keys().get(e1.getKey());
      if (named(e1.getKey(), k, v1)) {
        out.add(IndicatorCategory.unplaced(leaf(e1.getKey(), k, v1, defaults)));
      }
      return;
    }
    if (!isNull(v1) && shape.levels() == 2) {
      // a two-level table: the indicators stand right under their 一级 (one unnamed group)
      groups.add(group("", level1.keys().get(e1.getKey()), v1, defaults));
    } else if (!isNull(v1)) {
      YMap level2 = asMap(v1, "二级指标");
      if (level2 != null) {
        List<Indicator> bare = new ArrayList<>();
        int bareLine = 0;
        for (Map.Entry<String, YNode> e2 : level2.entries().entrySet()) {
          YScalar k2 = level2.keys().get(e2.getKey());
          if (isLeaf(e2.getValue())) {
            // an indicator right under its 一级, its 二级 not written: read as an indicator (its
            // value, content, … printed as rows named value, content) in a group with no name,
            // whose 二级 cell prints empty; indicator-second-level warns of it
            bareLine = bare.isEmpty() ? k2.line() : bareLine;
            if (named(e2.getKey(), k2, e2.getValue())) {
              bare.add(leaf(e2.getKey(), k2, e2.getValue(), defaults));
            }
            continue;
          }
          if (!bare.isEmpty()) {
            groups.add(new IndicatorGroup("", bare, bareLine));
            bare.clear();
          }
          groups.add(group(e2.getKey(), k2, e2.getValue(), defaults));
        }
        if (!bare.isEmpty()) {
          groups.add(new IndicatorGroup("", bare, bareLine));
        }
      }
    }
    out.add(new IndicatorCategory(e1.getKey(), groups, level1.keys().get(e1.getKey()).line()));
  }

  /** A value that is an indicator's own (its 指标值, or a map of value, basis, …), not a level. */
  private boolean isLeaf(YNode node) {
    if (node instanceof YScalar s) {
      return !s.isNull();
    }
    return node instanceof YMap m && !m.entries().isEmpty()
        && with(LEAF_KEYS, "indicator").containsAll(m.entries().keySet());
  }

  private IndicatorGroup group(String name, YScalar key, YNode node, String[] defaults) {
    List<Indicator> items = new ArrayList<>();
    if (node instanceof YList l) {
      // a list of one-key maps, for forms that repeat a third-level name (seed 002: 社会效益 twice)
      for (YNode item : l.items()) {
        YMap m = asMap(item, "三级指标");
        if (m == null) {
          continue;
        }
        if (m.entries().size() != 1) {
          error(m, "type", "列表中的每一项只能有一个三级指标", "写成 - 三级指标名称: 指标值");
          continue;
        }
        String n = m.entries().keySet().iterator().next();
        if (named(n, m.keys().get(n), m.entries().get(n))) {
          items.add(leaf(n, m.keys().get(n), m.entries().get(n), defaults));
        }
      }
    } else if (!isNull(node)) {
      YMap level3 = asMap(node, "三级指标");
      if (level3 != null) {
        for (Map.Entry<String, YNode> e3 : level3.entries().entrySet()) {
          YScalar k = level3.keys().get(e3.getKey());
          if (named(e3.getKey(), k, e3.getValue())) {
            items.add(leaf(e3.getKey(), k, e3.getValue(), defaults));
          }
        }
      }
    }
    return new IndicatorGroup(name, items, key == null ? node.line() : key.line());
  }

  /**
   * Whether an indicator's row may be read: a name left empty is a line the form prints without a
   * 三级指标 when it carries only words ({@code "": {scoring: …}}, a 评分标准 under its 二级), and
   * an error at its line when it carries a value ({@code "": 100%}: a value of no indicator).
   */
  private boolean named(String name, YScalar key, YNode node) {
    if (name != null && !name.isBlank()) {
      return true;
    }
    if (node instanceof YMap m && !m.entries().isEmpty() && !m.entries().containsKey("value")) {
      return true;
    }
    error(key, "text-empty", "指标名称是空的：每一行指标都要有名称",
        "照表写上这一行的三级指标名称；表上这一格空着时，这一行不是完整的指标，请向填表单位核实");
    return false;
  }

  private Indicator leaf(String name, YScalar key, YNode node, String[] defaults) {
    if (node instanceof YMap m) {
      checkKeys(m, with(LEAF_KEYS, "indicator"));
      String basis = optionalText(m, "basis");
      String kind = optionalText(m, "kind");
      String type = optionalText(m, "type");
      return new Indicator(name, optionalText(m, "value"), optionalText(m, "year_before"),
          optionalText(m, "last_year"), basis == null ? defaults[0] : basis,
          kind == null ? defaults[1] : kind, optionalText(m, "content"),
          optionalText(m, "scoring"), optionalText(m, "unit"), type,
          optionalText(m, "explanation"), optionalText(m, "note"), key.line(), key.column(),
          extra(m, "indicator"));
    }
    String value = scalar(node, name);
    return new Indicator(name, value, "", "", defaults[0], defaults[1], key.line(), key.column());
  }

  // ---- small readers -------------------------------------------------------------------------

  /**
   * A project's 起始年度 / 终止年度: the year (2024, 2024年, 2024年度 all print 2024), else the text
   * as written (长期, 2024.01: the cell is text on the form; {@code project-year} warns).
   */
  private String yearOrText(YMap m, String key) {
    String t = scalar(m.entries().get(key), key);
    if (t == null || t.isBlank()) {
      return "";
    }
    Matcher y = YEAR.matcher(java.text.Normalizer.normalize(t.strip(),
        java.text.Normalizer.Form.NFKC));
    return y.matches() ? y.group(1) : t.strip();
  }

  /** Whether {@code text} is a year as a year key takes it (2024, 2024年, 2024年度, ２０２４). */
  public static boolean isYear(String text) {
    return text != null && YEAR.matcher(java.text.Normalizer.normalize(text.strip(),
        java.text.Normalizer.Form.NFKC)).matches();
  }

  private int year(YMap m, String key, boolean required) {
    YNode n = m.entries().get(key);
    String t = required ? requiredText(m, key, key + ": 2025") : scalar(n, key);
    if (t == null) {
      return 0;
    }
    Matcher y = YEAR.matcher(java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFKC));
    if (!y.matches()) {
      error(n, "year", key + " 应为四位年份，不是「" + t + "」", key + ": 2025");
      return 0;
    }
    return Integer.parseInt(y.group(1));
  }

  private Money money(YMap m, String key) {
    YNode n = m.entries().get(key);
    String t = scalar(n, key);
    // a dash, a slash or 无 is how a form prints an amount cell left empty
    if (t == null || Money.isNone(t)) {
      return null;
    }
    Money money = Money.parseWritten(t, moneyUnit);
    String unit = Money.unitOf(t);
    if (money == null && unit != null && !unit.equals(moneyUnit)) {
      error(n, "money", "金额「" + t + "」按 " + unit + " 填写，而本表的金额单位是 " + moneyUnit,
          "换算成 " + moneyUnit + " 后只写数字；若全表都按 " + unit + " 填写，写 money_unit: " + unit);
    } else if (money == null) {
      error(n, "money", "金额「" + t + "」不是数字", "只写一个数字（单位见 money_unit），例如 " + key
          + ": 13468.54；千分位逗号每三位一个（1,234.56）；同一格里的说明写在数字后的括号里：854万(其中：…)");
    }
    return money;
  }

  private List<String> texts(YNode node) {
    List<String> out = new ArrayList<>();
    for (YNode item : list(node, "文字")) {
      String t = scalar(item, "文字");
      if (t != null) {
        out.add(t.strip());
      }
    }
    return out;
  }

  private List<YNode> list(YNode node, String what) {
    if (node == null || isNull(node)) {
      return List.of();
    }
    if (node instanceof YList l) {
      return l.items();
    }
    error(node, "type", what + " 应为列表（每项一行，以“- ”开头）", "例如：- 第一项");
    return List.of();
  }

  private YMap asMap(YNode node, String what) {
    if (node instanceof YMap m) {
      return m;
    }
    // a list where names map to values ({name: X, amount: 10} items, as funds are written)
    error(node, "type", what + " 应为键值（key: value）", node instanceof YList
        ? "这里不是列表：每行写 名称: 值，不以“- ”开头"
            + (what.contains("资金来源") ? "（例如 sources: {一般公共预算财政拨款: 10}）" : "")
        : "检查缩进：子项要比上一级多缩进两个空格");
    return null;
  }

  private String requiredText(YMap m, String key, String example) {
    YNode n = m.entries().get(key);
    String t = scalar(n, key);
    if (t == null && (n == null || isNull(n))) {
      error(n == null ? m : n, "required", "缺少必填项 " + key, "加上 " + example);
    } else if (t == null && n instanceof YScalar v
        && !v.text().matches("(?s)[ \\t\\n\\r\\f\\x0B]*")) {
      // the schema refuses only ASCII spaces; a full-width space or a zero-width character is
      // as empty to a reader of the form
      error(n, "required", key + " 只有空白或不可见的字符（如全角空格、零宽字符）",
          "写上看得见的文字：" + example);
    }
    return t;
  }

  private String optionalText(YMap m, String key) {
    return scalar(m.entries().get(key), key);
  }

  /**
   * A cell of running text (立项依据, 实施方案, 用途) that a transcriber may write as one text or,
   * where the form lists several documents or steps in it, as a list: its items, one per line.
   */
  private String paragraphs(YMap m, String key) {
    YNode n = m.entries().get(key);
    if (n instanceof YList l && l.items().stream().allMatch(i -> i instanceof YScalar)) {
      List<String> items = texts(n).stream().filter(t -> t != null && visible(t)).toList();
      return items.isEmpty() ? null : String.join("\n", items);
    }
    return scalar(n, key);
  }

  /** The text of a scalar, null when absent or empty; reports lists and maps given instead. */
  private String scalar(YNode node, String key) {
    if (node == null) {
      return null;
    }
    if (node instanceof YScalar s) {
      return s.text() == null || !visible(s.text()) ? null : s.text().strip();
    }
    error(node, "type", key + " 应为一段文字", "把值写在冒号后面的同一行，例如 " + key + ": …");
    return null;
  }

  /**
   * Whether {@code t} has a character a reader sees: not a space of any kind (U+3000, U+00A0,
   * U+2028 too), nor a zero-width, bidirectional or other formatting character, nor a control.
   */
  static boolean visible(String t) {
    return t.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
        && Character.getType(c) != Character.FORMAT && !Character.isISOControl(c)
        && !(c >= 0xFE00 && c <= 0xFE0F) && c != 0x115F && c != 0x1160 && c != 0x3164
        && c != 0xFFA0);
  }

  private static boolean isNull(YNode n) {
    return n instanceof YScalar s && s.isNull();
  }

  private void checkKeys(YMap m, Set<String> allowed) {
    for (YScalar k : m.keys().values()) {
      if (!allowed.contains(k.text())) {
        error(k, "unknown-key", "未知的键「" + k.text() + "」",
            "此处可用的键：" + String.join(", ", allowed.stream().sorted().toList())
                + suggestion(k.text(), allowed));
      }
    }
  }

  private void error(YNode at, String rule, String message, String hint) {
    problems.add(Diagnostic.error(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(),
        rule, message, hint));
  }

  /** "；是不是想写 X？" for the closest candidate within two edits. */
  static String suggestion(String word, Set<String> candidates) {
    String best = EditDistance.closest(word, candidates);
    return best == null ? "" : "；是不是想写 " + best + "？";
  }
}
