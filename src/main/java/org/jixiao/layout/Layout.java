package org.jixiao.layout;

import java.util.List;

/** The neutral description of one printed form, the only thing writers see. */
public record Layout(String title, PageSetup page, String bodyFont, String titleFont, List<Block> blocks) {
  public Layout {
    blocks = List.copyOf(blocks);
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a layout needs a title");
    }
  }
}
