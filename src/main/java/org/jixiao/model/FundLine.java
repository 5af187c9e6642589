package org.jixiao.model;

/** One line of 部门总体资金情况: this year's amount and the two previous years' (each may be null). */
public record FundLine(String name, Money amount, Money lastYear, Money yearBefore) {
  public FundLine {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("fund line name is required");
    }
  }
}
