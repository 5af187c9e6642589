package org.jixiao.layout;

/** Vertical alignment of the text in a cell. */
public enum VAlign {
  TOP, MIDDLE, BOTTOM;

  static VAlign parse(String s, VAlign dflt) {
    return s == null || s.isEmpty() ? dflt : valueOf(s.toUpperCase(java.util.Locale.ROOT));
  }
}
