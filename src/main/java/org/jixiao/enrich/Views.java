package org.jixiao.enrich;

import java.util.List;
import java.util.Map;
import org.jixiao.model.KeyReads;

/**
 * What a template sees of the declaration besides the table rows ({@link Rows},
 * {@link IndicatorRow}): records named as the declaration writes its keys ({@code name},
 * {@code total_budget} as {@code totalBudget}, …), holding the texts to print, with what jixiao
 * computes beside them. Velocity reads a record's accessors as {@code $unit.name}, and a template
 * that reads a name no record has fails in strict mode naming its line. {@code extra} holds the
 * variant's own keys ({@code fields:} of variant.yaml) and stays a map: {@code $unit.extra.邮编}.
 */
public final class Views {
  private Views() {}

  /**
   * {@code $unit}: the declaration's {@code unit:} with {@code date} as the form prints it
   * (2025 年 1 月 6 日, or blanks to fill in) and {@code isoDate} (yyyy-mm-dd or "") for the
   * document's metadata.
   */
  public record Unit(String name, String code, String contact, String phone, String head,
      Map<String, Object> extra, String date, String isoDate) {

    /** {@code $unit.code}, noted as read (see {@link KeyReads}). */
    public String code() {
      KeyReads.read("unit", "code");
      return code;
    }

    /** {@code $unit.contact}, noted as read (see {@link KeyReads}). */
    public String contact() {
      KeyReads.read("unit", "contact");
      return contact;
    }

    /** {@code $unit.phone}, noted as read (see {@link KeyReads}). */
    public String phone() {
      KeyReads.read("unit", "phone");
      return phone;
    }

    /** {@code $unit.head}, noted as read (see {@link KeyReads}). */
    public String head() {
      KeyReads.read("unit", "head");
      return head;
    }

    /**
     * The text of the unit's key {@code key} as the YAML writes it, for a template that prints the
     * rows its texts.yaml lists ({@code $unit.cell("code")}): a built-in key, else the variant's
     * own; "" when the unit has none.
     */
    public String cell(String key) {
      KeyReads.read("unit", key);
      String builtIn = "name".equals(key) ? name : builtIn(key);
      if (builtIn != null) {
        return builtIn;
      }
      Object own = extra == null ? null : extra.get(key);
      return own == null ? "" : String.valueOf(own);
    }

    /** The text of the built-in key {@code key} (code, contact, phone, head); null for any other. */
    public String builtIn(String key) {
      return switch (key) {
        case "code" -> code;
        case "contact" -> contact;
        case "phone" -> phone;
        case "head" -> head;
        default -> null;
      };
    }
  }

  /** {@code $funds}: the blocks of 收入构成 and 支出构成. */
  public record Funds(Rows.FundBlock income, Rows.FundBlock expenditure) {}

  /** {@code $longTermGoal}: the year it runs {@code until} ("" if none) and its items, numbered. */
  public record Goal(String until, List<String> items) {
    public Goal {
      items = List.copyOf(items);
    }
  }

  /** A line of {@code $taskItems}: a task's name, content and the variant's own task keys. */
  public record Task(String name, String content, Map<String, Object> extra) {}

