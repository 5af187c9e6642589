package org.jixiao.layout;

import java.time.LocalDate;
import java.util.List;

/**
 * The neutral description of one printed form, the only thing writers see. {@code author} (the
 * unit, "" when not given) and {@code date} (填报日期, null when not given) describe the document,
 * as a PDF's metadata does; they are not printed.
 */
public record Layout(String title, PageSetup page, String bodyFont, String titleFont, List<Block> blocks,
    String author, LocalDate date) {
  public Layout {
    blocks = List.copyOf(blocks);
    author = author == null ? "" : author;
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a layout needs a title");
    }
  }

  public Layout(String title, PageSetup page, String bodyFont, String titleFont, List<Block> blocks) {
    this(title, page, bodyFont, titleFont, blocks, "", null);
  }
}
