package org.jixiao.validate.rules;

import java.util.List;
import java.util.Map;
import org.jixiao.model.FundLine;
import org.jixiao.model.Money;
import org.jixiao.model.Project;
import org.jixiao.validate.Context;
import org.jixiao.validate.IndicatorLine;
import org.jixiao.validate.Rule;
import org.jixiao.validate.Suggest;
import org.jixiao.variant.Variant;

/**
 * A value outside a closed value list of the variant ({@code lists:} with {@code closed: true}):
 * a fund line the form has no column for, a 资金来源 line it has no row for, a 项目属性 it has no
 * box for: the value would be lost, so it is an error. A value contained in exactly one allowed
 * value (新增 for 新增项目) is a warning, and the form prints that value ({@code ClosedValues});
 * so are 资金来源 line names ({@code 一般公共预算} for 一般公共预算财政拨款); a name that several lines
 * hold is an error listing them; 指标值类型 likewise. A closed list of one of the variant's own
 * text keys of a unit or project ({@code lists: project.项目类型}, a box per value) is checked the
 * same way. Open lists are only suggestions and never reported.
 */
public final class ValueListRule implements Rule {
  @Override
  public String id() {
    return "value-list";
  }

  @Override
  public void check(Context ctx) {
    Variant v = ctx.variant();
    if (v == null) {
      return;
    }
    var d = ctx.written();
    if (d.unit() != null) {
      own(ctx, v, "unit", d.unit().extra(), "unit");
    }
    if (d.funds() != null) {
      lines(ctx, v.list("funds.income"), d.funds().income(), "income");
      lines(ctx, v.list("funds.expenditure"), d.funds().expenditure(), "expenditure");
    }
    for (int i = 0; i < d.projects().size(); i++) {
      Project p = d.projects().get(i);
      one(ctx, v.list("project.category"), p.category(), "支出项目类别", "projects", i, "category");
      own(ctx, v, "project", p.extra(), "projects", i);
      if (p.details() != null) {
        one(ctx, v.list("project.attribute"), p.details().attribute(), "项目属性", "projects", i,
            "attribute");
        Variant.ValueList sources = v.list("project.sources");
        if (sources != null && sources.closed()) {
          for (Map.Entry<String, Money> e : p.details().sources().entrySet()) {
            String name = e.getKey().strip().replaceFirst("^其中[：:]", "");
            // a total line is total-sources' to report
            if (sources.values().contains(name) || SourcesRule.TOTALS.contains(name)) {
              continue;
            }
            String as = org.jixiao.enrich.ClosedValues.sourceLine(sources, e.getKey());
            var at = ctx.key("projects", i, "sources", e.getKey());
            if (as != null && !p.details().sources().containsKey(as)) {
              // the one line whose name holds it (一般公共预算 for 一般公共预算财政拨款): printed there
              ctx.warning(at, "项目资金来源「" + name + "」按「" + as + "」这一行处理",
                  "source line '" + name + "' is taken as '" + as + "'",
                  "照表上的字写全：" + as, "write it as the form does: " + as);
              continue;
            }
            if (as != null) {
              ctx.error(at, "项目资金来源「" + name + "」即「" + as + "」这一行，而它已经写过",
                  "source line '" + name + "' is the line '" + as + "', already written",
                  "把两处金额合为一行 " + as + ": …", "merge the two into one line " + as + ": …");
              continue;
            }
            List<String> near = sources.values().stream().filter(s -> s.contains(name)).toList();
            if (near.size() > 1) {
              ctx.error(at, "项目资金来源「" + name + "」可以是表上的 " + String.join("、", near)
                      + " 中的任一行", "source line '" + name + "' may be any of " + near,
                  "照表写全这一行的名称，例如 " + near.get(0) + ": …",
                  "write the line's full name, e.g. " + near.get(0) + ": …");
              continue;
            }
            ctx.error(at,
                "项目资金来源没有「" + name + "」这一行", "the form has no source line '" + name + "'",
                "可写的来源：" + String.join("、", sources.values())
                    + Suggest.didYouMean(name, sources.values(), ctx.lang()),
                "lines: " + String.join(", ", sources.values()));
          }
        }
      }
    }
    Variant.ValueList types = v.list("indicator.type");
    if (types != null && types.closed()) {
      for (IndicatorLine l : IndicatorLine.all(d)) {
        String t = l.indicator().type();
        if (t.isEmpty() || types.values().contains(t)) {
          continue;
        }
        String as = types.resolve(t);
        List<String> near = types.values().stream().filter(x -> x.contains(t.strip())).toList();
        if (as != null) {
          ctx.warning(l.valueNode(ctx, "type"), "指标值类型「" + t + "」按「" + as + "」处理",
              "type '" + t + "' is taken as '" + as + "'", "照表上的字写全：" + as,
              "write it as the form does: " + as);
        } else if (near.size() > 1) {
          ctx.error(l.valueNode(ctx, "type"), "指标值类型「" + t + "」可以是 " + String.join("、", near)
              + " 中的任一个", "type '" + t + "' may be any of " + near,
              "照表写全，例如 type: " + near.get(0), "write it in full, e.g. type: " + near.get(0));
        } else {
          ctx.error(l.valueNode(ctx, "type"), "指标值类型只能是 " + String.join("、", types.values())
              + "，不是「" + t + "」", "type must be one of " + types.values(),
              "从上面的值中选一个照抄", "copy one of the values above");
        }
      }
    }
  }

