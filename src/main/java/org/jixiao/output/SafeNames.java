package org.jixiao.output;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * File and folder names made from unit and form names, safe on Windows, macOS and Linux: no path
 * separators or reserved characters, no {@code ..}, no reserved device names, no trailing dots
 * or spaces, no invisible or bidirectional control characters (a right-to-left override would
 * show a name other than the one on disk), in NFC, and at most 80 characters and
 * {@link #MAX_BYTES} bytes of UTF-8 (file systems count bytes: 255 at most, with the extension).
 */
public final class SafeNames {
  private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "CONIN$",
      "CONOUT$", "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
      "COM¹", "COM²", "COM³", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7",
      "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³");
  static final int MAX = 80;
  /** Bytes of a name without its extension, so that with ".docx" it is within 255. */
  static final int MAX_BYTES = 240;

  private SafeNames() {}

  public static String of(String name) {
    StringBuilder sb = new StringBuilder();
    Normalizer.normalize(name, Normalizer.Form.NFC).codePoints().forEach(cp -> {
      if (invisible(cp)) {
        return;
      }
      boolean bad = cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)
          || "/\\:*?\"<>|".indexOf(cp) >= 0;
      sb.appendCodePoint(bad ? '_' : cp);
    });
    String s = sb.toString().strip();
    while (s.endsWith(".") || s.endsWith(" ")) {
      s = s.substring(0, s.length() - 1);
    }
    while (s.startsWith(".")) {
      s = "_" + s.substring(1);
    }
    if (s.codePointCount(0, s.length()) > MAX) {
      s = s.substring(0, s.offsetByCodePoints(0, MAX));
    }
    while (s.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      s = s.substring(0, s.offsetByCodePoints(0, s.codePointCount(0, s.length()) - 1));
    }
    s = s.strip();
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.isEmpty()) {
      s = "_";
    }
    String stem = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
    if (RESERVED.contains(stem.strip().toUpperCase(Locale.ROOT))) {
      s = "_" + s;
    }
    return s;
  }

  /**
   * Zero-width and bidirectional formatting characters (Unicode's Cf: U+200B–U+200F,
   * U+202A–U+202E, U+2066–U+2069, U+FEFF, soft hyphen…) and variation selectors: they change
   * how a name looks, or look like nothing, so two names that read the same would differ.
   */
  static boolean invisible(int cp) {
    return Character.getType(cp) == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F)
        || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x115F || cp == 0x1160 || cp == 0x3164
        || cp == 0xFFA0;
  }

  /**
   * How a file system that ignores case and Unicode form (Windows, macOS) compares {@code name}:
   * two outputs with the same key are the same file there, wherever the forms are copied.
   */
  public static String key(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFC);
    return n.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }
}
