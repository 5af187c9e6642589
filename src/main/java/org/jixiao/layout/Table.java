package org.jixiao.layout;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

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

  /**
   * Head rows then body rows, in print order: an unmodifiable view of the two (the table is
   * immutable), made without copying, as writers ask for it row by row.
   */
  public List<Row> rows() {
    return new Rows(head, body);
  }

  /** {@link #head} then {@link #body} as one list, read-only. */
  private static final class Rows extends AbstractList<Row> implements RandomAccess {
    private final List<Row> head;
    private final List<Row> body;

    Rows(List<Row> head, List<Row> body) {
      this.head = head;
      this.body = body;
    }

    @Override
    public Row get(int index) {
      return index < head.size() ? head.get(index) : body.get(index - head.size());
    }

    @Override
    public int size() {
      return head.size() + body.size();
    }
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