  /** The variant's own text keys of {@code scope} that have a list, at {@code path}. */
  private static void own(Context ctx, Variant v, String scope, Map<String, Object> extra,
      Object... path) {
    v.fields().getOrDefault(scope, Map.of()).forEach((key, field) -> {
      if (extra.get(key) instanceof String value) {
        Object[] at = java.util.Arrays.copyOf(path, path.length + 1);
        at[path.length] = key;
        one(ctx, v.list(scope + "." + key), value, field.title(), at);
      }
    });
  }

  private static void lines(Context ctx, Variant.ValueList list, List<FundLine> lines,
      String key) {
    for (int i = 0; i < lines.size(); i++) {
      one(ctx, list, lines.get(i).name(), "资金行", "funds", key, i, "name");
    }
  }

  private static void one(Context ctx, Variant.ValueList list, String value, String what,
      Object... path) {
    if (list == null || !list.closed() || value == null || value.isEmpty()
        || list.values().contains(value)) {
      return;
    }
    if (list.values().isEmpty()) {
      // a closed list with no value: the form has no cell for this at all (no 支出 lines)
      ctx.error(ctx.node(path), what + "「" + value + "」在本表上没有位置：本表没有这类行",
          "'" + value + "' has no place on this form: it has no such lines",
          "删去这一行（它不会印出）", "delete this line (it would not be printed)");
      return;
    }
    String as = list.resolve(value);
    if (as != null) {
      // the form's box or line names it unambiguously (新增 for 新增项目): printed as that one
      boolean boxes = Variant.ValueList.ticked(value) != null;
      ctx.warning(ctx.node(path), what + "「" + value + "」按「" + as + "」处理",
          "'" + value + "' is taken as '" + as + "'",
          boxes ? "只写勾选的那一项（jixiao 印出各项和它们的方框，勾上这一项）：" + as
              : "照表上的字写全：" + as,
          boxes ? "write the ticked item only (jixiao prints the boxes and ticks it): " + as
              : "write it as the form does: " + as);
      return;
    }
    List<String> ticked = Variant.ValueList.ticked(value);
    if (ticked != null && ticked.size() != 1) {
      // the form's row of boxes copied as printed, with no box or several boxes ticked
      ctx.error(ctx.node(path), what + "「" + value + "」" + (ticked.isEmpty() ? "没有勾选任何一项"
              : "勾选了 " + ticked.size() + " 项（" + String.join("、", ticked) + "）") + "，本表只能勾一项",
          "'" + value + "' ticks " + ticked.size() + " boxes; the form takes exactly one",
          "只写勾选的那一项，可写：" + String.join("、", list.values()),
          "write the one ticked item only; allowed: " + String.join(", ", list.values()));
      return;
    }
    ctx.error(ctx.node(path), what + "「" + value + "」不在本表可写的值中",
        "'" + value + "' is not a value this form has",
        "可写：" + String.join("、", list.values())
            + Suggest.didYouMean(value, list.values(), ctx.lang()),
        "allowed: " + String.join(", ", list.values()));
  }
}
