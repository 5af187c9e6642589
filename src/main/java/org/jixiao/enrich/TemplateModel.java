package org.jixiao.enrich;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.model.Declaration;
import org.jixiao.model.FundLine;
import org.jixiao.model.Funds;
import org.jixiao.model.Goal;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorCategory;
import org.jixiao.model.IndicatorGroup;
import org.jixiao.model.Money;
import org.jixiao.model.Project;
import org.jixiao.model.Task;
import org.jixiao.model.KeyReads;

/**
 * What a template sees ({@link Views}): the declaration as records of strings, with every
 * derived value (totals, shares, numbering, dates) computed here, so templates hold layout only.
 * Rowspans are not among them: a template marks the cells that print as one with
 * {@code merge="KEY"} and the layout reader counts their rows.
 */
public final class TemplateModel {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private TemplateModel() {}

  public static Views.Declaration of(Declaration d, StandardTexts texts) {
    return new Views.Declaration(texts.values(), String.valueOf(d.year()),
        String.valueOf(d.year() - 1), String.valueOf(d.year() - 2), d.moneyUnit(), unit(d),
        d.unit().secondary(), funds(d.funds(), texts),
        orBlank(numbered(d.functions(), texts), texts), orBlank(numbered(d.tasks(), texts), texts),
        taskItems(d.taskItems()),
        // 金额合计 of 年度主要任务: each of the variant's task columns of amounts, added up
        columnTotals(d.taskItems().stream().map(Task::extra).toList(), d.moneyUnit()),
        d.projects().stream().map(p -> ProjectModel.of(p, d, texts)).toList(),
        goal(d.longTermGoal(), texts), numbered(d.annualGoal(), texts), blankGoals(d, texts),
        // unnumbered, for forms that label them 目标1, 目标2 (河南)
        d.annualGoal(),
        indicatorRows(d.longTermIndicators(), texts), indicatorRows(d.annualIndicators(), texts),
        ProjectModel.targets(d, texts), OverallModel.of(d, texts),
        // the variant's own keys (fields: of variant.yaml), by key: $extra.期限, $unit.extra.邮编
        KeyReads.recorded("declaration", d.extra()),
        // keys written as one paragraph where a list is usual: a template prints no label 目标1
        d.paragraphs());
  }

  /** The model of one project, for a form printed once per project. */
  public static Views.Project project(Project p, Declaration d, StandardTexts texts) {
    return ProjectModel.of(p, d, texts);
  }

  private static Views.Unit unit(Declaration d) {
    LocalDate date = d.unit().date();
    return new Views.Unit(d.unit().name(), d.unit().code(), d.unit().contact(), d.unit().phone(),
        d.unit().head(), KeyReads.recorded("unit", d.unit().extra()),
        date == null && !d.unit().partialDate().isEmpty() ? d.unit().partialDate()
        : date == null ? "    年    月    日"
            : date.getYear() + " 年 " + date.getMonthValue() + " 月 " + date.getDayOfMonth() + " 日",
        // for the document's metadata (<form date="">): yyyy-mm-dd, or empty
        date == null ? "" : date.toString());
  }

  private static Views.Funds funds(Funds funds, StandardTexts texts) {
    List<FundLine> income = funds == null ? defaultLines(texts, "funds.income") : funds.income();
    List<FundLine> spending =
        funds == null ? defaultLines(texts, "funds.expenditure") : funds.expenditure();
    return new Views.Funds(fundBlock(income, texts), fundBlock(spending, texts));
  }

  private static List<FundLine> defaultLines(StandardTexts texts, String path) {
    return texts.list(path).stream().map(n -> new FundLine(n, null, null, null)).toList();
  }

  /** The lines of one block plus its 合计 line; shares are of this year's total, to 0.01%. */
  private static Rows.FundBlock fundBlock(List<FundLine> lines, StandardTexts texts) {
    Money total = sum(lines.stream().map(FundLine::amount).toList());
    Money last = sum(lines.stream().map(FundLine::lastYear).toList());
    Money before = sum(lines.stream().map(FundLine::yearBefore).toList());
    List<Rows.Fund> rows = new ArrayList<>();
    List<String> shares = shares(lines.stream().map(FundLine::amount).toList(), total);
    for (int i = 0; i < lines.size(); i++) {
      FundLine l = lines.get(i);
      rows.add(fundRow(l.name(), l.amount(), shares.get(i), l.lastYear(), l.yearBefore()));
    }
    // the official blank form (seed 004's 附件1) prints 100% in 合计 before any amount is written
    rows.add(fundRow(texts.text("labels.total"), total, "100%", last, before));
    return new Rows.FundBlock(rows.subList(0, lines.size()), text(total), rows);
  }

