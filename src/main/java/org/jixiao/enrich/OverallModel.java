package org.jixiao.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.model.Declaration;
import org.jixiao.model.FundLine;
import org.jixiao.model.Money;

/**
 * The 湖南 整体支出绩效目标表's 年度预算申请 and 整体绩效目标: the unit's fund lines put into the
 * variant's fixed columns ({@code overall.income} and {@code overall.expenditure} in texts.yaml),
 * amounts with thousands separated as the form prints them, goals numbered 目标1：, 目标2：….
 */
final class OverallModel {
  private OverallModel() {}

  /** The model, or null when the variant has no 整体支出 columns. */
  static Views.Overall of(Declaration d, StandardTexts texts) {
    List<String> incomeColumns = texts.list("overall.income");
    List<String> spendingColumns = texts.list("overall.expenditure");
    if (incomeColumns.isEmpty() && spendingColumns.isEmpty()) {
      return null;
    }
    List<FundLine> income = d.funds() == null ? List.of() : d.funds().income();
    List<FundLine> spending = d.funds() == null ? List.of() : d.funds().expenditure();
    Money total = TemplateModel.sum(income.stream().map(FundLine::amount).toList());
    if (total == null) {
      total = TemplateModel.sum(spending.stream().map(FundLine::amount).toList());
    }
    List<String> goals = new ArrayList<>();
    String prefix = texts.text("overall.goal_prefix");
    // numbered as the form printed them, or one paragraph (annual_goal: a text): no 目标1：
    boolean written = Numbering.written(d.annualGoal(), prefix)
        || d.paragraphs().contains("annual_goal");
    for (int i = 0; i < d.annualGoal().size(); i++) {
      goals.add((written ? "" : prefix.replace("{n}", String.valueOf(i + 1))) + d.annualGoal().get(i));
    }
    return new Views.Overall(columns(d, "income", income, incomeColumns),
        columns(d, "expenditure", spending, spendingColumns),
        total == null ? "" : total.grouped(), goals);
  }

  /** One amount per column, in the column order; a line the form has no column for is an error. */
  private static List<String> columns(Declaration d, String block, List<FundLine> lines,
      List<String> columns) {
    Map<String, Money> byName = new LinkedHashMap<>();
    for (FundLine l : lines) {
      if (!columns.contains(l.name())) {
        throw new JixiaoException(Diagnostic.error(d.file(), 0, 0, "fund-column",
            "funds." + block + " 中的「" + l.name() + "」不是本表的列",
            "本版式的列：" + String.join("、", columns) + "；把 name: 改成其中之一"));
      }
      byName.put(l.name(), l.amount());
    }
    List<String> out = new ArrayList<>();
    for (String c : columns) {
      Money a = byName.get(c);
      out.add(a == null ? "" : a.grouped());
    }
    return out;
  }
}
