package org.jixiao.model;

/**
 * A third-level indicator: 指标值 (or 预期当年实现值), the two previous years' values, 指标值确定依据
 * and 指标分类, the unit's own 指标值说明 (指标解释), with the line it was written on. Empty cells
 * are empty strings.
 */
public record Indicator(String name, String value, String yearBefore, String lastYear,
    String basis, String kind, int line, int column, String explanation) {
  public Indicator {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("indicator name is required");
    }
    value = value == null ? "" : value;
    yearBefore = yearBefore == null ? "" : yearBefore;
    lastYear = lastYear == null ? "" : lastYear;
    basis = basis == null ? "" : basis;
    kind = kind == null ? "" : kind;
    explanation = explanation == null ? "" : explanation;
  }

  /** An indicator without an explanation of its own. */
  public Indicator(String name, String value, String yearBefore, String lastYear, String basis,
      String kind, int line, int column) {
    this(name, value, yearBefore, lastYear, basis, kind, line, column, "");
  }

  /** This indicator with the library's defaults where it has none of its own. */
  public Indicator withDefaults(String basisDefault, String kindDefault,
      String explanationDefault) {
    return new Indicator(name, value, yearBefore, lastYear,
        basis.isEmpty() ? basisDefault : basis, kind.isEmpty() ? kindDefault : kind, line, column,
        explanation.isEmpty() ? explanationDefault : explanation);
  }
}
