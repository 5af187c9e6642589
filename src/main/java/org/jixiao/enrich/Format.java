package org.jixiao.enrich;

import org.jixiao.model.Money;

/**
 * {@code $format} in templates: ways of printing a value that differ between forms, so that the
 * template, not Java, says how its form prints an amount ({@code $format.grouped($p.budget)}).
 */
public final class Format {
  /** The one instance templates see. */
  public static final Format INSTANCE = new Format();

  private Format() {
  }

  /**
   * An amount with its thousands separated by commas, as many forms print 元 amounts:
   * 3309840.00 → 3,309,840.00; empty or not an amount (无, a note) is returned as it is.
   */
  public String grouped(Object amount) {
    if (amount == null) {
      return "";
    }
    String s = amount.toString();
    Money m = Money.parse(s);
    return m == null ? s : m.grouped();
  }

  /**
   * The paragraphs of a text a variant may write as one text or as a list (texts.yaml
   * {@code note}): one for a text, one per item of a list, none for an empty one or none at all,
   * so a template prints either with {@code #foreach($p in $format.paragraphs($texts.note))}.
   */
  public java.util.List<String> paragraphs(Object text) {
    if (text instanceof java.util.List<?> l) {
      return l.stream().filter(java.util.Objects::nonNull).map(Object::toString)
          .filter(t -> !t.isBlank()).toList();
    }
    return text == null || text.toString().isBlank() ? java.util.List.of()
        : java.util.List.of(text.toString());
  }

  /**
   * True when {@code item} already starts with the form's label {@code label} and a number
   * ({@code 目标1：…}, {@code 目标2: …}), copied from the printed form: a template that labels
   * items itself ({@code 目标{n}:}) prints such an item as written instead of 目标1: 目标1：….
   */
  public boolean labelled(Object item, Object label) {
    return item != null && label != null && Numbering.labelled(item.toString(), label + "{n}");
  }

  /**
   * {@code item} without the form's label and number it was copied with ({@code 目标1：…} →
   * {@code …} for the label {@code 目标}), for a template that prints the label in a cell of its
   * own (texts.yaml {@code goal_rows:}); as written when it has none.
   */
  public String unlabelled(Object item, Object label) {
    if (item == null) {
      return "";
    }
    return label == null ? item.toString() : Numbering.unlabelled(item.toString(), label + "{n}");
  }

  /**
   * True when {@code item} starts with a number of its own ({@code 1、}, {@code 1.}, {@code （一）}),
   * copied from the printed form: a template that numbers items itself prints it as written.
   */
  public boolean numbered(Object item) {
    return item != null && Numbering.numbered(item.toString());
  }

  /**
   * A whole number a variant writes in its texts.yaml (a column's width in mm,
   * {@code widths: {分值: 12}}), as a template computes with it; 0 for none or not a number (the
   * texts-shape check reports such a value at its line).
   */
  public int integer(Object value) {
    if (value == null) {
      return 0;
    }
    try {
      return Integer.parseInt(value.toString().trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
