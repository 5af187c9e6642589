package org.jixiao.validate.rules;

import java.util.List;
import org.jixiao.model.Project;
import org.jixiao.model.YNode;
import org.jixiao.model.YNode.YList;
import org.jixiao.model.YNode.YScalar;
import org.jixiao.validate.Context;
import org.jixiao.validate.Rule;

/**
 * Required texts are not empty: no blank paragraph in a list; a key that a filed form marks
 * {@code required} (湖北 部门整体: {@code project.purpose}, 项目主要支出方向和用途) is written.
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
    // only a filed form that prints 用途 asks for it, and a 二级 unit's 部门整体 form is the
    // standard statement instead of the table
    boolean purpose = ctx.forms().stream().anyMatch(f -> f.required().contains("project.purpose"));
    List<Project> projects = purpose && !ctx.declaration().unit().secondary()
        ? ctx.declaration().projects() : List.of();
    for (int i = 0; i < projects.size(); i++) {
      if (projects.get(i).purpose().isBlank()) {
        ctx.error(ctx.node("projects", i), "项目「" + projects.get(i).name() + "」缺少主要支出方向和用途",
            "project '" + projects.get(i).name() + "' has no purpose",
            "加上 purpose: 用于……", "add purpose: …");
      }
    }
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
