package org.jixiao.init;

import static org.jixiao.init.YamlText.scalar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.enrich.IndicatorLibrary;
import org.jixiao.enrich.StandardIndicator;
import org.jixiao.enrich.StandardTexts;
import org.jixiao.model.DeclarationKeys;
import org.jixiao.model.DeclarationKeys.Scope;
import org.jixiao.variant.Variant;

/**
 * The text of a new, blank declaration ({@code jixiao init}): the variant's sections in its
 * order, its standard frame with every standard indicator and an empty value, and a Chinese
 * comment on each key saying what goes there. Which sections a variant has is read from its
 * variant.yaml ({@code init:}), and the comments are data too: a key's title as the variant's form
 * prints it ({@code fields:}) or the schema's, then the schema's help ({@code x-init} or
 * {@code description}) or the variant's; so a variant stays a folder, never code.
 */
public final class Scaffold {
  /**
   * The declaration's keys in the schema's order, less those written first ({@code layout},
   * {@code year}) and {@code forms} (a new declaration files every form of its variant).
   */
  private static final List<String> DEFAULT_SECTIONS = DeclarationKeys.of(Scope.DECLARATION)
      .stream().filter(k -> !List.of("layout", "year", "forms").contains(k)).toList();
  /** How many numbered lines ({n}) a blank form shows, as seed 004's blank shows 核心业务产出 1, 2. */
  private static final int NUMBERED = 2;
  private static final String OWN = "二级指标，其下写本单位自己的三级指标";
  /** The blank form's filler in the 三级 cell of a group the unit fills itself (seed 004). */
  private static final String PLACEHOLDER = "换成本单位的三级指标，如 城乡居民医疗保险覆盖率: ≥95%";

  private static final String EACH_PROJECT = "（每个项目一份）";
  private static final String WITH_PROJECTS = "（有项目填报绩效目标时）";

  private final StringBuilder out = new StringBuilder();
  private final Variant variant;
  private final StandardTexts texts;
  private final IndicatorLibrary library;

  private Scaffold(Variant variant, StandardTexts texts, IndicatorLibrary library) {
    this.variant = variant;
    this.texts = texts;
    this.library = library;
  }

  /** A blank declaration of {@code unitName} for {@code year} in {@code texts.variant()}. */
  public static String blank(String unitName, int year, Variant variant, StandardTexts texts,
      IndicatorLibrary library) {
    return new Scaffold(variant, texts, library).write(unitName, year);
  }

  private List<String> init(String key) {
    return variant.init().get(key) instanceof List<?> l ? l.stream().map(Object::toString).toList()
        : List.of();
  }

  private String initText(String key) {
    return variant.init().get(key) instanceof String s ? s : "";
  }

  private String write(String unitName, int year) {
    String variant = this.variant.name();
    out.append("# ").append(unitName).append(" — ").append(formNames())
        .append("，").append(year).append(" 年度。由 jixiao init 生成。\n")
        .append("# 每个键后的注释说明该填什么；留空的项在表上印为空白。填好后运行：jixiao render 本文件\n");
    line(0, "layout: " + scalar(variant), sectionHelp("layout", ""));
    line(0, "year: " + year, sectionHelp("year", ""));
    List<String> sections = init("sections");
    for (String s : sections.isEmpty() ? DEFAULT_SECTIONS : sections) {
      section(s, unitName);
    }
    return out.toString();
  }

  /** The forms the variant prints, by name, saying which come once per project or with projects. */
  private String formNames() {
    List<String> names = new ArrayList<>();
    for (Variant.Form f : variant.forms()) {
      names.add(f.file() + (f.eachProject() ? EACH_PROJECT : f.needsProjects() ? WITH_PROJECTS : ""));
    }
    return String.join("、", names);
  }

