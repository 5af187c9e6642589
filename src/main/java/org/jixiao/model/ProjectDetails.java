package org.jixiao.model;

import java.util.List;
import java.util.Map;

/**
 * What the 湖北 项目申报表 asks of a project beyond its targets: 主管部门, 执行单位, 负责人, 联系电话,
 * 单位地址, 邮政编码, 项目属性, 起止年度, 立项依据, 实施方案, 预算变动情况, 资金来源 amounts by
 * 来源项目, 支出明细测算 lines and 采购 lines. Absent texts are empty strings.
 */
public record ProjectDetails(String department, String executor, String leader, String phone,
    String address, String postcode, String attribute, String startYear, String endYear,
    String basis, String plan, String budgetChanges, Map<String, Money> sources,
    List<SpendingLine> spending, List<Purchase> purchases) {
  public ProjectDetails {
    department = orEmpty(department);
    executor = orEmpty(executor);
    leader = orEmpty(leader);
    phone = orEmpty(phone);
    address = orEmpty(address);
    postcode = orEmpty(postcode);
    attribute = orEmpty(attribute);
    startYear = orEmpty(startYear);
    endYear = orEmpty(endYear);
    basis = orEmpty(basis);
    plan = orEmpty(plan);
    budgetChanges = orEmpty(budgetChanges);
    sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
    spending = List.copyOf(spending);
    purchases = List.copyOf(purchases);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /**
   * A line of 项目支出明细测算: 项目活动, 活动内容表述, 支出经济分类, 金额, 测算依据及说明, 备注, and
   * the variant's own columns ({@code fields: spending:}, e.g. 前两年实际执行数).
   */
  public record SpendingLine(String activity, String content, String economicClass, Money amount,
      String basis, String note, java.util.Map<String, Object> extra) {
    public SpendingLine {
      activity = orEmpty(activity);
      content = orEmpty(content);
      economicClass = orEmpty(economicClass);
      basis = orEmpty(basis);
      note = orEmpty(note);
      extra = extra == null ? java.util.Map.of()
          : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }

    public SpendingLine(String activity, String content, String economicClass, Money amount,
        String basis, String note) {
      this(activity, content, economicClass, amount, basis, note, java.util.Map.of());
    }
  }

  /** A line of 项目采购: 品名, 数量, 金额. */
  public record Purchase(String name, String quantity, Money amount) {
    public Purchase {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("purchase name is required");
      }
      quantity = orEmpty(quantity);
    }
  }
}
