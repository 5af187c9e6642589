package org.jixiao.model;

/**
 * A third-level indicator: 指标值 (or 预期当年实现值), the two previous years' values, 指标值确定依据
 * and 指标分类, with the line it was written on. Empty cells are empty strings.
 */
public record Indicator(String name, String value, String yearBefore, String lastYear,
    String basis, String kind, int line, int column) {
  public Indicator {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("indicator name is required");
    }
    value = value == null ? "" : value;
    yearBefore = yearBefore == null ? "" : yearBefore;
    lastYear = lastYear == null ? "" : lastYear;
    basis = basis == null ? "" : basis;
    kind = kind == null ? "" : kind;
  }
}
