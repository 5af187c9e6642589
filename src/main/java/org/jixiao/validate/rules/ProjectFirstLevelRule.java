package org.jixiao.validate.rules;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.enrich.FrameRows;
import org.jixiao.model.IndicatorCategory;
import org.jixiao.model.IndicatorGroup;
import org.jixiao.model.Project;
import org.jixiao.validate.Context;
import org.jixiao.validate.Rule;

/**
 * A project's indicator table has 产出, 效益 and 满意度 indicators, and 成本 from 2022 on (when
 * 成本指标 joined the project forms): each at least one third-level line, not just a heading.
 */
public final class ProjectFirstLevelRule implements Rule {

  @Override
  public String id() {
    return "project-first-level";
  }

  @Override
  public String level() {
    return "warning";
  }

  @Override
  public void check(Context ctx) {
    List<Project> projects = ctx.declaration().projects();
    for (int i = 0; i < projects.size(); i++) {
      Project p = projects.get(i);
      check(ctx, p, i, "indicators", p.indicators());
      check(ctx, p, i, "long_term_indicators", p.longTermIndicators());
    }
  }

  private void check(Context ctx, Project p, int index, String table,
      List<IndicatorCategory> cats) {
    // a 中期 (长期) side with no third-level line is left blank, as the 88号 form allows for a
    // one-year project; the 年度 side is always checked once it is written
    if (cats.isEmpty() || table.equals("long_term_indicators")
        && cats.stream().mapToLong(ProjectIndicators::lines).sum() == 0) {
      return;
    }
    // the variant names what each table must have (require: [成本, 产出, 效益, 满意度]) and from
    // which budget year 成本 is required (cost_from); 成本 and 满意度 may be a first level or a
    // second level (88号: 成本指标 under 产出指标, 满意度 under 效益指标)
    int costFrom = ctx.check().number("cost_from", 0);
    List<String> wanted = new ArrayList<>(ctx.check().list("require", List.of("产出", "效益", "满意度")));
    if (ctx.declaration().year() < costFrom) {
      wanted.remove("成本");
    }
    // a two-level table (一级 → 指标) has no second and third levels to name
    boolean two = ctx.variant() != null && ctx.variant().indicators().levels() == 2;
    String line = two ? "指标" : "三级指标";
    String below = two ? "及其指标" : "及其二级、三级指标";
    String belowEn = two ? "with its indicators" : "with its second- and third-level indicators";
    List<String> optional = ctx.variant() == null ? List.of() : ctx.variant().indicators().optional();
    strangers(ctx, p, index, table, cats);
    for (String w : wanted) {
      // a first level the variant's form may lack (indicators: optional:) is asked for only
      // where the table writes it
      boolean written = cats.stream().anyMatch(c -> c.name().contains(w)
          || c.groups().stream().anyMatch(g -> g.name().contains(w)));
      if (!written && optional.stream().anyMatch(o -> o.contains(w))) {
        continue;
      }
      boolean present = cats.stream().anyMatch(c -> (c.name().contains(w)
          && ProjectIndicators.lines(c) > 0) || c.groups().stream().anyMatch(
              g -> g.name().contains(w) && !g.indicators().isEmpty()));
      if (!present) {
        String name = levelName(ctx, w);
        ctx.error(ctx.key("projects", index, table),
            "项目「" + p.name() + "」缺少一级指标「" + name + "」（至少一行" + line + "）",
            "project '" + p.name() + "' has no " + name + " (at least one "
                + (two ? "indicator" : "third-level") + " line)",
            "在 " + table + " 下加上 " + name + ": " + below
                + (w.equals("成本") && costFrom > 0 ? "（" + costFrom + " 年起项目须有成本指标）" : ""),
            "add " + name + ": " + belowEn + " under " + table
                + (w.equals("成本") && costFrom > 0 ? " (required from " + costFrom + ")" : ""));
      }
    }
  }

  /**
   * The first level to ask for: {@code require:} names a part and the rule adds {@code suffix:}
   * (default 指标: 产出 → 产出指标); a form whose first levels are no …指标 (大庆's 目标完成程度)
   * sets {@code suffix: ""} and names them whole.
   */
  private static String levelName(Context ctx, String wanted) {
    String suffix = ctx.check().text("suffix", "指标");
    return wanted.endsWith(suffix) ? wanted : wanted + suffix;
  }