  private void section(String name, String unitName) {
    switch (name) {
      case "unit" -> unit(unitName);
      // the unit the form prints its amounts in (variant.yaml init: money_unit:, default 万元)
      case "money_unit" -> line(0, "money_unit: " + (initText("money_unit").isEmpty() ? "万元"
          : initText("money_unit")), sectionHelp("money_unit", ""));
      case "funds" -> funds();
      case "functions" -> list("functions");
      case "tasks" -> tasks();
      // one project with every key of a form printed per project (also init: projects: each)
      case "project" -> project();
      case "projects" -> {
        if ("each".equals(initText("projects"))) {
          project();
          return;
        }
        line(0, "projects:", sectionHelp("projects", "line"));
        out.append("  # - ").append(projectExample()).append('\n');
      }
      case "long_term_goal" -> {
        line(0, "long_term_goal:", sectionHelp("long_term_goal", ""));
        line(1, "until:", help(Scope.GOAL, "goal", "until", null, ""));
        line(1, "items:", help(Scope.GOAL, "goal", "items", null, ""));
        line(2, "-", "");
      }
      case "annual_goal" -> list("annual_goal");
      case "defaults" -> {
        line(0, "defaults:", sectionHelp("defaults", ""));
        line(1, "basis:", help(Scope.DEFAULTS, "defaults", "basis", null, ""));
        line(1, "kind:", help(Scope.DEFAULTS, "defaults", "kind", null, ""));
      }
      case "long_term_indicators" -> indicators(0, "long_term_indicators", sectionHelp("long_term_indicators", levels()));
      case "annual_indicators" -> {
        // the variant's own help on the table says it all; else the levels and the other columns
        Variant.Field own = variant.retitled("declaration", name);
        indicators(0, name, sectionHelp(name, levels())
            + (own != null && !own.description().isEmpty() ? "" : indicatorKeys()));
      }
      default -> {
        // a key of the variant's own (fields: declaration:), e.g. a 预算总量 in the form's head
        Variant.Field own = variant.fields().getOrDefault("declaration", Map.of()).get(name);
        if (own == null) {
          throw new IllegalArgumentException("unknown init section " + name);
        }
        line(0, scalar(name) + ":", own.title() + (own.description().isEmpty() ? ""
            : "：" + own.description().replaceAll("。$", "")));
      }
    }
  }

  /**
   * The unit's keys the variant's blank shows ({@code init: unit:}, else all the schema has),
   * each with its schema title and description; {@code level} is filled with the schema's first
   * value (一级), as most units are.
   */
  private void unit(String unitName) {
    line(0, "unit:", DeclarationKeys.title(Scope.DECLARATION, "unit"));
    List<String> keys = new java.util.ArrayList<>(init("unit"));
    if (keys.isEmpty()) {
      keys.addAll(DeclarationKeys.of(Scope.UNIT));
    }
    // a key an edition's form prints (keys: unit:) that the family's init: unit: does not list
    for (Variant.Form f : variant.forms()) {
      for (String k : f.keys().getOrDefault("unit", List.of())) {
        if (!keys.contains(k)) {
          keys.add(k);
        }
      }
    }
    for (String k : keys) {
      List<String> values = DeclarationKeys.values(Scope.UNIT, k);
      String value = k.equals("name") ? " " + scalar(unitName)
          : k.equals("level") && !values.isEmpty() ? " " + scalar(values.get(0)) : "";
      // a key the variant retitles keeps the help after the name (填报日期，年-月-日 …)
      Variant.Field retitled = variant.retitled("unit", k);
      Variant.Field own = variant.fields().getOrDefault("unit", Map.of()).get(k);
      String help = (own != null && own.description() != null ? own.description()
          : DeclarationKeys.description(Scope.UNIT, k)).replaceAll("。$", "");
      String title = retitled != null ? retitled.title() : own != null ? own.title()
          : DeclarationKeys.title(Scope.UNIT, k);
      line(1, k + ":" + value, title + (help.isEmpty() ? "" : "，" + help));
    }
  }

  private void funds() {
    boolean currentOnly = "current".equals(initText("funds"));
    line(0, "funds:", sectionHelp("funds", ""));
    for (String key : List.of("income", "expenditure")) {
      // a block the form has no line for (a closed list with no value) is not offered
      Variant.ValueList lines = variant.lists().get("funds." + key);
      if (lines == null || !lines.closed() || !lines.values().isEmpty()) {
        fundBlock(key, currentOnly);
      }
    }
  }

