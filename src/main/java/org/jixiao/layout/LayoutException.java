package org.jixiao.layout;

/** A layout that cannot be printed: a template produced an impossible table or invalid XML. */
public final class LayoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LayoutException(String message) {
    super(message);
  }

  public LayoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
