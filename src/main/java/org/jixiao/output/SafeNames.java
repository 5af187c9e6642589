package org.jixiao.output;

import java.util.Locale;
import java.util.Set;

/**
 * File and folder names made from unit and form names, safe on Windows, macOS and Linux: no path
 * separators or reserved characters, no {@code ..}, no reserved device names, no trailing dots
 * or spaces, and at most 80 characters.
 */
public final class SafeNames {
  private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2",
      "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4",
      "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
  static final int MAX = 80;

  private SafeNames() {}

  public static String of(String name) {
    StringBuilder sb = new StringBuilder();
    name.codePoints().forEach(cp -> {
      boolean bad = cp < 0x20 || cp == 0x7F || "/\\:*?\"<>|".indexOf(cp) >= 0;
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
    if (s.isEmpty()) {
      s = "_";
    }
    String stem = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
    if (RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
      s = "_" + s;
    }
    return s;
  }
}
