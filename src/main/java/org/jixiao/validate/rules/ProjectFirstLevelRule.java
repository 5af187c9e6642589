package org.jixiao.validate.rules;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.model.IndicatorCategory;
import org.jixiao.model.Project;
import org.jixiao.validate.Context;
import org.jixiao.validate.Rule;

/**
 * A project's indicator table has 产出, 效益 and 满意度 indicators, and 成本 from 2022 on (when
 * 成本指标 joined the project forms): each at least one third-level line, not just a heading.
 */
public final class ProjectFirstLevelRule implements Rule {
  /** The budget year from which 成本指标 is required. */
  static final int COST_FROM = 2022;

  @Override
  public String id() {
    return "project-first-level";
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
    if (cats.isEmpty()) {
      return;
    }
    List<String> wanted = new ArrayList<>(List.of("产出", "效益", "满意度"));
    if (ctx.declaration().year() >= COST_FROM) {
      wanted.add(0, "成本");
    }
    for (String w : wanted) {
      boolean present = cats.stream().anyMatch(c -> c.name().contains(w)
          && ProjectIndicators.lines(c) > 0);
      if (!present) {
        ctx.error(ctx.key("projects", index, table),
            "项目「" + p.name() + "」缺少一级指标「" + w + "指标」（至少一行三级指标）",
            "project '" + p.name() + "' has no " + w + "指标 (at least one third-level line)",
            "在 " + table + " 下加上 " + w + "指标: 及其二级、三级指标"
                + (w.equals("成本") ? "（" + COST_FROM + " 年起项目必须有成本指标）" : ""),
            "add " + w + "指标: with its second- and third-level indicators under " + table
                + (w.equals("成本") ? " (required for projects from " + COST_FROM + ")" : ""));
      }
    }
  }
}
