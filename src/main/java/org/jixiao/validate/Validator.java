package org.jixiao.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.diag.Messages;
import org.jixiao.model.Declaration;
import org.jixiao.model.DeclarationReader;
import org.jixiao.model.YNode;
import org.jixiao.model.YamlLoader;

/**
 * Checks one declaration in stages, each only when the one before passed, so a problem is
 * reported once: bytes (UTF-8) → control characters removed, with warnings → YAML syntax →
 * schema (structure) → reader (dates, layout names; builds the records) → placement of
 * indicators named alone by the standard library → business rules ({@link Rules#ALL}). Schema
 * errors that leave the file readable (unknown-key, enum, layout-key) do not stop the rules.
 */
public final class Validator {
  private final Set<String> layouts;
  private final Messages lang;
  private final boolean strict;
  private final UnaryOperator<Declaration> place;

  /** {@code layouts}: the variants that have templates; {@code strict}: warnings are errors. */
  public Validator(Set<String> layouts, Messages lang, boolean strict) {
    this(layouts, lang, strict, UnaryOperator.identity());
  }

  private Validator(Set<String> layouts, Messages lang, boolean strict,
      UnaryOperator<Declaration> place) {
    this.layouts = Set.copyOf(layouts);
    this.lang = lang;
    this.strict = strict;
    this.place = place;
  }

  /**
   * This validator, placing the declaration's indicators with {@code place} (the standard
   * indicator library) before the rules run; its diagnostics (an unknown indicator) are reported.
   */
  public Validator placing(UnaryOperator<Declaration> place) {
    return new Validator(layouts, lang, strict, place);
  }

  /** Every problem of one file; the declaration is there when no error was found. */
  public Report check(String file, byte[] bytes) {
    String text = null;
    List<Diagnostic> found = new ArrayList<>();
    Declaration declaration = null;
    try {
      text = YamlLoader.decode(file, bytes, lang);
      YNode tree = YamlLoader.parse(file, text, lang, found);
      found.addAll(SchemaCheck.check(file, tree, lang, layouts));
      if (found.stream().noneMatch(Diagnostic::isError)) {
        declaration = place.apply(DeclarationReader.read(file, tree, layouts));
        found.addAll(rules(declaration, tree));
      } else {
        found.addAll(despiteSchema(file, tree));
        found.sort(Comparator.comparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column));
      }
    } catch (JixiaoException e) {
      found.addAll(e.diagnostics());
    }
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : found) {
      out.add(strict ? d.asError() : d);
    }
    boolean errors = out.stream().anyMatch(Diagnostic::isError);
    return new Report(file, text, errors ? null : declaration, out);
  }

  /**
   * The business rules' findings in a file whose schema errors leave it readable (a misspelt
   * key, an enumerated value, a key the layout lacks), so one such mistake hides nothing else.
   * The reader reads the repaired tree; if it still fails, its findings would repeat the
   * schema's, so none are added.
   */
  private List<Diagnostic> despiteSchema(String file, YNode tree) {
    YNode repaired = SchemaCheck.repaired(tree, layouts);
    if (repaired == null) {
      return List.of();
    }
    Declaration d;
    try {
      d = DeclarationReader.read(file, repaired, layouts);
    } catch (JixiaoException e) {
      return List.of();
    }
    return rules(place.apply(d), repaired);
  }

  private List<Diagnostic> rules(Declaration d, YNode tree) {
    Context ctx = new Context(d, tree, lang);
    for (Rule r : Rules.ALL) {
      if (r.appliesTo(d.layout())) {
        ctx.enter(r);
        r.check(ctx);
      }
    }
    List<Diagnostic> out = new ArrayList<>(ctx.found());
    out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    return out;
  }

  /** The outcome for one file: its text (null if unreadable), the declaration, the problems. */
  public record Report(String file, String source, Declaration declaration,
      List<Diagnostic> diagnostics) {
    public Report {
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> warnings() {
      return diagnostics.stream().filter(d -> !d.isError()).toList();
    }
  }
}