  /**
   * {@code $project} (a form printed per project) and each of {@code $projects} and
   * {@code $targets.projects}: the project's keys, with {@code unitCode} of its unit, its
   * indicator tables on the variant's frame ({@code indicators}, and {@code longTerm} for
   * {@code long_term_indicators}), its {@code details} and its goals named as the form names them.
   */
  public record Project(String name, String code, String unitCode, String category,
      String direction, String totalBudget, String budget, String purpose, List<String> goal,
      List<String> longTermGoal, Map<String, Object> extra, IndicatorRow.Table indicators,
      IndicatorRow.Table longTerm, Details details, ProjectGoals longTermGoals,
      ProjectGoals annualGoals) {

    /** {@code ${project.code}}, noted as read (see {@link KeyReads}). */
    public String code() {
      KeyReads.read("project", "code");
      return code;
    }

    /** {@code ${project.category}}, noted as read (see {@link KeyReads}). */
    public String category() {
      KeyReads.read("project", "category");
      return category;
    }

    /** {@code ${project.direction}}, noted as read (see {@link KeyReads}). */
    public String direction() {
      KeyReads.read("project", "direction");
      return direction;
    }

    /** {@code ${project.totalBudget}}, noted as read (see {@link KeyReads}). */
    public String totalBudget() {
      KeyReads.read("project", "total_budget");
      return totalBudget;
    }

    /** {@code ${project.budget}}, noted as read (see {@link KeyReads}). */
    public String budget() {
      KeyReads.read("project", "budget");
      return budget;
    }

    /** {@code ${project.purpose}}, noted as read (see {@link KeyReads}). */
    public String purpose() {
      KeyReads.read("project", "purpose");
      return purpose;
    }

    /**
     * The text of the project's key {@code key} as the YAML writes it, for a template that prints
     * the header rows its texts.yaml lists ({@code $project.cell("leader")}): a built-in key of the
     * project or of its details ({@code category}, {@code department}, {@code executor},
     * {@code leader}, {@code phone}, {@code attribute}, …), else the variant's own key
     * ({@code period}, {@code 项目类型}); "" when the project has none.
     */
    public String cell(String key) {
      KeyReads.read("project", key);
      String builtIn = switch (key) {
        case "name" -> name;
        case "code" -> code;
        case "category" -> category;
        case "direction" -> direction;
        case "total_budget" -> totalBudget;
        case "budget" -> budget;
        case "purpose" -> purpose;
        default -> details == null ? null : details.cell(key);
      };
      if (builtIn != null) {
        return builtIn;
      }
      Object own = extra == null ? null : extra.get(key);
      return own == null ? "" : String.valueOf(own);
    }
  }

  /**
   * {@code $project.details}: the 项目申报表 fields as the declaration's {@code details:} names
   * them, 资金来源 lines in the variant's order with their 合计 ({@code sourcesTotal}), spending
   * lines with their 合计 ({@code spendingTotal}) and the 合计 of each of the variant's own spending
   * columns that holds amounts ({@code spendingTotals}, by column name).
   */
  public record Details(String department, String executor, String leader, String phone,
      String address, String postcode, String attribute, String startYear, String endYear,
      String basis, String plan, String budgetChanges, List<Rows.Source> sources,
      String sourcesTotal, List<Rows.Spending> spending, String spendingTotal,
      Map<String, String> spendingTotals, List<Rows.Purchase> purchases) {
    public Details {
      sources = List.copyOf(sources);
      spending = List.copyOf(spending);
      purchases = List.copyOf(purchases);
    }

    /** {@code ${project.details.department}}, noted as read (see {@link KeyReads}). */
    public String department() {
      KeyReads.read("project", "department");
      return department;
    }

    /** {@code ${project.details.executor}}, noted as read (see {@link KeyReads}). */
    public String executor() {
      KeyReads.read("project", "executor");
      return executor;
    }

    /** {@code ${project.details.leader}}, noted as read (see {@link KeyReads}). */
    public String leader() {
      KeyReads.read("project", "leader");
      return leader;
    }

    /** {@code ${project.details.phone}}, noted as read (see {@link KeyReads}). */
    public String phone() {
      KeyReads.read("project", "phone");
      return phone;
    }

    /** {@code ${project.details.address}}, noted as read (see {@link KeyReads}). */
    public String address() {
      KeyReads.read("project", "address");
      return address;
    }

    /** {@code ${project.details.postcode}}, noted as read (see {@link KeyReads}). */
    public String postcode() {
      KeyReads.read("project", "postcode");
      return postcode;
    }

    /** {@code ${project.details.attribute}}, noted as read (see {@link KeyReads}). */
    public String attribute() {
      KeyReads.read("project", "attribute");
      return attribute;
    }

    /** {@code ${project.details.startYear}}, noted as read (see {@link KeyReads}). */
    public String startYear() {
      KeyReads.read("project", "start_year");
      return startYear;
    }

    /** {@code ${project.details.endYear}}, noted as read (see {@link KeyReads}). */
    public String endYear() {
      KeyReads.read("project", "end_year");
      return endYear;
    }

    /** {@code ${project.details.basis}}, noted as read (see {@link KeyReads}). */
    public String basis() {
      KeyReads.read("project", "basis");
      return basis;
    }

    /** {@code ${project.details.plan}}, noted as read (see {@link KeyReads}). */
    public String plan() {
      KeyReads.read("project", "plan");
      return plan;
    }

    /** {@code ${project.details.budgetChanges}}, noted as read (see {@link KeyReads}). */
    public String budgetChanges() {
      KeyReads.read("project", "budget_changes");
      return budgetChanges;
    }

    /** The text of a built-in key of the details by its YAML name; null for any other key. */
    String cell(String key) {
      return switch (key) {
        case "department" -> department;
        case "executor" -> executor;
        case "leader" -> leader;
        case "phone" -> phone;
        case "address" -> address;
        case "postcode" -> postcode;
        case "attribute" -> attribute;
        case "start_year" -> startYear;
        case "end_year" -> endYear;
        case "basis" -> basis;
        case "plan" -> plan;
        case "budget_changes" -> budgetChanges;
        default -> null;
      };
    }
  }

