package org.jixiao.layout;

/** Horizontal alignment of a paragraph or of the text in a cell. */
public enum Align {
  LEFT, CENTER, RIGHT, JUSTIFY;

  static Align parse(String s, Align dflt) {
    return s == null || s.isEmpty() ? dflt : valueOf(s.toUpperCase(java.util.Locale.ROOT));
  }
}
