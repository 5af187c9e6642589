package org.jixiao.model;

import java.util.List;

/** 部门总体资金情况: the lines of 收入构成 and 支出构成, without their 合计 (computed). */
public record Funds(List<FundLine> income, List<FundLine> expenditure) {
  public Funds {
    income = List.copyOf(income);
    expenditure = List.copyOf(expenditure);
  }
}
