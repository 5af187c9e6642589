package org.jixiao.validate.rules;

import java.util.List;
import org.jixiao.model.Declaration;
import org.jixiao.model.IndicatorCategory;
import org.jixiao.model.IndicatorGroup;
import org.jixiao.model.Project;
import org.jixiao.validate.Context;
import org.jixiao.validate.IndicatorLine;
import org.jixiao.validate.Rule;

/**
 * Where a table has 产出指标 (the project forms), its 数量指标, 质量指标 and 时效指标 each appear,
 * with lines or as an explicit empty ({@code 时效指标:}), so none is forgotten by accident.
 */
public final class OutputFrameRule implements Rule {
  static final String OUTPUT = "产出指标";
  static final List<String> REQUIRED = List.of("数量指标", "质量指标", "时效指标");

  @Override
  public String id() {
    return "output-frame";
  }

  @Override
  public String level() {
    return "warning";
  }

  /**
   * Only where the variant names the tables ({@code tables: [unit, project]}): the 湖北 unit form
   * has no 产出指标, the 河南 form's 产出指标 has its own second levels.
   */
  @Override
  public boolean onByDefault() {
    return false;
  }

  @Override
  public void check(Context ctx) {
    Declaration d = ctx.declaration();
    List<String> tables = ctx.check().list("tables", List.of("unit", "project"));
    List<String> required = ctx.check().list("names", REQUIRED);
    if (tables.contains("unit")) {
      for (String table : IndicatorLine.TABLES) {
        check(ctx, required, IndicatorLine.table(d, table), table);
      }
    }
    if (tables.contains("project")) {
      for (int i = 0; i < d.projects().size(); i++) {
        Project p = d.projects().get(i);
        check(ctx, required, p.indicators(), "projects", i, "indicators");
        check(ctx, required, p.longTermIndicators(), "projects", i, "long_term_indicators");
      }
    }
  }

  /** {@code table}: the YAML path of the table. */
  private static void check(Context ctx, List<String> required, List<IndicatorCategory> cats,
      Object... table) {
    for (IndicatorCategory c : cats) {
      // a level written otherwise (产出, 数量) prints in the form's row: project-first-level warns
      if (!OUTPUT.equals(org.jixiao.enrich.FrameRows.rowFor(c.name(), List.of(OUTPUT)))) {
        continue;
      }
      Object[] at = java.util.Arrays.copyOf(table, table.length + 1);
      at[table.length] = c.name();
      List<String> names = org.jixiao.enrich.FrameRows.resolve(
          c.groups().stream().map(IndicatorGroup::name).toList(), required);
      for (String r : required) {
        if (!names.contains(r)) {
          ctx.error(ctx.key(at), OUTPUT + " 缺少二级指标「" + r + "」",
              OUTPUT + " lacks the second-level indicator '" + r + "'",
              "写出该指标的三级指标；确实没有时写一行 " + r + ":（留空）表示有意为空",
              "add its lines, or write " + r + ": with nothing after it to mean none");
        }
      }
    }
  }
}
