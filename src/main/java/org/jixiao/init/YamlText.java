package org.jixiao.init;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes YAML scalars by hand, so generated declarations keep comments (SnakeYAML's emitter
 * cannot write them): plain where jixiao's loader gives back the same text, in a block or inside a
 * flow mapping, double-quoted where not.
 */
public final class YamlText {
  private static final Set<String> RESERVED = Set.of("~", "null", "Null", "NULL", "true", "True",
      "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON",
      "off", "Off", "OFF", "y", "Y", "n", "N");
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
  /** Inside {@code {…}}, where NextYear writes moved values, these end a plain scalar. */
  private static final Pattern FLOW = Pattern.compile("[,\\[\\]{}]");

  private YamlText() {}

  /** {@code s} as a YAML scalar: plain when that reads back unchanged, else double-quoted. */
  public static String scalar(String s) {
    return needsQuotes(s) ? quoted(s) : s;
  }

  static boolean needsQuotes(String s) {
    if (s.isEmpty() || RESERVED.contains(s) || !s.strip().equals(s)
        || INDICATORS.indexOf(s.charAt(0)) >= 0 || s.contains(": ") || s.contains(" #")
        || s.endsWith(":") || FLOW.matcher(s).find()) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7F || c == '\uFEFF') {
        return true;
      }
    }
    // numbers, dates and phone numbers stay plain: jixiao reads every scalar as the text written
    return false;
  }

  static String quoted(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7F || c == '\uFEFF') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
