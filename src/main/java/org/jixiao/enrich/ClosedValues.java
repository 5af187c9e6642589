package org.jixiao.enrich;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.model.Declaration;
import org.jixiao.model.FundLine;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorCategory;
import org.jixiao.model.IndicatorGroup;
import org.jixiao.model.Funds;
import org.jixiao.model.Project;
import org.jixiao.model.ProjectDetails;
import org.jixiao.model.Unit;
import org.jixiao.variant.Variant;

/**
 * A declaration as its variant's closed value lists ({@code lists:} with {@code closed: true})
 * print it: a written value contained in exactly one allowed value stands for that value
 * ({@code attribute: 新增} ticks the box 新增项目), as the {@code value-list} rule warns. Fund
 * lines, 支出项目类别, 项目属性, 资金来源 line names (also written with the form's 其中：),
 * 指标值类型 and a unit's or project's own text keys with a list ({@code lists: project.项目类型})
 * are resolved.
 */
public final class ClosedValues {
  private ClosedValues() {}

  /**
   * The declaration with every resolvable value of a closed list replaced by the listed one;
   * {@code d} itself when no value changes (the usual case: nothing is copied).
   */
  public static Declaration resolve(Declaration d, Variant v) {
    Funds funds = d.funds() == null ? null : funds(d.funds(), v);
    Variant.ValueList types = v.list("indicator.type");
    List<Project> projects = d.projects().stream().map(p -> project(p, v)).toList();
    Unit u = unit(d.unit(), v);
    List<IndicatorCategory> longTerm = indicators(d.longTermIndicators(), types);
    List<IndicatorCategory> annual = indicators(d.annualIndicators(), types);
    boolean same = funds == d.funds() && u == d.unit() && longTerm == d.longTermIndicators()
        && annual == d.annualIndicators();
    for (int i = 0; same && i < projects.size(); i++) {
      same = projects.get(i) == d.projects().get(i);
    }
    if (same) {
      return d;
    }
    return new Declaration(d.file(), d.layout(), d.year(), u, d.moneyUnit(), funds,
        d.functions(), d.tasks(), projects, d.longTermGoal(), d.annualGoal(),
        longTerm, annual, d.taskItems(), d.forms(), d.extra(),
        d.paragraphs());
  }

  /** The listed value {@code value} stands for, or {@code value} itself. */
  static String value(Variant.ValueList list, String value) {
    if (list == null || !list.closed() || value == null) {
      return value;
    }
    String as = list.resolve(value);
    return as == null ? value : as;
  }

  private static Funds funds(Funds f, Variant v) {
    List<FundLine> income = lines(f.income(), v.list("funds.income"));
    List<FundLine> expenditure = lines(f.expenditure(), v.list("funds.expenditure"));
    return income == f.income() && expenditure == f.expenditure() ? f
        : new Funds(income, expenditure);
  }

  /** {@code cats} with each 指标值类型 as its closed list's item; itself when none changes. */
  private static List<IndicatorCategory> indicators(List<IndicatorCategory> cats,
      Variant.ValueList types) {
    if (types == null || !types.closed() || cats.stream().allMatch(c -> c.groups().stream()
        .allMatch(g -> g.indicators().stream().allMatch(i -> i.type().isEmpty()
            || value(types, i.type()).equals(i.type()))))) {
      return cats;
    }
    return cats.stream().map(c -> new IndicatorCategory(c.name(), c.groups().stream()
        .map(g -> new IndicatorGroup(g.name(), g.indicators().stream().map(i -> i.type().isEmpty()
            ? i : new Indicator(i.name(), i.value(), i.yearBefore(), i.lastYear(), i.basis(),
                i.kind(), i.content(), i.scoring(), i.measure(), value(types, i.type()),
                i.explanation(), i.note(), i.line(), i.column(), i.extra())).toList(), g.line()))
        .toList(), c.line())).toList();
  }

