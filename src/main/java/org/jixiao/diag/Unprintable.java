package org.jixiao.diag;

import java.util.List;

/**
 * Characters no installed font can draw, one diagnostic each: it carries the characters, so each
 * failure can be placed at the YAML line of the first value that holds it, the one to change.
 */
public final class Unprintable extends JixiaoException {
  private static final long serialVersionUID = 1L;
  private final List<Integer> codePoints;

  /** {@code codePoints.get(i)} is the character of {@code diagnostics.get(i)}. */
  public Unprintable(List<Diagnostic> diagnostics, List<Integer> codePoints) {
    super(diagnostics);
    if (diagnostics.size() != codePoints.size()) {
      throw new IllegalArgumentException("one character per diagnostic");
    }
    this.codePoints = List.copyOf(codePoints);
  }

  /** The characters, in the order of the diagnostics. */
  public List<Integer> codePoints() {
    return codePoints;
  }
}