  /**
   * A level the form's frame (texts.yaml {@code frame:}, the rows the form always prints)
   * names otherwise prints in the form's own row ({@link FrameRows}): {@code 产出} in 产出指标,
   * 满意度指标 in the 416号 form's 社会公众或服务对象满意度指标. A warning naming that row. A
   * first level near more than one row, or near one the table also writes, prints as a row of its
   * own below the form's: a warning too.
   */
  @SuppressWarnings("unchecked")
  private static void strangers(Context ctx, Project p, int index, String table,
      List<IndicatorCategory> cats) {
    if (ctx.texts() == null || !(ctx.texts().values().get("frame") instanceof java.util.Map<?, ?> f)
        || f.isEmpty()) {
      return;
    }
    java.util.Map<String, Object> frame = (java.util.Map<String, Object>) f;
    List<String> levels = FrameRows.resolve(cats.stream().map(IndicatorCategory::name).toList(),
        frame.keySet());
    String rows = String.join("、", frame.keySet());
    for (int i = 0; i < cats.size(); i++) {
      IndicatorCategory c = cats.get(i);
      String name = c.name().strip();
      String row = levels.get(i);
      if (!row.equals(c.name())) {
        asRow(ctx, ctx.key("projects", index, table, c.name()), p, "一级", "first level", name,
            row);
      } else if (!name.isEmpty() && !frame.containsKey(name)) {
        String core = name.replace("指标", "");
        String near = frame.keySet().stream()
            .filter(k -> !core.isEmpty() && k.contains(core)).findFirst().orElse(null);
        if (near != null) {
          ctx.warning(ctx.key("projects", index, table, c.name()),
              "项目「" + p.name() + "」的一级指标「" + name + "」不是本表的一级指标（" + rows
                  + "）：会另起一行印在表末，表上的「" + near + "」一行空着",
              "project '" + p.name() + "': first level '" + name + "' is not one of this form's ("
                  + rows + "): it prints as a row of its own and the form's '" + near
                  + "' row stays empty",
              "改写为表上的名称「" + near + "」", "write it as the form names it: " + near);
        } else {
          // a first level of another framework (效益指标 where the form has 效果指标): printed
          // as written below the form's rows; say where its second levels belong on this form
          String home = null;
          String moved = null;
          for (IndicatorGroup g : c.groups()) {
            for (var e : frame.entrySet()) {
              if (e.getValue() instanceof List<?> l && l.stream().map(Object::toString)
                  .anyMatch(r -> r.equals(g.name().strip())) && home == null) {
                home = e.getKey();
                moved = g.name().strip();
              }
            }
          }
          ctx.warning(ctx.key("projects", index, table, c.name()),
              "项目「" + p.name() + "」的一级指标「" + name + "」不是本表的一级指标（" + rows
                  + "）：会另起一行印在表末" + (home == null ? ""
                      : "；它的二级指标「" + moved + "」在本表的「" + home + "」下"),
              "project '" + p.name() + "': first level '" + name + "' is not one of this form's ("
                  + rows + "): it prints as a row of its own" + (home == null ? ""
                      : "; its second level '" + moved + "' belongs under '" + home + "' here"),
              home == null ? "改用表上的一级指标：" + rows
                  : "把「" + moved + "」等二级指标移到「" + home + "」下",
              home == null ? "use the form's first levels: " + rows
                  : "move '" + moved + "' and the like under '" + home + "'");
        }
      }
      if (!(frame.get(row) instanceof List<?> l)) {
        continue;
      }
      List<String> groupRows = l.stream().map(Object::toString).toList();
      List<String> groups = FrameRows.resolve(c.groups().stream().map(IndicatorGroup::name)
          .toList(), groupRows);
      for (int j = 0; j < groups.size(); j++) {
        String g = c.groups().get(j).name();
        if (!groups.get(j).equals(g)) {
          asRow(ctx, ctx.key("projects", index, table, c.name(), g), p, "二级", "second level",
              g.strip(), groups.get(j));
        } else if (!groupRows.contains(g)) {
          elsewhere(ctx, ctx.key("projects", index, table, c.name(), g), p, frame, row, g.strip(),
              levels, cats);
        }
      }
    }
  }

  /**
   * A second level written under one first level that the form's frame prints under another
   * (服务对象满意度指标 under 效益指标 on a form whose 满意度指标 holds it, as older editions and
   * other provinces place it): it prints where it is written and the form's own row stays empty,
   * so a warning (not an error: the filed form may place it so). Only when exactly one row of
   * the other first levels is meant and the table leaves that row empty.
   */
  @SuppressWarnings("unchecked")
  private static void elsewhere(Context ctx, org.jixiao.model.YNode at, Project p,
      java.util.Map<String, Object> frame, String under, String name, List<String> levels,
      List<IndicatorCategory> cats) {
    String first = null;
    String second = null;
    for (var e : frame.entrySet()) {
      if (e.getKey().equals(under) || !(e.getValue() instanceof List<?> l)) {
        continue;
      }
      String r = FrameRows.rowFor(name, l.stream().map(Object::toString).toList());
      if (r != null) {
        if (first != null) {
          return; // near rows of two first levels (经济 of 经济成本 and 经济效益): not guessed
        }
        first = e.getKey();
        second = r;
      }
    }
    if (first == null) {
      return;
    }
    for (int i = 0; i < cats.size(); i++) {
      if (levels.get(i).equals(first) && cats.get(i).groups().stream().anyMatch(
          g -> !g.indicators().isEmpty() && FrameRows.rowFor(g.name(), List.of(name)) != null)) {
        return; // the form's own row is filled as well
      }
    }
    ctx.warning(at,
        "项目「" + p.name() + "」的二级指标「" + name + "」写在「" + under + "」下，表上这一行在「"
            + first + "」下：它另起一行印在「" + under + "」下，「" + first + "」的「" + second
            + "」一行空着",
        "project '" + p.name() + "': second level '" + name + "' is written under '" + under
            + "', but this form prints it under '" + first + "': it prints as a row of its own under '"
            + under + "' and the form's '" + second + "' row under '" + first + "' stays empty",
        "移到 " + first + ": 下" + (second.equals(name) ? "" : "写作「" + second + "」")
            + "；原表确实把它列在「" + under + "」下时可不理会",
        "move it under " + first + ":" + (second.equals(name) ? "" : " as " + second)
            + "; if the filed form places it under " + under + ", this warning can be left");
  }

  private static void asRow(Context ctx, org.jixiao.model.YNode at, Project p, String level,
      String levelEn, String name, String row) {
    ctx.warning(at, "项目「" + p.name() + "」的" + level + "指标「" + name + "」按表上的「" + row
            + "」一行印出",
        "project '" + p.name() + "': " + levelEn + " '" + name + "' prints in the form's row '"
            + row + "'",
        "照表上的名称写作「" + row + "」", "write it as the form names it: " + row);
  }
}
