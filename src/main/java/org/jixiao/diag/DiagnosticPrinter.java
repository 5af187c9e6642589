package org.jixiao.diag;

import java.util.List;

/** Prints diagnostics the way compilers do: headline, the offending source line, a caret, a hint. */
public final class DiagnosticPrinter {
  /** Characters of a long source line shown around the column; the rest is cut with "…". */
  static final int WINDOW = 120;

  private DiagnosticPrinter() {}

  /** {@code source} is the file's text, or null when it could not be read. */
  public static String format(Diagnostic d, String source) {
    StringBuilder sb = new StringBuilder(visible(d.headline())).append('\n');
    String full = lineOf(source, d.line());
    if (full != null) {
      // a 4 MB line echoed whole would bury the message: show a window around the column
      int col = Math.max(d.column() - 1, 0);
      int start = Math.max(0, Math.min(col - WINDOW / 2, full.length() - WINDOW));
      int end = Math.min(full.length(), start + WINDOW);
      if (start > 0 && Character.isLowSurrogate(full.charAt(start))) {
        start++;
      }
      if (end < full.length() && Character.isHighSurrogate(full.charAt(end - 1))) {
        end--;
      }
      String cut = start > 0 ? "…" : "";
      String line = cut + printable(full.substring(start, end)) + (end < full.length() ? "…" : "");
      String gutter = String.valueOf(d.line());
      sb.append(' ').append(gutter).append(" | ").append(line).append('\n');
      if (d.column() > 0) {
        sb.append(' ').append(" ".repeat(gutter.length())).append(" | ")
            .append(" ".repeat(cut.length()))
            .append(padTo(full.substring(start, end), col - start)).append("^\n");
      }
    }
    if (!d.hint().isEmpty()) {
      sb.append("  = 提示 (hint): ").append(visible(d.hint())).append('\n');
    }
    return sb.toString();
  }

  public static String formatAll(List<Diagnostic> ds, String source) {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic d : ds) {
      sb.append(format(d, source));
    }
    return sb.toString();
  }

  /**
   * Where each line of the last source starts. Thousands of diagnostics of one file are
   * printed one by one: splitting the file for each made printing them quadratic.
   */
  private static volatile Lines last;
  /** How many times a source was indexed, for the test that it is once per file. */
  static final java.util.concurrent.atomic.AtomicInteger INDEXED =
      new java.util.concurrent.atomic.AtomicInteger();

  private record Lines(String source, int[] starts) {
    static Lines of(String source) {
      INDEXED.incrementAndGet();
      int n = 1;
      for (int i = 0; i < source.length(); i++) {
        if (source.charAt(i) == '\n') {
          n++;
        }
      }
      int[] starts = new int[n];
      int k = 1;
      for (int i = 0; i < source.length(); i++) {
        if (source.charAt(i) == '\n') {
          starts[k++] = i + 1;
        }
      }
      return new Lines(source, starts);
    }

    String line(int n) {
      if (n > starts.length) {
        return null;
      }
      int from = starts[n - 1];
      int to = n < starts.length ? starts[n] - 1 : source.length();
      if (to > from && source.charAt(to - 1) == '\r' && n < starts.length) {
        to--;
      }
      return source.substring(from, to);
    }
  }

  private static String lineOf(String source, int n) {
    if (source == null || n < 1) {
      return null;
    }
    Lines l = last;
    if (l == null || l.source() != source) {
      l = Lines.of(source);
      last = l;
    }
    return l.line(n);
  }

  /** Control characters would garble the terminal; each shows as one replacement character. */
  private static String printable(String line) {
    if (line == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(line.length());
    for (char c : line.toCharArray()) {
      sb.append(c < 0x20 && c != '\t' || c == 0x7F || bidi(c) ? '\uFFFD' : c);
    }
    return sb.toString();
  }

  /**
   * A bidirectional control (U+202E and its kin) turns the rest of a terminal line around, so a
   * message quoting one (an unknown key pasted with it) would read backwards: it is named instead.
   */
  static String visible(String text) {
    if (text.chars().noneMatch(c -> bidi((char) c))) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      if (bidi(c)) {
        sb.append(String.format(java.util.Locale.ROOT, "<U+%04X>", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean bidi(char c) {
    return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F
        || c == 0x061C;
  }

  /** Spaces under the line up to the column; CJK characters are two columns wide on a terminal. */
  private static String padTo(String line, int col) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(col, line.length()); i++) {
      char c = line.charAt(i);
      sb.append(c == '\t' ? "\t" : isWide(c) ? "  " : " ");
    }
    return sb.toString();
  }

  private static boolean isWide(char c) {
    return c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6));
  }
}
