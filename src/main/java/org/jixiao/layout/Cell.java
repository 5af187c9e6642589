package org.jixiao.layout;

import java.util.List;
import java.util.Set;

/**
 * A table cell: its paragraphs, how many rows and columns it spans, how its text sits, and
 * whether it holds a number ({@code type="number"}: an amount, a count or a share such as
 * 34.55%) that a spreadsheet should be able to compute with.
 */
public record Cell(List<String> paragraphs, int rowspan, int colspan, Align align, VAlign valign,
    boolean bold, Set<Side> open, boolean number) {
  /** A text cell. */
  public Cell(List<String> paragraphs, int rowspan, int colspan, Align align, VAlign valign,
      boolean bold, Set<Side> open) {
    this(paragraphs, rowspan, colspan, align, valign, bold, open, false);
  }

  public Cell {
    paragraphs = List.copyOf(paragraphs);
    open = Set.copyOf(open);
    if (rowspan < 1 || colspan < 1) {
      throw new IllegalArgumentException("rowspan and colspan must be at least 1");
    }
  }

  /** Whether the border on {@code side} is drawn (all are, unless the template opened it). */
  public boolean ruled(Side side) {
    return !open.contains(side);
  }

  /** All paragraphs joined by line breaks, as a spreadsheet cell holds them. */
  public String text() {
    return String.join("\n", paragraphs);
  }
}
