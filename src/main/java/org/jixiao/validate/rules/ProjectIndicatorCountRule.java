package org.jixiao.validate.rules;

import java.util.List;
import org.jixiao.model.Project;
import org.jixiao.validate.Context;
import org.jixiao.validate.Rule;

/** A project with fewer than three third-level indicators in a table says too little to review. */
public final class ProjectIndicatorCountRule implements Rule {
  static final int FEWEST = 3;

  @Override
  public String id() {
    return "project-indicator-count";
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
      check(ctx, p.name(), i, "indicators", p.indicators().stream()
          .mapToLong(ProjectIndicators::lines).sum(), !p.indicators().isEmpty());
      // a 中期 (长期) side without a third-level line is a side left blank (88号), not a short one
      long longTerm = p.longTermIndicators().stream().mapToLong(ProjectIndicators::lines).sum();
      check(ctx, p.name(), i, "long_term_indicators", longTerm, longTerm > 0);
    }
  }

  private static void check(Context ctx, String name, int index, String table, long n,
      boolean present) {
    if (present && n < FEWEST) {
      ctx.warning(ctx.key("projects", index, table),
          "项目「" + name + "」只有 " + n + " 个三级指标",
          "project '" + name + "' has only " + n + " third-level indicator(s)",
          "绩效目标要能衡量：至少写 " + FEWEST + " 个三级指标（数量、质量、时效、效益、满意度……）",
          "targets must be measurable: write at least " + FEWEST + " third-level indicators");
    }
  }
}