  private static Rows.Fund fundRow(String name, Money amount, String share, Money last,
      Money before) {
    return new Rows.Fund(name, text(amount), share, text(last), text(before));
  }

  /**
   * Sum of the amounts given, written as a person writes a 合计: with the decimals of the most
   * precise addend, less the trailing zeros that the least precise one would not write
   * ({@code 50.00 + 10.00 = 60.00}; {@code 1656.57 + 43.43 + 3095 = 4795}, as seed 001 prints it;
   * {@code 1.5 + 1.25 = 2.75}). Null when none is given, so an empty column stays empty.
   */
  static Money sum(List<Money> amounts) {
    BigDecimal s = null;
    int least = Integer.MAX_VALUE;
    for (Money a : amounts) {
      if (a != null) {
        BigDecimal v = a.value();
        s = s == null ? v : s.add(v);
        least = Math.min(least, Math.max(0, v.scale()));
      }
    }
    if (s == null) {
      return null;
    }
    BigDecimal stripped = s.stripTrailingZeros();
    return new Money(stripped.scale() < least ? s.setScale(least, RoundingMode.UNNECESSARY)
        : stripped.scale() < s.scale() ? stripped : s);
  }

  /**
   * Each amount's share of {@code total} in percent to 0.01, written without trailing zeros
   * (34.55%, 0.9%), "" where no amount is given. The shares printed add up to exactly 100%:
   * each is rounded down and the hundredths still missing go to the largest remainders, earlier
   * lines first on a tie (seed 001: 34.55% + 0.9% + 64.55%, not 0.91%). Amounts that do not add
   * up to {@code total} or are negative are rounded each on its own.
   */
  static List<String> shares(List<Money> amounts, Money total) {
    List<String> out = new ArrayList<>();
    if (total == null || total.value().signum() <= 0) {
      amounts.forEach(a -> out.add(""));
      return out;
    }
    BigDecimal given = BigDecimal.ZERO;
    boolean negative = false;
    for (Money a : amounts) {
      if (a != null) {
        given = given.add(a.value());
        negative |= a.value().signum() < 0;
      }
    }
    if (negative || given.compareTo(total.value()) != 0) {
      amounts.forEach(a -> out.add(share(a, total)));
      return out;
    }
    int n = amounts.size();
    BigDecimal[] exact = new BigDecimal[n];
    BigDecimal[] floor = new BigDecimal[n];
    BigDecimal left = HUNDRED;
    for (int i = 0; i < n; i++) {
      if (amounts.get(i) != null) {
        exact[i] = amounts.get(i).value().multiply(HUNDRED).divide(total.value(), 12, RoundingMode.HALF_UP);
        floor[i] = exact[i].setScale(2, RoundingMode.FLOOR);
        left = left.subtract(floor[i]);
      }
    }
    int hundredths = left.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (exact[i] != null) {
        order.add(i);
      }
    }
    order.sort((x, y) -> exact[y].subtract(floor[y]).compareTo(exact[x].subtract(floor[x])));
    for (int k = 0; k < hundredths && k < order.size(); k++) {
      floor[order.get(k)] = floor[order.get(k)].add(new BigDecimal("0.01"));
    }
    for (int i = 0; i < n; i++) {
      out.add(floor[i] == null ? "" : percent(floor[i]));
    }
    return out;
  }

  static String share(Money amount, Money total) {
    if (amount == null || total == null || total.value().signum() == 0) {
      return "";
    }
    return percent(amount.value().multiply(HUNDRED).divide(total.value(), 2, RoundingMode.HALF_UP));
  }

  private static String percent(BigDecimal pct) {
    return (pct.signum() == 0 ? BigDecimal.ZERO : pct.stripTrailingZeros()).toPlainString() + "%";
  }

  private static String text(Money m) {
    return m == null ? "" : m.printed();
  }

  /**
   * "1.…", "2.…" for two or more items; the continuation mark (……) is left unnumbered. A variant
   * whose form numbers otherwise says how in texts.yaml: {@code numbering: "（{cn}）"} prints
   * （一）, （二）, … ({cn}: the number in Chinese numerals, {n}: in digits).
   */
  private static List<String> numbered(List<String> items, StandardTexts texts) {
    String more = texts.text("filler.continues");
    String pattern = texts.text("numbering").isEmpty() ? "{n}." : texts.text("numbering");
    long real = items.stream().filter(s -> !s.equals(more)).count();
    if (Numbering.written(items.stream().filter(s -> !s.equals(more)).toList())) {
      return items; // numbered as the form printed them: printed as written
    }
    List<String> out = new ArrayList<>();
    int n = 0;
    for (String s : items) {
      if (s.equals(more) || real < 2) {
        out.add(s);
      } else {
        n++;
        out.add(pattern.replace("{n}", String.valueOf(n)).replace("{cn}", chinese(n)) + s);
      }
    }
    return out;
  }

  /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (lists on a form stay well below 100). */
  static String chinese(int n) {
    String d = "零一二三四五六七八九";
    if (n < 10) {
      return String.valueOf(d.charAt(n));
    }
    if (n < 100) {
      return (n / 10 == 1 ? "" : String.valueOf(d.charAt(n / 10))) + "十"
          + (n % 10 == 0 ? "" : String.valueOf(d.charAt(n % 10)));
    }
    return String.valueOf(n);
  }

  /** An empty list prints the variant's blank filler ({@code blank.list}: 1. ；2. ；…), if any. */
  private static List<String> orBlank(List<String> items, StandardTexts texts) {
    return items.isEmpty() ? texts.list("blank.list") : items;
  }

  /**
   * The fillers under 整体绩效总目标 ({@code blank.goals}) while the unit has written neither goal;
   * empty otherwise, and the form prints the goals as its labelled rows (seed 001).
   */
  private static List<String> blankGoals(Declaration d, StandardTexts texts) {
    boolean none = d.annualGoal().isEmpty()
        && (d.longTermGoal() == null || d.longTermGoal().items().isEmpty());
    return none ? texts.list("blank.goals") : List.of();
  }

  /**
   * The 合计 of each column of the variant's own keys (a task's 预算申请 总额, a spending line's
   * 2020年实际执行数) whose every written value is an amount, at the precision written; a column
   * holding a word has none. Keyed by the column's key, in the order first written.
   */
  public static Map<String, String> columnTotals(List<Map<String, Object>> rows, String unit) {
    Map<String, List<Money>> amounts = new LinkedHashMap<>();
    Set<String> words = new HashSet<>();
    for (Map<String, Object> row : rows) {
      row.forEach((k, v) -> {
        Money a = v instanceof String t && !t.isBlank() ? Money.parseWritten(t, unit) : null;
        if (a != null) {
          amounts.computeIfAbsent(k, n -> new ArrayList<>()).add(a);
        } else if (!(v instanceof String t && (t.isBlank() || Money.isNone(t)))) {
          words.add(k);
        }
      });
    }
    Map<String, String> out = new LinkedHashMap<>();
    amounts.forEach((k, list) -> {
      if (!words.contains(k)) {
        out.put(k, text(sum(list)));
      }
    });
    return out;
  }

  private static List<Views.Task> taskItems(List<Task> tasks) {
    // the variant's own task keys: $t.extra.get("总额")
    return tasks.stream().map(t -> new Views.Task(t.name(), t.content(),
        KeyReads.recorded("task", t.extra()))).toList();
  }

  private static Views.Goal goal(Goal g, StandardTexts texts) {
    return new Views.Goal(g == null || g.until() == null ? "" : String.valueOf(g.until()),
        g == null ? List.of() : numbered(g.items(), texts));
  }

  /**
   * One row per third-level indicator, filler group or empty category ({@link IndicatorRow}).
   */
  static IndicatorRow.Table indicatorRows(List<IndicatorCategory> categories, StandardTexts texts) {
    List<IndicatorRow> rows = new ArrayList<>();
    String more = texts.text("filler.continues");
    for (IndicatorCategory c : categories) {
      boolean l1IsL2 = c.groups().size() == 1 && c.groups().get(0).name().equals(c.name());
      if (c.groups().isEmpty()) {
        rows.add(IndicatorRow.of(c.name(), "", null, false));
      }
      for (IndicatorGroup g : c.groups()) {
        if (g.isFiller()) {
          rows.add(IndicatorRow.of(c.name(), g.name().equals(more) ? more : g.name(), null, l1IsL2));
        }
        for (Indicator i : g.indicators()) {
          rows.add(IndicatorRow.of(c.name(), g.name(), i, l1IsL2));
        }
      }
    }
    return new IndicatorRow.Table(rows);
  }
}