  /** A block of fund lines, under the title the variant's form prints (fields: funds:), else the schema's. */
  private void fundBlock(String key, boolean currentOnly) {
    Variant.Field retitled = variant.retitled("funds", key);
    line(1, key + ":", retitled != null ? retitled.title() : DeclarationKeys.title(Scope.FUNDS, key));
    for (String name : texts.list("funds." + key)) {
      line(2, "- name: " + scalar(name), "");
      line(3, "amount:", DeclarationKeys.title(Scope.FUND_LINE, "amount") + "（万元）");
      if (!currentOnly) {
        line(3, "last_year:", DeclarationKeys.title(Scope.FUND_LINE, "last_year"));
        line(3, "year_before:", DeclarationKeys.title(Scope.FUND_LINE, "year_before"));
      }
    }
  }

  private void tasks() {
    if ("named".equals(initText("tasks"))) {
      line(0, "tasks:", sectionHelp("tasks", "named"));
      // the task keys the variant's forms print (name, content and its own, such as 预算申请)
      List<String> keys = printed("task");
      if (keys == null) {
        keys = new ArrayList<>(List.of("name", "content"));
        keys.addAll(variant.fields().getOrDefault("task", Map.of()).keySet());
      }
      for (int i = 0; i < keys.size(); i++) {
        line(i == 0 ? 1 : 2, (i == 0 ? "- " : "") + scalar(keys.get(i)) + ":",
            title("task", keys.get(i)));
      }
    } else {
      line(0, "tasks:", sectionHelp("tasks", "plain"));
      line(1, "-", "");
    }
  }

  /**
   * One project with every key its form prints (init: projects: each), for a variant whose form
   * is one project's 申报表: 资金 lines from texts.yaml, both indicator tables on the frame.
   */
  private void project() {
    List<String> keys = printed("project");
    // the form is the project's: a variant's own title for its projects, else the help alone
    Variant.Field retitled = variant.retitled("declaration", "projects");
    line(0, "projects:", retitled != null ? sectionHelp("projects", "each")
        : DeclarationKeys.initHelp(Scope.DECLARATION, "projects", "each"));
    List<String> all = keys == null ? List.of("name") : keys;
    // a project needs its name to be printed at all: the form's own label stands in for it
    line(1, "- name: 项目名称", help(Scope.PROJECT, "project", "name", title("project", "name"), ""));
    for (String k : all) {
      switch (k) {
        case "name" -> { }
        case "sources" -> {
          line(2, "sources:", help(Scope.PROJECT, "project", k, builtInTitle("project", k), ""));
          if (texts.values().get("project_sources") instanceof List<?> lines) {
            for (Object o : lines) {
              // a spare line has no key of its own: it prints a source the unit names itself
              if (o instanceof Map<?, ?> m && m.get("name") instanceof String n
                  && !"yes".equals(m.get("spare"))) {
                boolean part = "yes".equals(m.get("part"));
                line(3, scalar(n.replace("其中：", "")) + ":", part ? "其中（不计入合计）" : "金额");
              }
            }
          }
        }
        case "spending" -> {
          // a line of 项目支出明细测算 / 成本构成 with the line keys the form prints
          line(2, "spending:", help(Scope.PROJECT, "project", k, builtInTitle("project", k), ""));
          List<String> lk = printed("spending");
          if (lk == null) {
            lk = new ArrayList<>(List.of("activity", "content", "class", "amount", "basis", "note"));
            lk.addAll(variant.fields().getOrDefault("spending", Map.of()).keySet());
          }
          for (int i = 0; i < lk.size(); i++) {
            line(i == 0 ? 3 : 4, (i == 0 ? "- " : "") + scalar(lk.get(i)) + ":",
                title("spending", lk.get(i)));
          }
        }
        case "goal", "long_term_goal" -> {
          line(2, k + ":", help(Scope.PROJECT, "project", k, title("project", k), ""));
          line(3, "-", "");
        }
        case "indicators", "long_term_indicators" ->
            indicators(2, k, help(Scope.PROJECT, "project", k, title("project", k), levels()));
        default -> line(2, scalar(k) + ":", withDescription("project", k, title("project", k)));
      }
    }
  }

