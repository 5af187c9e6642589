package org.jixiao.diag;

import java.util.List;

/** Prints diagnostics the way compilers do: headline, the offending source line, a caret, a hint. */
public final class DiagnosticPrinter {
  private DiagnosticPrinter() {}

  /** {@code source} is the file's text, or null when it could not be read. */
  public static String format(Diagnostic d, String source) {
    StringBuilder sb = new StringBuilder(d.headline()).append('\n');
    String line = printable(lineOf(source, d.line()));
    if (line != null) {
      String gutter = String.valueOf(d.line());
      sb.append(' ').append(gutter).append(" | ").append(line).append('\n');
      if (d.column() > 0) {
        sb.append(' ').append(" ".repeat(gutter.length())).append(" | ")
            .append(padTo(line, d.column() - 1)).append("^\n");
      }
    }
    if (!d.hint().isEmpty()) {
      sb.append("  = 提示 (hint): ").append(d.hint()).append('\n');
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

  private static String lineOf(String source, int n) {
    if (source == null || n < 1) {
      return null;
    }
    String[] lines = source.split("\r?\n", -1);
    return n <= lines.length ? lines[n - 1] : null;
  }

  /** Control characters would garble the terminal; each shows as one replacement character. */
  private static String printable(String line) {
    if (line == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(line.length());
    for (char c : line.toCharArray()) {
      sb.append(c < 0x20 && c != '\t' || c == 0x7F ? '\uFFFD' : c);
    }
    return sb.toString();
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
