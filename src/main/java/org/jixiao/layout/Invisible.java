package org.jixiao.layout;

/**
 * Invisible format characters (Unicode category Cf): the byte-order mark U+FEFF, zero-width
 * space, non-joiner and joiner U+200B–U+200D, the bidi marks and controls U+200E/F,
 * U+202A–U+202E and U+2066–U+2069, the word joiner U+2060, the soft hyphen U+00AD. They come
 * with text copied from web pages and other software, are never meant on a Chinese form, and
 * whether a format shows them depends on the fonts installed (a PDF drew a BOM's glyph where
 * one face had it; Word and Excel keep it in a copied cell). The layout drops them, so every
 * format prints the same text on every machine.
 */
final class Invisible {
  private Invisible() {}

  /** Whether {@code cp} is dropped. */
  static boolean dropped(int cp) {
    return Character.getType(cp) == Character.FORMAT;
  }

  /** {@code s} without its invisible format characters. */
  static String strip(String s) {
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (dropped(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    sb.append(s, 0, i);
    s.codePoints().skip(s.codePointCount(0, i)).filter(cp -> !dropped(cp)).forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