  /**
   * {@code title}, then what to write when the variant's own field says it ({@code fields:}
   * {@code description:}): 建设项目名称：表题下括号中的项目名称……
   */
  private String withDescription(String scope, String key, String title) {
    Variant.Field own = variant.fields().getOrDefault(scope, Map.of()).get(key);
    return own == null || own.description().isEmpty() || title.contains("：") ? title
        : title + "：" + own.description().replaceAll("。$", "");
  }

  /**
   * The comment of a line to fill with an indicator: its name and value, or, where the forms have
   * no 指标值 column (their indicator keys without {@code value}), the keys they print, since a
   * bare value there is refused.
   */
  private String placeholder() {
    return placeholderOfLibrary().replace("三级指标", levelName(2, "三级指标"));
  }

  private String placeholderOfLibrary() {
    List<String> keys = printed("indicator");
    if (keys == null) {
      return PLACEHOLDER;
    }
    String map = "名称: {" + String.join(", ", keys.stream().map(k -> k + ": …").toList()) + "}";
    if (!keys.contains("value")) {
      return "换成本单位的三级指标，写成 " + map + "（表上没有指标值一栏）";
    }
    // a row with columns of its own beyond 指标值 (and 备注): show how to fill them, since the
    // example of a bare value would leave them empty (the 范本's 绩效内容 | 参考标准 | 绩效目标值)
    if (keys.stream().filter(k -> !k.equals("value") && !k.equals("note")).count() >= 2) {
      return "换成本单位的三级指标，写成 名称: 指标值，或 " + map;
    }
    return PLACEHOLDER;
  }

  /** The keys of {@code scope} the variant's forms print, in order; null when a form prints all. */
  private List<String> printed(String scope) {
    java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
    for (Variant.Form f : variant.forms()) {
      List<String> k = f.keys().get(scope);
      if (k == null) {
        return null;
      }
      keys.addAll(k);
    }
    return new ArrayList<>(keys);
  }

  /**
   * What a key is, for its comment: the variant's own field title, or the title it gives a
   * built-in key, else the declaration schema's title; with the values of its list when the
   * variant has one.
   */
  private String title(String scope, String key) {
    Variant.Field own = variant.field(scope, key);
    String t = own != null ? own.title() : schemaTitle(scope, key);
    Variant.ValueList list = variant.list(scope + "." + key);
    return list == null || list.values().isEmpty() ? t
        : t + "：" + String.join(" 或 ", list.values());
  }

  /** A built-in key's title: as the variant's form prints it, else the schema's. */
  private String builtInTitle(String scope, String key) {
    Variant.Field retitled = variant.retitled(scope, key);
    return retitled != null ? retitled.title() : schemaTitle(scope, key);
  }

  private static String schemaTitle(String scope, String key) {
    return DeclarationKeys.title(switch (scope) {
      case "task" -> Scope.TASK;
      case "project" -> Scope.PROJECT;
      case "spending" -> Scope.SPENDING;
      case "indicator" -> Scope.INDICATOR;
      default -> Scope.DECLARATION;
    }, key);
  }

  private void list(String key) {
    line(0, key + ":", sectionHelp(key, ""));
    line(1, "-", "");
  }

  /** A section's comment: {@link #help} of a declaration key. */
  private String sectionHelp(String key, String mode) {
    return help(Scope.DECLARATION, "declaration", key, null, mode);
  }

  /**
   * A key's comment: {@code title} (when null, the title the variant's form gives the key in
   * {@code fields:}, else the schema's), then what to write: the variant's description of the key,
   * else the schema's help for {@code mode} ({@link DeclarationKeys#initHelp}).
   */
  private String help(Scope scope, String variantScope, String key, String title, String mode) {
    Variant.Field retitled = variant.retitled(variantScope, key);
    String t = title != null ? title : retitled != null ? retitled.title() : DeclarationKeys.title(scope, key);
    String help = retitled != null && !retitled.description().isEmpty() ? retitled.description().replaceAll("。$", "")
        : DeclarationKeys.initHelp(scope, key, mode);
    return help.isEmpty() ? t : t + "：" + help;
  }

