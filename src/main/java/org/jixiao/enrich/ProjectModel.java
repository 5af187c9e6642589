package org.jixiao.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.model.Declaration;
import org.jixiao.model.IndicatorCategory;
import org.jixiao.model.IndicatorGroup;
import org.jixiao.model.Money;
import org.jixiao.model.Project;
import org.jixiao.model.ProjectDetails;
import org.jixiao.model.KeyReads;

/**
 * What a template sees of a project: its line of 项目支出情况 and its targets, with the indicators
 * laid on the variant's frame ({@code frame:} in texts.yaml) so every second-level category the
 * form lists is printed even when the unit wrote nothing under it.
 */
final class ProjectModel {
  private static final String SUB = "其中：";
  private static final ProjectDetails NONE = new ProjectDetails(null, null, null, null, null,
      null, null, null, null, null, null, null, Map.of(), List.of(), List.of());

  private ProjectModel() {}

  static Views.Project of(Project p, Declaration d, StandardTexts texts) {
    Map<String, Object> frame = frame(texts);
    return new Views.Project(p.name(), p.code(), d.unit().code(), p.category(), p.direction(),
        text(p.totalBudget()), text(p.budget()), p.purpose(), p.goal(), p.longTermGoal(),
        KeyReads.recorded("project", p.extra()), TemplateModel.indicatorRows(framed(p.indicators(), frame), texts),
        TemplateModel.indicatorRows(framed(p.longTermIndicators(), frame), texts),
        details(p.details() == null ? NONE : p.details(), texts, d.moneyUnit()),
        goals(p.longTermGoal(), texts.text("project_goals.long_term"), texts),
        goals(p.goal(), texts.text("project_goals.annual"), texts));
  }

