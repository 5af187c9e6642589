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
 * texts.yaml ({@code init:}), so a variant stays a folder, never code.
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
    line(0, "layout: " + scalar(variant), "版式（templates/ 下的文件夹名）");
    line(0, "year: " + year, schemaTitle("declaration", "year"));
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
          : initText("money_unit")), schemaTitle("declaration", "money_unit"));
      case "funds" -> funds();
      case "functions" -> list("functions", "部门职能概述：每项一段，以“- ”开头；jixiao 自动编号");
      case "tasks" -> tasks();
      // one project with every key of a form printed per project (also init: projects: each)
      case "project" -> project();
      case "projects" -> {
        if ("each".equals(initText("projects"))) {
          project();
          return;
        }
        line(0, "projects:", "项目支出情况：每个项目一项，例如下一行（去掉行首的 # 即生效）");
        out.append("  # - {name: 项目名称, category: 常年性项目, total_budget: 12, budget: 12, "
            + "purpose: 项目主要支出方向和用途}\n");
      }
      case "long_term_goal" -> {
        line(0, "long_term_goal:", schemaTitle("declaration", "long_term_goal"));
        line(1, "until:", "截止年份，如 " + "2027");
        line(1, "items:", "长期目标，每项一段");
        line(2, "-", "");
      }
      case "annual_goal" -> list("annual_goal", "年度目标（河南：年度履职目标，表上印作 目标1、目标2 …），每项一段");
      case "defaults" -> {
        line(0, "defaults:", "全表默认的指标值确定依据和指标分类；某行另写 basis/kind 则以该行为准");
        line(1, "basis:", "计划标准、行业标准、历史标准、预算支出标准 或 其他标准；不写则用标准指标库的默认值");
        line(1, "kind:", "绩效基本型 或 绩效创新型（或表上的写法：基本型 / 创新型）");
      }
      case "long_term_indicators" -> indicators(0, "long_term_indicators",
          "长期绩效指标：一级指标 → 二级指标 → 三级指标: 指标值");
      case "annual_indicators" -> indicators(0, "annual_indicators", "true".equals(
          initText("history"))
          ? "年度绩效指标：三级指标写成 {year_before: 前年值, last_year: 上年值, value: 预期当年实现值}"
          : "年度绩效指标：三级指标: 指标值；自己的说明写成 {value: 指标值, explanation: 指标值说明}");
      default -> throw new IllegalArgumentException("unknown init section " + name);
    }
  }

  /**
   * The unit's keys the variant's blank shows ({@code init: unit:}, else all the schema has),
   * each with its schema title and description; {@code level} is filled with the schema's first
   * value (一级), as most units are.
   */
  private void unit(String unitName) {
    line(0, "unit:", DeclarationKeys.title(Scope.DECLARATION, "unit"));
    List<String> keys = init("unit");
    for (String k : keys.isEmpty() ? List.copyOf(DeclarationKeys.of(Scope.UNIT)) : keys) {
      List<String> values = DeclarationKeys.values(Scope.UNIT, k);
      String value = k.equals("name") ? " " + scalar(unitName)
          : k.equals("level") && !values.isEmpty() ? " " + scalar(values.get(0)) : "";
      // a key the variant retitles keeps the help after the name (填报日期，年-月-日 …)
      Variant.Field retitled = variant.retitled("unit", k);
      String help = DeclarationKeys.description(Scope.UNIT, k).replaceAll("。$", "");
      line(1, k + ":" + value, (retitled != null ? retitled.title()
          : DeclarationKeys.title(Scope.UNIT, k)) + (help.isEmpty() ? "" : "，" + help));
    }
  }

  private void funds() {
    boolean currentOnly = "current".equals(initText("funds"));
    line(0, "funds:", "部门总体资金情况（河南：预算情况）；合计、总额与占比自动计算");
    fundBlock("income", "收入构成（河南：资金来源）", currentOnly);
    fundBlock("expenditure", "支出构成（河南：资金结构）", currentOnly);
  }

  private void fundBlock(String key, String label, boolean currentOnly) {
    line(1, key + ":", label);
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
      line(0, "tasks:", "年度主要任务：每项一个任务");
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
      list("tasks", "年度工作任务：每项一段；jixiao 自动编号");
    }
  }

  /**
   * One project with every key its form prints (init: projects: each), for a variant whose form
   * is one project's 申报表: 资金 lines from texts.yaml, both indicator tables on the frame.
   */
  private void project() {
    List<String> keys = printed("project");
    line(0, "projects:", "本表每个项目一份：每个项目一项，照下面第一项的样子写");
    List<String> all = keys == null ? List.of("name") : keys;
    // a project needs its name to be printed at all: the form's own label stands in for it
    line(1, "- name: 项目名称", title("project", "name") + "：换成本项目的名称");
    for (String k : all) {
      switch (k) {
        case "name" -> { }
        case "sources" -> {
          line(2, "sources:", builtInTitle("project", k) + "（万元）；合计由 jixiao 相加");
          if (texts.values().get("project_sources") instanceof List<?> lines) {
            for (Object o : lines) {
              if (o instanceof Map<?, ?> m && m.get("name") instanceof String n) {
                boolean part = "yes".equals(m.get("part"));
                line(3, scalar(n.replace("其中：", "")) + ":", part ? "其中（不计入合计）" : "金额");
              }
            }
          }
        }
        case "spending" -> {
          // a line of 项目支出明细测算 / 成本构成 with the line keys the form prints
          line(2, "spending:", builtInTitle("project", k) + "：每行一项");
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
          line(2, k + ":", title("project", k) + "，每项一段");
          line(3, "-", "");
        }
        case "indicators", "long_term_indicators" ->
            indicators(2, k, title("project", k) + (variant.indicators().levels() == 2
                ? "：一级指标 → 指标: 指标值" : "：一级指标 → 二级指标 → 三级指标: 指标值"));
        default -> line(2, scalar(k) + ":", title("project", k));
      }
    }
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
    Variant.Field own = variant.fields().getOrDefault(scope, Map.of()).get(key);
    if (own == null) {
      own = variant.retitled(scope, key);
    }
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
      default -> Scope.DECLARATION;
    }, key);
  }

  private void list(String key, String help) {
    line(0, key + ":", help);
    line(1, "-", "");
  }

  private void indicators(int at, String key, String help) {
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
    }
    frame.forEach((category, groups) -> {
      line(at + 1, scalar(category) + ":", "一级指标");
      if (groups.isEmpty()) {
        // a first level the library gives nothing under (a variant without indicators.yaml, or
        // two levels): a line to fill, so the blank file is valid as written
        if (variant.indicators().levels() == 2) {
          line(at + 2, scalar(more) + ":", PLACEHOLDER.replace("三级指标", "指标"));
        } else {
          // three levels: the 二级 the form names, then its 三级, so that filling the lines in
          // as their comments say gives the shape the reader takes
          line(at + 2, scalar(more) + ":", "二级指标：换成表上的二级指标名称，如 数量指标");
          line(at + 3, scalar(more) + ":", PLACEHOLDER);
        }
        return;
      }
      groups.forEach((group, items) -> {
        if (group.contains("{n}")) {
          for (int n = 1; n <= NUMBERED; n++) {
            line(at + 2, scalar(group.replace("{n}", String.valueOf(n))) + ":", OWN);
            line(at + 3, scalar(more) + ":", PLACEHOLDER);
          }
          return;
        }
        if (items.isEmpty()) {
          boolean filler = group.equals(more);
          line(at + 2, scalar(group) + ":", filler ? "表上的续行（……）；不需要可删去" : OWN);
          if (!filler) {
            line(at + 3, scalar(more) + ":", PLACEHOLDER);
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
