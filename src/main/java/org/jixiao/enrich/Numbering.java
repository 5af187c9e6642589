package org.jixiao.enrich;

import java.util.List;
import java.util.regex.Pattern;

/** Whether items copied from a printed form already carry the form's numbers (1. 2. or （一）（二）). */
final class Numbering {
  /** 1. 1、 1． (1) （1） 一、 （一） 第一， at the start of an item. */
  private static final Pattern NUMBERED = Pattern.compile(
      "\\s*(?:\\d{1,2}\\s*(?:[.．](?!\\d)|[、:：)）])|[(（]\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[)）]"
          + "|[一二三四五六七八九十]{1,3}\\s*[、.．]|第[一二三四五六七八九十]{1,3}[，,、：:]).*",
      Pattern.DOTALL);

  private Numbering() {}

  /**
   * True when every one of {@code items} (two or more) starts with a number of its own: a
   * transcriber copied the form's numbering, so jixiao must not number them again.
   */
  static boolean written(List<String> items) {
    return items.size() >= 2 && items.stream().allMatch(s -> NUMBERED.matcher(s).matches());
  }

  /**
   * True when {@code item} starts with the label {@code prefix} gives, with any number
   * ({@code 目标1：}, {@code 目标2:}, {@code 目标一、}): the transcriber copied the form's label,
   * so jixiao must not put its own before it ({@code 目标1：目标1：…}).
   */
  static boolean labelled(String item, String prefix) {
    int n = prefix.indexOf("{n}");
    if (n <= 0) {
      return false;
    }
    String stem = prefix.substring(0, n).strip();
    return Pattern.compile("\\s*" + Pattern.quote(stem) + "\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})"
        + "\\s*[:：、.．,，)）\\s].*", Pattern.DOTALL).matcher(item).matches();
  }

  /**
   * {@code item} without the label it starts with ({@code 目标1：} for the prefix {@code 目标{n}}),
   * for a form that prints the label in a cell of its own; {@code item} itself when it has none.
   */
  static String unlabelled(String item, String prefix) {
    if (!labelled(item, prefix)) {
      return item;
    }
    String stem = prefix.substring(0, prefix.indexOf("{n}")).strip();
    return item.replaceFirst("^\\s*" + Pattern.quote(stem)
        + "\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[:：、.．,，)）\\s]\\s*", "");
  }

  /** True when {@code item} starts with a number of its own (1. 1、 （一） 一、 第一，). */
  static boolean numbered(String item) {
    return NUMBERED.matcher(item).matches();
  }

  /** True when every item starts with the prefix jixiao would give it ({@code 目标1：}). */
  static boolean written(List<String> items, String prefix) {
    if (items.isEmpty() || !prefix.contains("{n}")) {
      return false;
    }
    for (int i = 0; i < items.size(); i++) {
      String p = prefix.replace("{n}", String.valueOf(i + 1)).strip();
      String bare = p.replaceAll("[:：]$", "");
      if (p.isEmpty() || !items.get(i).strip().startsWith(bare)) {
        return false;
      }
    }
    return true;
  }
}
