package org.jixiao.diag;

import java.util.List;

/**
 * The one user-facing failure: carries diagnostics that say what is wrong and how to fix it.
 * The CLI prints them and maps them to an exit code; nothing else should reach a user.
 */
public class JixiaoException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public JixiaoException(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "failed" : diagnostics.get(0).headline());
    this.diagnostics = List.copyOf(diagnostics);
  }

  public JixiaoException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public JixiaoException(Diagnostic diagnostic, Throwable cause) {
    super(diagnostic.headline(), cause);
    this.diagnostics = List.of(diagnostic);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
