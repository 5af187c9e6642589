package org.jixiao.validate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.render.Renderer;

/** A file's text checked and printed as render does, for tests that write one fact two ways. */
final class Transcribed {
  private Transcribed() {}

  static Validator.Report check(Renderer r, String text) {
    return r.validator(Messages.ZH, false).check("unit.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  /** Every form's layout XML, in order: what the writers print. */
  static String printed(Renderer r, Validator.Report report) {
    StringBuilder out = new StringBuilder();
    r.layouts(report.declaration()).forEach(f -> out.append(f.xml()));
    return out.toString();
  }

  /** The rules {@code other} says that {@code base} does not, in its order. */
  static List<String> extraRules(Validator.Report base, Validator.Report other) {
    return other.diagnostics().stream().map(Diagnostic::rule)
        .filter(x -> base.diagnostics().stream().noneMatch(d -> d.rule().equals(x))).toList();
  }
}
