package org.jixiao.validate.rules;

import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorCategory;
import org.jixiao.model.IndicatorGroup;

/** Counting a project table's real third-level lines: the form's …… filler is not one. */
final class ProjectIndicators {
  private ProjectIndicators() {}

  static long lines(IndicatorCategory c) {
    long n = 0;
    for (IndicatorGroup g : c.groups()) {
      n += g.indicators().stream().filter(ProjectIndicators::real).count();
    }
    return n;
  }

  static boolean real(Indicator i) {
    return !VagueValueRule.NONE.contains(i.name().strip()) && !i.name().isBlank();
  }
}