  /**
   * A project's goals as the form names them (长期绩效目标1, …): the {@code items}, the name of the
   * {@code first} and of the {@code next}, which the form shows as a line still to fill.
   */
  public record ProjectGoals(List<NamedGoal> items, String first, String next) {
    public ProjectGoals {
      items = List.copyOf(items);
    }
  }

  /** One goal of {@link ProjectGoals}: its {@code name} on the form and its {@code text}. */
  public record NamedGoal(String name, String text) {}

  /** {@code $targets}: the projects whose targets the unit declared, and their budgets' total. */
  public record Targets(List<Project> projects, String total) {
    public Targets {
      projects = List.copyOf(projects);
    }
  }

  /**
   * {@code $overall} (湖南 整体支出): the amounts in the variant's {@code income} and
   * {@code expenditure} columns, their {@code total} and the goals numbered 目标1：, 目标2：….
   */
  public record Overall(List<String> income, List<String> expenditure, String total,
      List<String> goals) {
    public Overall {
      income = List.copyOf(income);
      expenditure = List.copyOf(expenditure);
      goals = List.copyOf(goals);
    }
  }

  /**
   * The names a template reads at its top level, one per component: the standard {@code texts}
   * of the variant, the budget {@code year} with {@code lastYear} and {@code yearBefore}, the
   * declaration's keys ({@code unit}, {@code funds}, {@code functions}, {@code tasks},
   * {@code taskItems} for {@code task_items} with {@code taskTotals}, the 合计 of each of their
   * columns of amounts by key, {@code projects}, {@code longTermGoal},
   * {@code annualGoal}, numbered, and {@code goals}, not, {@code longTerm} and {@code annual} for
   * the indicator tables, {@code extra}) and what is computed from them ({@code blankGoals},
   * {@code targets}, {@code overall}, null when the variant has no 整体支出 columns), and
   * {@code paragraphs}: the keys written as one paragraph ({@code annual_goal}, …), unlabelled.
   */
  public record Declaration(Map<String, Object> texts, String year, String lastYear,
      String yearBefore, String moneyUnit, Unit unit, boolean secondary, Funds funds,
      List<String> functions, List<String> tasks, List<Task> taskItems,
      Map<String, String> taskTotals, List<Project> projects,
      Goal longTermGoal, List<String> annualGoal, List<String> blankGoals, List<String> goals,
      IndicatorRow.Table longTerm, IndicatorRow.Table annual, Targets targets, Overall overall,
      Map<String, Object> extra, java.util.Set<String> paragraphs) {

    /** The components by name, in their order: the variables of a template's context. */
    public Map<String, Object> context() {
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      for (java.lang.reflect.RecordComponent c : Declaration.class.getRecordComponents()) {
        try {
          m.put(c.getName(), c.getAccessor().invoke(this));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return m;
    }
  }
}
