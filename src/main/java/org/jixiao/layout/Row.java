package org.jixiao.layout;

import java.util.List;

/** A table row. {@code minHeight} is in millimetres; 0 lets the text decide. */
public record Row(List<Cell> cells, double minHeight) {
  public Row {
    cells = List.copyOf(cells);
    if (minHeight < 0) {
      throw new IllegalArgumentException("row height must not be negative");
    }
  }
}