  /** {@code lines} itself when no name changes. */
  private static List<FundLine> lines(List<FundLine> lines, Variant.ValueList list) {
    if (lines.stream().allMatch(l -> java.util.Objects.equals(value(list, l.name()), l.name()))) {
      return lines;
    }
    return lines.stream().map(l -> new FundLine(value(list, l.name()), l.amount(), l.lastYear(),
        l.yearBefore())).toList();
  }

  /**
   * The line of a closed 资金来源 list that a written line name stands for: itself without the
   * form's 其中： ({@code 其中：申请当年预算拨款}), or the one listed line holding it
   * ({@code 一般公共预算} for 一般公共预算财政拨款); null when none or several do.
   */
  public static String sourceLine(Variant.ValueList list, String written) {
    String s = written.strip().replaceFirst("^其中[：:]", "").strip();
    return list.values().contains(s) ? s : list.resolve(s);
  }

  /** {@code sources} with each name as its closed list's line; itself when none changes. */
  private static java.util.Map<String, org.jixiao.model.Money> sources(
      java.util.Map<String, org.jixiao.model.Money> sources, Variant.ValueList list) {
    if (list == null || !list.closed() || sources.isEmpty()) {
      return sources;
    }
    java.util.Map<String, org.jixiao.model.Money> out = new java.util.LinkedHashMap<>();
    boolean changed = false;
    for (var e : sources.entrySet()) {
      String as = sourceLine(list, e.getKey());
      // a line also written by its own name is not merged into it: value-list reports it
      boolean take = as != null && !as.equals(e.getKey()) && !sources.containsKey(as)
          && !out.containsKey(as);
      out.put(take ? as : e.getKey(), e.getValue());
      changed |= take;
    }
    return changed ? out : sources;
  }

  /**
   * {@code p} itself when none of its 支出项目类别, 项目属性, 资金来源 line names, 指标值类型 and own
   * listed keys changes.
   */
  private static Project project(Project p, Variant v) {
    ProjectDetails x = p.details();
    String category = value(v.list("project.category"), p.category());
    String attribute = x == null ? null : value(v.list("project.attribute"), x.attribute());
    var sources = x == null ? null : sources(x.sources(), v.list("project.sources"));
    List<IndicatorCategory> indicators = indicators(p.indicators(), v.list("indicator.type"));
    List<IndicatorCategory> longTerm = indicators(p.longTermIndicators(), v.list("indicator.type"));
    Map<String, Object> extra = own(p.extra(), "project", v);
    if (java.util.Objects.equals(category, p.category()) && extra == p.extra()
        && (x == null || java.util.Objects.equals(attribute, x.attribute())
            && sources == x.sources())
        && indicators == p.indicators() && longTerm == p.longTermIndicators()) {
      return p;
    }
    ProjectDetails details = x == null ? null
        : new ProjectDetails(x.department(), x.executor(), x.leader(), x.phone(), x.address(),
            x.postcode(), attribute, x.startYear(),
            x.endYear(), x.basis(), x.plan(), x.budgetChanges(), sources, x.spending(),
            x.purchases());
    return new Project(p.name(), p.code(), category,
        p.direction(), p.totalBudget(), p.budget(), p.purpose(), p.goal(), indicators,
        p.longTermGoal(), longTerm, details, extra);
  }

  /** {@code u} itself when none of its own text keys changes on its list. */
  private static Unit unit(Unit u, Variant v) {
    if (u == null) {
      return null;
    }
    Map<String, Object> extra = own(u.extra(), "unit", v);
    return extra == u.extra() ? u : new Unit(u.name(), u.code(), u.secondary(), u.contact(),
        u.phone(), u.date(), u.head(), extra, u.partialDate());
  }

  /**
   * {@code extra} with each of the variant's own text keys of {@code scope} resolved on its list;
   * {@code extra} itself when none changes.
   */
  private static Map<String, Object> own(Map<String, Object> extra, String scope, Variant v) {
    if (extra == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>(extra);
    out.replaceAll((key, value) -> value instanceof String s
        && v.fields().getOrDefault(scope, Map.of()).containsKey(key)
        ? value(v.list(scope + "." + key), s) : value);
    return out.equals(extra) ? extra : out;
  }
}
