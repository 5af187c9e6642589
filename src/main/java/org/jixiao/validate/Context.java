package org.jixiao.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.enrich.StandardTexts;
import org.jixiao.model.Declaration;
import org.jixiao.model.YNode;
import org.jixiao.model.YNode.YList;
import org.jixiao.model.YNode.YMap;
import org.jixiao.variant.Variant;

/**
 * What a rule sees: the declaration, the YAML tree it came from (for lines and columns) and
 * the language; rules report through {@link #error} and {@link #warning}.
 */
public final class Context {
  private final Declaration declaration;
  private final YNode root;
  private final Messages lang;
  private final List<Diagnostic> found = new ArrayList<>();
  private final Variant variant;
  private final List<Variant.Form> forms;
  private final java.util.function.Supplier<StandardTexts> texts;
  private StandardTexts loadedTexts;
  private boolean textsRead;
  private Declaration resolved;
  private String rule = "";
  private Variant.Check check = new Variant.Check("error", Map.of());
  private Map<Long, YNode[]> entries;

  public Context(Declaration declaration, YNode root, Messages lang) {
    this(declaration, root, lang, null, List.of());
  }

  /** A context for a declaration of {@code variant} that files {@code forms}. */
  public Context(Declaration declaration, YNode root, Messages lang, Variant variant,
      List<Variant.Form> forms) {
    this(declaration, root, lang, variant, forms, () -> null);
  }

  /** As above, with the variant's texts.yaml read when a rule first asks for it. */
  public Context(Declaration declaration, YNode root, Messages lang, Variant variant,
      List<Variant.Form> forms, java.util.function.Supplier<StandardTexts> texts) {
    this.texts = texts;
    this.declaration = declaration;
    this.root = root;
    this.lang = lang;
    this.variant = variant;
    this.forms = List.copyOf(forms);
  }

  /** The variant's standard texts (its texts.yaml and its family's); null without a variant. */
  public StandardTexts texts() {
    if (!textsRead) {
      loadedTexts = texts.get();
      textsRead = true;
    }
    return loadedTexts;
  }

  /** The declaration's variant; null only in tests of a rule alone. */
  public Variant variant() {
    return variant;
  }

  /** The forms the unit files (its {@code forms:}, else all of its variant's). */
  public List<Variant.Form> forms() {
    return forms;
  }

  /** The running rule's parameters, from the variant's {@code checks:}. */
  public Variant.Check check() {
    return check;
  }

  /**
   * The declaration as its form prints it: a value naming one item of a closed list taken as
   * that item ({@link org.jixiao.enrich.ClosedValues}), so every rule checks what is printed.
   */
  public Declaration declaration() {
    if (resolved == null) {
      resolved = variant == null ? declaration
          : org.jixiao.enrich.ClosedValues.resolve(declaration, variant);
    }
    return resolved;
  }

  /** The declaration as written, for the rule that reports values of closed lists (value-list). */
  public Declaration written() {
    return declaration;
  }

  /** The YAML tree, for rules that read every scalar whatever its key. */
  public YNode root() {
    return root;
  }

  public Messages lang() {
    return lang;
  }

  void enter(Rule r, Variant.Check c) {
    rule = r.id();
    check = c;
  }

  List<Diagnostic> found() {
    return found;
  }

  /**
   * The YAML node at a path of keys (String) and list indexes (Integer); where the path stops
   * existing, the deepest node found, so a diagnostic still points near the problem.
   */
  public YNode node(Object... path) {
    return org.jixiao.model.YJson.at(root, path);
  }

  /** The key node of the entry a path ends at (to point at a name rather than its value). */
  public YNode key(Object... path) {
    Object[] parent = java.util.Arrays.copyOf(path, path.length - 1);
    if (node(parent) instanceof YMap m && path[path.length - 1] instanceof String k
        && m.keys().containsKey(k)) {
      return m.keys().get(k);
    }
    return node(path);
  }

  /**
   * The key and value of the mapping entry whose key starts at {@code line}:{@code column}, or
   * null; how a record that kept its position finds its YAML again.
   */
  public YNode[] entryAt(int line, int column) {
    if (entries == null) {
      entries = new HashMap<>();
      index(root);
    }
    return entries.get(((long) line << 32) | column);
  }

  private void index(YNode n) {
    if (n instanceof YMap m) {
      for (Map.Entry<String, YNode> e : m.entries().entrySet()) {
        YNode k = m.keys().get(e.getKey());
        entries.put(((long) k.line() << 32) | k.column(), new YNode[] {k, e.getValue()});
        index(e.getValue());
      }
    } else if (n instanceof YList l) {
      l.items().forEach(this::index);
    }
  }

  /** A problem at the rule's level: an error, or a warning where the variant says so. */
  public void error(YNode at, String zh, String en, String hintZh, String hintEn) {
    if (!check.error()) {
      warning(at, zh, en, hintZh, hintEn);
      return;
    }
    found.add(Diagnostic.error(declaration.file(), at.line(), at.column(), rule,
        lang.pick(zh, en), lang.pick(hintZh, hintEn)));
  }

  public void warning(YNode at, String zh, String en, String hintZh, String hintEn) {
    found.add(Diagnostic.warning(declaration.file(), at.line(), at.column(), rule,
        lang.pick(zh, en), lang.pick(hintZh, hintEn)));
  }
}
