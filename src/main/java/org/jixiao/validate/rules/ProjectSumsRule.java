package org.jixiao.validate.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.model.Money;
import org.jixiao.model.Project;
import org.jixiao.validate.Context;
import org.jixiao.validate.Rule;
import org.jixiao.variant.Variant;

/**
 * A project's amounts that the form adds up, as the variant names them ({@code sums:}, each
 * {@code "总额键 = 键 + 键"}: the 88号 form's 年度资金总额 = 其中：财政拨款 + 其他资金). The written
 * parts adding up to more than the total is an error, as is every part written and the sum
 * differing; parts left out may hold the rest.
 */
public final class ProjectSumsRule implements Rule {

  @Override
  public String id() {
    return "total-fields";
  }

  @Override
  public boolean onByDefault() {
    return false;
  }

  @Override
  public void check(Context ctx) {
    List<String> sums = ctx.check().list("sums", List.of());
    List<Project> projects = ctx.declaration().projects();
    String unit = ctx.declaration().moneyUnit();
    for (String sum : sums) {
      String[] sides = sum.split("=");
      if (sides.length != 2) {
        continue; // the variant file's schema reports it
      }
      String total = sides[0].strip();
      List<String> parts = List.of(sides[1].split("\\+")).stream().map(String::strip)
          .filter(s -> !s.isEmpty()).toList();
      for (int i = 0; i < projects.size(); i++) {
        check(ctx, i, projects.get(i), unit, total, parts);
      }
    }
  }

  private static void check(Context ctx, int i, Project p, String unit, String total,
      List<String> parts) {
    Money whole = amount(p, total, unit);
    if (whole == null) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    List<String> written = new ArrayList<>();
    for (String part : parts) {
      Money a = amount(p, part, unit);
      if (a != null) {
        sum = sum.add(a.value());
        written.add(part);
      }
    }
    int cmp = sum.compareTo(whole.value());
    if (written.isEmpty() || cmp == 0 || cmp < 0 && written.size() < parts.size()) {
      return;
    }
    String name = p.name().isEmpty() ? String.valueOf(i + 1) : p.name();
    String diff = whole.value().subtract(sum).toPlainString();
    List<String> terms = written.stream().map(k -> near(titled(ctx, k), amount(p, k, unit).text())).toList();
    ctx.error(ctx.node("projects", i, total),
        "项目「" + name + "」的" + near(titled(ctx, total), whole.text()) + " 不等于 "
            + String.join(" + ", terms) + " = " + sum.toPlainString(),
        "project '" + name + "': its " + titled(ctx, total) + " " + whole.text() + " is not "
            + String.join(" + ", terms) + " = " + sum.toPlainString(),
        "表上的" + titled(ctx, total) + "是" + String.join("、", parts.stream().map(k -> titled(ctx, k)).toList())
            + "之和；核对这几个金额（差额 " + diff + "）",
        "on the form " + total + " is the sum of " + String.join(", ", parts)
            + "; check these amounts (difference " + diff + ")");
  }

  /** The key as the form prints it, with the key: 年度资金总额（budget）. */
  private static String titled(Context ctx, String key) {
    Variant.Field f = ctx.variant() == null ? null : ctx.variant().field("project", key);
    return f == null || f.title().isBlank() || f.title().equals(key) ? key : f.title() + "（" + key + "）";
  }

  private static String near(String title, String amount) {
    return title.endsWith("）") ? title + amount : title + " " + amount;
  }

  private static Money amount(Project p, String key, String unit) {
    return switch (key) {
      case "budget" -> p.budget();
      case "total_budget" -> p.totalBudget();
      default -> p.extra().get(key) instanceof String s && !s.isBlank()
          ? Money.parseWritten(s, unit) : null;
    };
  }
}
