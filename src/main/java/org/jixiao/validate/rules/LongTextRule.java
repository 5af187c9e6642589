package org.jixiao.validate.rules;

import org.jixiao.model.Project;
import org.jixiao.model.YNode;
import org.jixiao.validate.Context;
import org.jixiao.validate.IndicatorLine;
import org.jixiao.validate.Rule;

/**
 * Cells longer than the printed form holds comfortably (the narrow columns of the indicator
 * table, one-line names); a warning, since Word and the PDF wrap rather than cut.
 */
public final class LongTextRule implements Rule {
  static final int UNIT_NAME = 40;
  static final int PROJECT_NAME = 40;
  static final int PURPOSE = 200;
  static final int INDICATOR_NAME = 40;
  static final int INDICATOR_VALUE = 60;

  @Override
  public String id() {
    return "text-too-long";
  }

  @Override
  public String level() {
    return "warning";
  }

  @Override
  public void check(Context ctx) {
    var d = ctx.declaration();
    if (d.unit() != null) {
      limit(ctx, ctx.node("unit", "name"), "单位名称", d.unit().name(), UNIT_NAME);
    }
    for (int i = 0; i < d.projects().size(); i++) {
      Project p = d.projects().get(i);
      limit(ctx, ctx.node("projects", i, "name"), "项目名称", p.name(), PROJECT_NAME);
      limit(ctx, ctx.node("projects", i, "purpose"), "主要支出方向和用途", p.purpose(), PURPOSE);
    }
    // project tables (项目申报表) are not limited: their cells wrap, and 曾都's real form (seed
    // 004) has values of 60 to 92 characters
    for (IndicatorLine l : IndicatorLine.unit(d)) {
      limit(ctx, l.nameNode(ctx), "三级指标名称", l.indicator().name(), INDICATOR_NAME);
      for (String which : IndicatorLine.VALUES) {
        limit(ctx, l.valueNode(ctx, which), "指标值", l.value(which), INDICATOR_VALUE);
      }
    }
  }

  private static void limit(Context ctx, YNode at, String what, String text, int max) {
    int n = text.codePointCount(0, text.length());
    if (n > max) {
      ctx.warning(at, what + "有 " + n + " 个字，超过表格能容纳的 " + max + " 个字",
          what + " has " + n + " characters, more than the " + max + " the form's cell holds",
          "精简文字；详细说明放到 部门职能概述 或 年度工作任务 中",
          "shorten it; put details in the paragraphs");
    }
  }
}
