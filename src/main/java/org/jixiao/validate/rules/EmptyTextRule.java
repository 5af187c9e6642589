package org.jixiao.validate.rules;

import java.util.List;
import org.jixiao.model.Project;
import org.jixiao.model.YNode;
import org.jixiao.model.YNode.YList;
import org.jixiao.model.YNode.YScalar;
import org.jixiao.validate.Context;
import org.jixiao.validate.Rule;
import org.jixiao.variant.Variant;

/**
 * Required texts are not empty: no blank paragraph in a list; a key that a filed form marks
 * {@code required} in variant.yaml (湖北 部门整体: {@code project.purpose}, 项目主要支出方向和用途) is
 * written.
 */
public final class EmptyTextRule implements Rule {
  /** The lists of paragraphs; an empty item prints an empty numbered line. */
  static final List<List<Object>> LISTS = List.of(List.of("functions"), List.of("tasks"),
      List.of("annual_goal"), List.of("long_term_goal", "items"));

  @Override
  public String id() {
    return "text-empty";
  }

  @Override
  public void check(Context ctx) {
    for (List<Object> path : LISTS) {
      if (ctx.node(path.toArray()) instanceof YList l && path.size() == depth(ctx, path)) {
        for (YNode i : l.items()) {
          if (i instanceof YScalar s && (s.text() == null || s.text().isBlank())) {
            // a warning: a blank form (jixiao init) has these on purpose, lines still to fill
            ctx.warning(s, "空的一项：会打印出一个只有编号的空段落", "an empty item prints an empty numbered paragraph",
                "填写内容，或删除这一行", "write its text or delete the line");
          }
        }
      }
    }
    for (Variant.Form f : ctx.forms()) {
      for (String key : f.required()) {
        required(ctx, f, key);
      }
    }
  }

  /**
   * {@code scope.key} of a filed form is written: {@code unit.x} and {@code declaration.x} once,
   * {@code project.x} for each project the form prints (those with targets for a form printed
   * per project; all, for a table of projects, unless the unit is 二级, whose 部门整体 form is the
   * standard statement instead of the table).
   */
  private static void required(Context ctx, Variant.Form f, String key) {
    int dot = key.indexOf('.');
    String scope = key.substring(0, dot);
    String name = key.substring(dot + 1);
    var d = ctx.declaration();
    switch (scope) {
      case "declaration" -> {
        if (blank(ctx, name)) {
          missing(ctx, ctx.root(), f, key, name);
        }
      }
      case "unit" -> {
        if (blank(ctx, "unit", name)) {
          missing(ctx, ctx.node("unit"), f, key, name);
        }
      }
      case "project" -> {
        if (!f.eachProject() && d.unit().secondary()) {
          return;
        }
        for (int i = 0; i < d.projects().size(); i++) {
          Project p = d.projects().get(i);
          if ((!f.eachProject() || p.hasTargets()) && blank(ctx, "projects", i, name)) {
            missing(ctx, ctx.node("projects", i), f, key, name);
          }
        }
      }
      default -> { }
    }
  }

  /** The key is absent, or its value is an empty text or an empty list. */
  private static boolean blank(Context ctx, Object... path) {
    Object[] parent = java.util.Arrays.copyOf(path, path.length - 1);
    YNode at = ctx.node(path);
    if (at == ctx.node(parent)) {
      return true;
    }
    return at instanceof YScalar s && (s.text() == null || s.text().isBlank())
        || at instanceof YList l && l.items().isEmpty();
  }

  private static void missing(Context ctx, YNode at, Variant.Form f, String key, String name) {
    String what = "project.purpose".equals(key) ? "主要支出方向和用途（" + name + "）" : name;
    ctx.error(at, "表「" + f.file() + "」必填的「" + what + "」没有写",
        "form '" + f.file() + "' requires '" + key + "'",
        "加上 " + name + ": ……", "add " + name + ": …");
  }

  /** How far the path really exists (node() stops at the deepest existing node). */
  private static int depth(Context ctx, List<Object> path) {
    for (int k = path.size(); k > 0; k--) {
      if (ctx.node(path.subList(0, k).toArray()) != ctx.node(path.subList(0, k - 1).toArray())) {
        return k;
      }
    }
    return 0;
  }
}
