package org.jixiao.enrich;

/**
 * One indicator of a layout's standard library: its place (一级, 二级), its name (a {@code {n}} in a
 * name stands for the number the unit writes, as in 重点工作{n}计划完成率), the standard 指标值说明
 * / 指标解释, the usual 度量单位 and direction (≥, ≤, =, 定性), and the default 指标值确定依据 and
 * 指标分类. Absent texts are empty strings.
 */
public record StandardIndicator(String category, String group, String name, String explanation,
    String unit, String direction, String basis, String kind) {
  public StandardIndicator {
    if (category == null || category.isEmpty() || group == null || group.isEmpty()
        || name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a standard indicator needs its category, group and name");
    }
    explanation = explanation == null ? "" : explanation;
    unit = unit == null ? "" : unit;
    direction = direction == null ? "" : direction;
    basis = basis == null ? "" : basis;
    kind = kind == null ? "" : kind;
  }

  /** Whether the name holds a {@code {n}} for a number. */
  public boolean numbered() {
    return name.contains("{n}") || group.contains("{n}");
  }

  /** This indicator with {@code {n}} replaced by {@code n} in its group and name. */
  public StandardIndicator numberedAs(String n) {
    return new StandardIndicator(category, group.replace("{n}", n), name.replace("{n}", n),
        explanation, unit, direction, basis, kind);
  }
}
