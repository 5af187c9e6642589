package org.jixiao.diag;

/**
 * A limit passed by a text a form puts together from the YAML's values (a cell joined from
 * several items): it carries the text, so the failure can be placed at the YAML line of the
 * longest value in it, which is the one to shorten.
 */
public final class TextTooLong extends JixiaoException {
  private static final long serialVersionUID = 1L;
  private final String text;

  public TextTooLong(Diagnostic diagnostic, String text) {
    super(diagnostic);
    this.text = text;
  }

  /** The text that passed the limit. */
  public String text() {
    return text;
  }
}
