package org.jixiao.validate.rules;

import java.util.List;
import org.jixiao.model.IndicatorCategory;
import org.jixiao.validate.Context;
import org.jixiao.validate.IndicatorLine;
import org.jixiao.validate.Rule;
import org.jixiao.validate.Suggest;

/**
 * A unit indicator table has exactly the first-level indicators its variant names
 * ({@code checks: l1-first-level: {names: […]}}; 湖北's six: 运行成本 … 满意度). Off where the
 * variant does not name them. A first level the variant marks optional ({@code indicators:
 * optional: […]}) may be absent.
 */
public final class FirstLevelRule implements Rule {

  @Override
  public String id() {
    return "l1-first-level";
  }

  @Override
  public String level() {
    return "warning";
  }

  @Override
  public boolean onByDefault() {
    return false;
  }


  @Override
  public void check(Context ctx) {
    List<String> six = ctx.check().list("names", List.of());
    if (six.isEmpty()) {
      return;
    }
    for (String table : IndicatorLine.TABLES) {
      List<IndicatorCategory> cats = IndicatorLine.table(ctx.declaration(), table);
      if (cats.isEmpty()) {
        continue;
      }
      List<String> names = cats.stream().map(IndicatorCategory::name).toList();
      for (String n : names) {
        if (!six.contains(n)) {
          ctx.error(ctx.key(table, n), "「" + n + "」不是本表的一级指标",
              "'" + n + "' is not a first-level indicator of this form",
              "一级指标只能是 " + String.join("、", six) + Suggest.didYouMean(n, six,
                  ctx.lang()),
              "first-level indicators are " + String.join(", ", six)
                  + Suggest.didYouMean(n, six, ctx.lang()));
        }
      }
      // a misspelt name is reported once, as unknown with its correction, not also as missing
      List<String> corrected = names.stream().map(n -> Suggest.closest(n, six)).toList();
      // a first level the variant's form may lack (indicators: optional:) is not missing
      List<String> optional = ctx.variant() == null ? List.of()
          : ctx.variant().indicators().optional();
      for (String s : six) {
        if (!names.contains(s) && !corrected.contains(s) && !optional.contains(s)) {
          ctx.error(ctx.key(table), "缺少一级指标「" + s + "」", "missing first-level indicator '"
                  + s + "'",
              "表上的 " + six.size() + " 个一级指标都要列出；没有内容的二级指标写成 ……: 即可",
              "list all " + six.size() + "; an empty second level can be written as ……:");
        }
      }
    }
  }
}
