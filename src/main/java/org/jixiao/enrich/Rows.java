package org.jixiao.enrich;

import java.util.List;

/**
 * The rows of the money tables as a template sees them, named as the declaration writes them
 * ({@code name}, {@code amount}, {@code last_year} as {@code lastYear}, …), with what jixiao
 * computes beside them (a share, a 合计). Amounts are the texts to print ("" where none is given).
 */
public final class Rows {
  private Rows() {}

  /** A line of 收入构成 or 支出构成, or their 合计: the amount, its share of this year's 合计. */
  public record Fund(String name, String amount, String share, String lastYear, String yearBefore) {}

  /**
   * One block of fund lines: {@code lines} as written, {@code total} (the 合计 amount) and
   * {@code rows}, the lines followed by the 合计 line, as a form prints them.
   */
  public record FundBlock(List<Fund> lines, String total, List<Fund> rows) {
    public FundBlock {
      lines = List.copyOf(lines);
      rows = List.copyOf(rows);
    }
  }

  /** A line of a project's 项目资金来源. */
  public record Source(String name, String amount) {}

  /**
   * A line of 项目支出明细测算; {@code economicClass} is the declaration's {@code class}, {@code extra}
   * the variant's own columns ({@code fields: spending:}).
   */
  public record Spending(String activity, String content, String economicClass, String amount,
      String basis, String note, java.util.Map<String, Object> extra) {}

  /** A line of 项目采购. */
  public record Purchase(String name, String quantity, String amount) {}
}
