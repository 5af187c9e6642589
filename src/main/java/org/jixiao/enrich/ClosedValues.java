package org.jixiao.enrich;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.model.Declaration;
import org.jixiao.model.FundLine;
import org.jixiao.model.Funds;
import org.jixiao.model.Project;
import org.jixiao.model.ProjectDetails;
import org.jixiao.model.Unit;
import org.jixiao.variant.Variant;

/**
 * A declaration as its variant's closed value lists ({@code lists:} with {@code closed: true})
 * print it: a written value contained in exactly one allowed value stands for that value
 * ({@code attribute: 新增} ticks the box 新增项目), as the {@code value-list} rule warns. Fund
 * lines, 支出项目类别, 项目属性 and a unit's or project's own text keys with a list
 * ({@code lists: project.项目类型}) are resolved; 资金来源 lines (amounts keyed by line name) and
 * 指标值类型 are not, and stay errors when not listed.
 */
public final class ClosedValues {
  private ClosedValues() {}

  /** The declaration with every resolvable value of a closed list replaced by the listed one. */
  public static Declaration resolve(Declaration d, Variant v) {
    Funds funds = d.funds() == null ? null
        : new Funds(lines(d.funds().income(), v.list("funds.income")),
            lines(d.funds().expenditure(), v.list("funds.expenditure")));
    List<Project> projects = d.projects().stream().map(p -> project(p, v)).toList();
    Unit u = d.unit() == null ? null
        : new Unit(d.unit().name(), d.unit().code(), d.unit().secondary(), d.unit().contact(),
            d.unit().phone(), d.unit().date(), d.unit().head(), own(d.unit().extra(), "unit", v),
            d.unit().partialDate());
    return new Declaration(d.file(), d.layout(), d.year(), u, d.moneyUnit(), funds,
        d.functions(), d.tasks(), projects, d.longTermGoal(), d.annualGoal(),
        d.longTermIndicators(), d.annualIndicators(), d.taskItems(), d.forms(), d.extra(),
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

  private static List<FundLine> lines(List<FundLine> lines, Variant.ValueList list) {
    return lines.stream().map(l -> new FundLine(value(list, l.name()), l.amount(), l.lastYear(),
        l.yearBefore())).toList();
  }

  private static Project project(Project p, Variant v) {
    ProjectDetails x = p.details();
    ProjectDetails details = x == null ? null
        : new ProjectDetails(x.department(), x.executor(), x.leader(), x.phone(), x.address(),
            x.postcode(), value(v.list("project.attribute"), x.attribute()), x.startYear(),
            x.endYear(), x.basis(), x.plan(), x.budgetChanges(), x.sources(), x.spending(),
            x.purchases());
    return new Project(p.name(), p.code(), value(v.list("project.category"), p.category()),
        p.direction(), p.totalBudget(), p.budget(), p.purpose(), p.goal(), p.indicators(),
        p.longTermGoal(), p.longTermIndicators(), details, own(p.extra(), "project", v));
  }

  /** {@code extra} with each of the variant's own text keys of {@code scope} resolved on its list. */
  private static Map<String, Object> own(Map<String, Object> extra, String scope, Variant v) {
    if (extra == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>(extra);
    out.replaceAll((key, value) -> value instanceof String s
        && v.fields().getOrDefault(scope, Map.of()).containsKey(key)
        ? value(v.list(scope + "." + key), s) : value);
    return out;
  }
}
