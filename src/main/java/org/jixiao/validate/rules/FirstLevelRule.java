package org.jixiao.validate.rules;

import java.util.List;
import java.util.Set;
import org.jixiao.model.IndicatorCategory;
import org.jixiao.validate.Context;
import org.jixiao.validate.IndicatorLine;
import org.jixiao.validate.Layouts;
import org.jixiao.validate.Rule;
import org.jixiao.validate.Suggest;

/** An indicator table of the 湖北 unit form has exactly its six first-level indicators. */
public final class FirstLevelRule implements Rule {
  static final List<String> SIX = List.of("运行成本", "管理效率", "履职效能", "社会效应",
      "可持续发展能力", "满意度");

  @Override
  public String id() {
    return "l1-first-level";
  }

  @Override
  public Set<String> layouts() {
    return Layouts.HUBEI_UNIT;
  }

  @Override
  public void check(Context ctx) {
    for (String table : IndicatorLine.TABLES) {
      List<IndicatorCategory> cats = IndicatorLine.table(ctx.declaration(), table);
      if (cats.isEmpty()) {
        continue;
      }
      List<String> names = cats.stream().map(IndicatorCategory::name).toList();
      for (String n : names) {
        if (!SIX.contains(n)) {
          ctx.error(ctx.key(table, n), "「" + n + "」不是本表的一级指标",
              "'" + n + "' is not a first-level indicator of this form",
              "一级指标只能是 " + String.join("、", SIX) + Suggest.didYouMean(n, SIX,
                  ctx.lang()),
              "first-level indicators are " + String.join(", ", SIX)
                  + Suggest.didYouMean(n, SIX, ctx.lang()));
        }
      }
      // a misspelt name is reported once, as unknown with its correction, not also as missing
      List<String> corrected = names.stream().map(n -> Suggest.closest(n, SIX)).toList();
      for (String s : SIX) {
        if (!names.contains(s) && !corrected.contains(s)) {
          ctx.error(ctx.key(table), "缺少一级指标「" + s + "」", "missing first-level indicator '"
                  + s + "'",
              "六个一级指标都要列出；没有内容的二级指标写成 ……: 即可",
              "list all six; an empty second level can be written as ……:");
        }
      }
    }
  }
}