  /** The mode of the indicator tables' help: their number of levels. */
  private String levels() {
    return String.valueOf(variant.indicators().levels());
  }

  /**
   * The other keys an indicator line may take on this variant's forms (those they print beside
   * the value), as {@code ；或写成 {value: 指标值, …}}; "" when the forms print the value only.
   */
  private String indicatorKeys() {
    java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
    for (Variant.Form f : variant.forms()) {
      List<String> declared = f.keys().get("declaration");
      if (declared == null || declared.contains("annual_indicators")) {
        List<String> k = f.keys().get("indicator");
        if (k == null) {
          return "";
        }
        keys.addAll(k);
      }
    }
    keys.remove("value");
    if (keys.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>(List.of("value: " + title("indicator", "value")));
    for (String k : keys) {
      parts.add(k + ": " + title("indicator", k));
    }
    return "；或写成 {" + String.join(", ", parts) + "}";
  }

  /**
   * The commented-out example of a project in the list of projects: the keys the forms that list
   * projects print (not a form per project), each with its title or the first of its values.
   */
  private String projectExample() {
    java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
    for (Variant.Form f : variant.forms()) {
      List<String> k = f.keys().get("project");
      if (!f.eachProject() && k != null) {
        keys.addAll(k);
      }
    }
    if (keys.isEmpty()) {
      keys.add("name");
    }
    List<String> parts = new ArrayList<>();
    for (String k : keys) {
      Variant.ValueList values = variant.list("project." + k);
      // an amount is the schema's example of one (a title there would not be valid)
      String ref = DeclarationKeys.schema().at(Scope.PROJECT.pointer + "/" + k + "/$ref").asText("");
      String example = ref.startsWith("#") ? DeclarationKeys.schema().at(ref.substring(1) + "/x-example").asText("") : "";
      parts.add(k + ": " + scalar(values != null && !values.values().isEmpty() ? values.values().get(0)
          : !example.isEmpty() ? example : builtInOrOwnTitle("project", k)));
    }
    return "{" + String.join(", ", parts) + "}";
  }

  /** A key's title as the variant's form prints it, without the values of its list. */
  private String builtInOrOwnTitle(String scope, String key) {
    Variant.Field own = variant.fields().getOrDefault(scope, Map.of()).get(key);
    return own != null ? own.title() : builtInTitle(scope, key);
  }

  /**
   * The library's frame on an edition's first levels when they add to the library's (成本指标 its
   * own first level, 财预〔2021〕101号, in an edition of a family that files it under 产出指标):
   * in the edition's order, a first level the library lacks with lines to fill, and no second
   * level that is now a first level. Any other frame is the library's as it is.
   */
  static Map<String, Map<String, List<StandardIndicator>>> onFirstLevels(
      Map<String, Map<String, List<StandardIndicator>>> frame, List<String> firstLevels) {
    if (firstLevels.isEmpty() || !firstLevels.containsAll(frame.keySet())
        || firstLevels.size() == frame.size()) {
      return frame;
    }
    Map<String, Map<String, List<StandardIndicator>>> out = new java.util.LinkedHashMap<>();
    for (String l1 : firstLevels) {
      Map<String, List<StandardIndicator>> groups = new java.util.LinkedHashMap<>(
          frame.getOrDefault(l1, Map.of()));
      groups.keySet().removeAll(firstLevels);
      out.put(l1, groups);
    }
    return out;
  }

  private void indicators(int at, String key, String help) {
    // the value named as the form's column heads it (甘肃 指标目标值, 乌海 目标值)
    Variant.Field value = variant.retitled("indicator", "value");
    if (value != null && !value.title().isBlank()) {
      help = help.replace(": 指标值", ": " + value.title());
    }
    if (variant.indicators().levels() == 3) {
      help = help.replace("三级指标:", levelName(2, "三级指标") + ":");
    }
    line(at, key + ":", help);
    String more = texts.text("filler.continues").isEmpty() ? "……" : texts.text("filler.continues");
    Map<String, Map<String, List<StandardIndicator>>> frame = library.frame();
    if (frame.isEmpty() || variant.indicators().levels() == 2) {
      // no indicators.yaml, or two levels (a library is 一级 → 二级 → 三级, as the one a
      // two-level edition inherits): the variant's first levels, each with a line to fill
      frame = new java.util.LinkedHashMap<>();
      for (String l1 : variant.indicators().firstLevel()) {
        frame.put(l1, Map.of());
      }
    } else {
      frame = onFirstLevels(frame, variant.indicators().firstLevel());
    }
    frame.forEach((category, groups) -> {
      line(at + 1, scalar(category) + ":", levelName(0, "一级指标"));
      if (groups.isEmpty()) {
        // a first level the library gives nothing under (a variant without indicators.yaml, or
        // two levels): a line to fill, so the blank file is valid as written
        if (variant.indicators().levels() == 2) {
          line(at + 2, scalar(more) + ":", placeholder().replace("三级指标", levelName(1, "指标")));
        } else {
          // three levels: the 二级 the form names, then its 三级, so that filling the lines in
          // as their comments say gives the shape the reader takes
          line(at + 2, scalar(more) + ":", "二级指标：换成表上的二级指标名称，如 数量指标");
          line(at + 3, scalar(more) + ":", placeholder());
        }
        return;
      }
      groups.forEach((group, items) -> {
        if (group.contains("{n}")) {
          for (int n = 1; n <= NUMBERED; n++) {
            line(at + 2, scalar(group.replace("{n}", String.valueOf(n))) + ":", own());
            line(at + 3, scalar(more) + ":", placeholder());
          }
          return;
        }
        if (items.isEmpty()) {
          boolean filler = group.equals(more);
          line(at + 2, scalar(group) + ":", filler ? "表上的续行（……）；不需要可删去" : own());
          if (!filler) {
            line(at + 3, scalar(more) + ":", placeholder());
          }
          return;
        }
        line(at + 2, scalar(group) + ":", "二级指标");
        for (StandardIndicator s : items) {
          if (s.numbered()) {
            for (int n = 1; n <= NUMBERED; n++) {
              line(at + 3, scalar(s.numberedAs(String.valueOf(n)).name()) + ":", measure(s));
            }
          } else {
            line(at + 3, scalar(s.name()) + ":", measure(s));
          }
        }
      });
    });
  }

  /**
   * What the form calls jixiao's level {@code i} (texts.yaml {@code level_names}: 大庆's table
   * names its indicators from 二级指标 on), else {@code dflt}.
   */
  private String levelName(int i, String dflt) {
    List<String> names = texts.list("level_names");
    return i < names.size() ? names.get(i) : dflt;
  }

  /** The comment on a second level to fill: its levels named as the form names them. */
  private String own() {
    return OWN.replace("三级指标", levelName(2, "三级指标")).replace("二级指标", levelName(1, "二级指标"));
  }


  /** The usual unit and direction, as a reminder of what kind of value the line takes. */
  private static String measure(StandardIndicator s) {
    if (s.direction().equals("定性")) {
      return "定性";
    }
    String unit = s.unit().isEmpty() ? "" : "单位 " + s.unit();
    String dir = s.direction().isEmpty() ? "" : "通常 " + s.direction();
    String both = String.join("，", List.of(unit, dir).stream().filter(x -> !x.isEmpty()).toList());
    return both.isEmpty() ? "三级指标" : both;
  }

  private void line(int indent, String text, String comment) {
    String body = "  ".repeat(indent) + text;
    out.append(body);
    if (!comment.isEmpty()) {
      out.append(" ".repeat(Math.max(2, 28 - width(body)))).append("# ").append(comment);
    }
    out.append('\n');
  }

  /** Display width: CJK characters take two columns in an editor. */
  private static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) >= 0x2E80 ? 2 : 1;
    }
    return w;
  }
}
