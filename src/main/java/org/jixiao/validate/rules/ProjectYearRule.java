package org.jixiao.validate.rules;

import java.util.List;
import org.jixiao.model.DeclarationReader;
import org.jixiao.model.YNode.YScalar;
import org.jixiao.validate.Context;
import org.jixiao.validate.Rule;

/**
 * A project's 起始年度 / 终止年度 that is no year (终止年度 长期 for a 常年性项目, 2024.01 copied from
 * a 项目期): printed as written, since the cell is text on the form, with a warning in case a year
 * was meant.
 */
public final class ProjectYearRule implements Rule {
  private static final List<String> KEYS = List.of("start_year", "end_year");

  @Override
  public String id() {
    return "project-year";
  }

  @Override
  public String level() {
    return "warning";
  }

  @Override
  public void check(Context ctx) {
    for (int i = 0; i < ctx.declaration().projects().size(); i++) {
      for (String key : KEYS) {
        if (ctx.node("projects", i, key) instanceof YScalar s && s.text() != null
            && !s.text().isBlank() && !DeclarationReader.isYear(s.text())) {
          String label = key.equals("start_year") ? "起始年度" : "终止年度";
          ctx.warning(s, "项目" + label + "「" + s.text().strip() + "」不是四位年份，照写印出",
              "project " + key + " '" + s.text().strip() + "' is no four-digit year; printed as written",
              "表上印的是年份时写四位年份，例如 " + key + ": 2026；表上就是这样写的可不改",
              "write a four-digit year (" + key + ": 2026) where the form prints one");
        }
      }
    }
  }
}
