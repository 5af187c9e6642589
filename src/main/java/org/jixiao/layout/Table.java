package org.jixiao.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A fully ruled table. Column widths are relative. Head rows repeat at the top of every page.
 * {@code joined} tables follow the previous table without a gap, so several tables print as one
 * form while each keeps its own repeating head.
 */
public record Table(List<Double> widths, List<Row> head, List<Row> body, boolean joined, double size)
    implements Block {
  public Table {
    widths = List.copyOf(widths);
    head = List.copyOf(head);
    body = List.copyOf(body);
    if (widths.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
  }

  public int columns() {
    return widths.size();
  }

  /** Head rows then body rows, in print order. */
  public List<Row> rows() {
    List<Row> all = new ArrayList<>(head);
    all.addAll(body);
    return all;
  }

  /** Column widths as fractions that add up to 1. */
  public double[] fractions() {
    double sum = widths.stream().mapToDouble(Double::doubleValue).sum();
    double[] f = new double[widths.size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = widths.get(i) / sum;
    }
    return f;
  }
}
