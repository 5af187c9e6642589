package org.jixiao.layout;

/** A paragraph of text outside tables: the title, notes, statements. Size is in points. */
public record Paragraph(String text, Style style, Align align, boolean bold, double size) implements Block {
  /** Which font family draws the paragraph: the title face or the body face. */
  public enum Style { TITLE, BODY }

  public Paragraph {
    if (text == null) {
      throw new IllegalArgumentException("paragraph text is null");
    }
    if (size < 5 || size > 40) {
      throw new IllegalArgumentException("font size out of range 5..40 pt: " + size);
    }
  }
}
