package org.jixiao.layout;

import java.util.List;

/**
 * The neutral description of one printed form, the only thing writers see. {@code pageNumbers}:
 * whether a form of more than one page prints 第 N 页 共 M 页 in its footer.
 */
public record Layout(String title, PageSetup page, String bodyFont, String titleFont, List<Block> blocks,
    boolean pageNumbers) {
  /** A form with page numbers. */
  public Layout(String title, PageSetup page, String bodyFont, String titleFont, List<Block> blocks) {
    this(title, page, bodyFont, titleFont, blocks, true);
  }

  /** The footer of page {@code n} of {@code m}. */
  public static String pageNumber(Object n, Object m) {
    return "第 " + n + " 页 共 " + m + " 页";
  }

  public Layout {
    blocks = List.copyOf(blocks);
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a layout needs a title");
    }
  }
}