  /** The projects whose targets the unit declared, and their total for the unit's own row. */
  static Views.Targets targets(Declaration d, StandardTexts texts) {
    List<Views.Project> list = new ArrayList<>();
    List<Money> budgets = new ArrayList<>();
    for (Project p : d.projects()) {
      if (p.hasTargets()) {
        list.add(of(p, d, texts));
        budgets.add(p.budget());
      }
    }
    return new Views.Targets(list, text(TemplateModel.sum(budgets)));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> frame(StandardTexts texts) {
    return texts.values().get("frame") instanceof Map<?, ?> f ? (Map<String, Object>) f : Map.of();
  }

  /**
   * The declared indicators in the frame's order, with an empty group for every second-level
   * category the frame lists and the unit left out; categories and groups outside the frame
   * follow in the order written, so nothing declared is lost.
   */
  static List<IndicatorCategory> framed(List<IndicatorCategory> declared, Map<String, Object> frame) {
    if (frame.isEmpty()) {
      return declared;
    }
    Map<String, IndicatorCategory> byName = new LinkedHashMap<>();
    // a first level the form comes back to (written as a list) keeps its later rows after the rest
    List<IndicatorCategory> again = new ArrayList<>();
    // a level written otherwise (产出, 服务对象满意度指标) prints in the form's own row
    List<String> levels = FrameRows.resolve(declared.stream().map(IndicatorCategory::name)
        .toList(), frame.keySet());
    List<IndicatorCategory> asPrinted = new ArrayList<>();
    for (int i = 0; i < declared.size(); i++) {
      IndicatorCategory c = declared.get(i);
      List<String> rows = frame.get(levels.get(i)) instanceof List<?> l
          ? l.stream().map(Object::toString).toList() : List.of();
      List<String> groups = FrameRows.resolve(c.groups().stream().map(IndicatorGroup::name)
          .toList(), rows);
      List<IndicatorGroup> renamed = new ArrayList<>();
      for (int j = 0; j < groups.size(); j++) {
        IndicatorGroup g = c.groups().get(j);
        renamed.add(groups.get(j).equals(g.name()) ? g
            : new IndicatorGroup(groups.get(j), g.indicators(), g.line()));
      }
      asPrinted.add(new IndicatorCategory(levels.get(i), renamed, c.line()));
    }
    asPrinted.forEach(c -> {
      if (byName.putIfAbsent(c.name(), c) != null) {
        again.add(c);
      }
    });
    List<IndicatorCategory> out = new ArrayList<>();
    for (Map.Entry<String, Object> f : frame.entrySet()) {
      IndicatorCategory c = byName.remove(f.getKey());
      Map<String, IndicatorGroup> groups = new LinkedHashMap<>();
      if (c != null) {
        c.groups().forEach(g -> groups.put(g.name(), g));
      }
      List<IndicatorGroup> merged = new ArrayList<>();
      if (f.getValue() instanceof List<?> names) {
        for (Object n : names) {
          IndicatorGroup g = groups.remove(n.toString());
          merged.add(g != null ? g : new IndicatorGroup(n.toString(), List.of(), 0));
        }
      }
      merged.addAll(groups.values());
      out.add(new IndicatorCategory(f.getKey(), merged, c == null ? 0 : c.line()));
    }
    out.addAll(byName.values());
    out.addAll(again);
    return out;
  }

  /** The 项目申报表 fields; 资金来源 lines follow the variant's list, with 合计 computed. */
  private static Views.Details details(ProjectDetails x, StandardTexts texts,
      String unit) {
    // the rows in the form's order; 合计 adds up the lines StandardTexts.summedSources names
    List<Rows.Source> sources = new ArrayList<>();
    List<?> lines = texts.values().get("project_sources") instanceof List<?> l ? l : List.of();
    // the sources the unit wrote that no fixed line names, in the order written
    List<String> listed = new ArrayList<>();
    for (Object o : lines) {
      if (o instanceof Map<?, ?> line && line.get("name") instanceof String name
          && !"yes".equals(line.get("spare"))) {
        listed.add(name.replace(SUB, ""));
      }
    }
    java.util.Deque<String> unlisted = new java.util.ArrayDeque<>();
    x.sources().keySet().forEach(name -> {
      if (!listed.contains(name)) {
        unlisted.add(name);
      }
    });
    for (Object o : lines) {
      if (!(o instanceof Map<?, ?> line) || !(line.get("name") instanceof String name)) {
        continue;
      }
      if ("yes".equals(line.get("spare"))) {
        // a spare line (the form's second 其他：) prints the next source no fixed line names,
        // under its own name, or stays blank under the form's label
        String own = unlisted.poll();
        if (own == null) {
          sources.add(new Rows.Source(name, ""));
        } else {
          sources.add(new Rows.Source(own, text(x.sources().get(own))));
        }
        continue;
      }
      Money amount = x.sources().get(name.startsWith(SUB) ? name.substring(SUB.length()) : name);
      sources.add(new Rows.Source(name, text(amount)));
    }
    // a line the variant does not list (an open list, or none: the form has no fixed rows) is
    // printed after the fixed ones as written; a closed list is checked by value-list first
    unlisted.forEach(name -> {
      sources.add(new Rows.Source(name, text(x.sources().get(name))));
    });
    List<Rows.Spending> spending = new ArrayList<>();
    for (ProjectDetails.SpendingLine l : x.spending()) {
      spending.add(new Rows.Spending(l.activity(), l.content(), l.economicClass(),
          text(l.amount()), l.basis(), l.note(), KeyReads.recorded("spending", l.extra())));
    }
    List<Rows.Purchase> purchases = new ArrayList<>();
    for (ProjectDetails.Purchase l : x.purchases()) {
      purchases.add(new Rows.Purchase(l.name(), l.quantity(), text(l.amount())));
    }
    return new Views.Details(x.department(), x.executor(), x.leader(), x.phone(), x.address(),
        x.postcode(), x.attribute(), x.startYear(), x.endYear(), x.basis(), x.plan(),
        x.budgetChanges(), sources, text(TemplateModel.sum(texts.summedSources(x.sources()))), spending,
        text(TemplateModel.sum(x.spending().stream().map(ProjectDetails.SpendingLine::amount)
            .toList())), spendingTotals(x.spending(), unit), purchases);
  }

  /** The 合计 of each of the variant's own spending columns of amounts ({@link TemplateModel#columnTotals}). */
  private static Map<String, String> spendingTotals(List<ProjectDetails.SpendingLine> lines,
      String unit) {
    return TemplateModel.columnTotals(lines.stream().map(ProjectDetails.SpendingLine::extra)
        .toList(), unit);
  }

  /**
   * 长期绩效目标 1, 2, … with their texts (one line with the filler when none is given), and the
   * name of the next goal, which the form shows as a line still to fill.
   */
  private static Views.ProjectGoals goals(List<String> goals, String pattern,
      StandardTexts texts) {
    List<String> items = goals.isEmpty() ? List.of(texts.text("filler.continues")) : goals;
    List<Views.NamedGoal> list = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      list.add(new Views.NamedGoal(pattern.replace("{n}", String.valueOf(i + 1)), items.get(i)));
    }
    return new Views.ProjectGoals(list, list.get(0).name(),
        pattern.replace("{n}", String.valueOf(items.size() + 1)));
  }

  private static String text(Money m) {
    return m == null ? "" : m.printed();
  }
}
