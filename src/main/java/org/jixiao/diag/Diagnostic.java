package org.jixiao.diag;

/**
 * One problem found in a file, at a line and column (both 1-based; 0 when unknown), with a rule
 * id to search for and, where we know one, a hint saying how to fix it.
 */
public record Diagnostic(String file, int line, int column, Severity severity, String rule,
    String message, String hint) {
  public Diagnostic {
    if (file == null || rule == null || message == null) {
      throw new IllegalArgumentException("file, rule and message are required");
    }
    hint = hint == null ? "" : hint;
  }

  public static Diagnostic error(String file, int line, int column, String rule, String message,
      String hint) {
    return new Diagnostic(file, line, column, Severity.ERROR, rule, message, hint);
  }

  public static Diagnostic warning(String file, int line, int column, String rule, String message,
      String hint) {
    return new Diagnostic(file, line, column, Severity.WARNING, rule, message, hint);
  }

  /** The same problem as an error (for --strict). */
  public Diagnostic asError() {
    return new Diagnostic(file, line, column, Severity.ERROR, rule, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The first line, as a compiler prints it: {@code file:line:col: error[rule]: message}. */
  public String headline() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.append(": ").append(severity.label()).append('[').append(rule).append("]: ")
        .append(message).toString();
  }
}
