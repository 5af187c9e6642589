package org.jixiao.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.diag.Messages;
import org.jixiao.enrich.StandardTexts;
import org.jixiao.model.Declaration;
import org.jixiao.model.DeclarationReader;
import org.jixiao.model.Shape;
import org.jixiao.model.YNode;
import org.jixiao.model.YamlLoader;
import org.jixiao.variant.Variant;
import org.jixiao.variant.Variants;

/**
 * Checks one declaration in stages, each only when the one before passed, so a problem is
 * reported once: bytes (UTF-8) → control characters removed, with warnings → YAML syntax →
 * the forms it files → schema (structure, as its variant extends and restricts it; a key written
 * as the form prints its row read as its key, see {@link SchemaCheck#read}) → reader
 * (dates, layout names; builds the records) → placement of indicators named alone by the
 * standard library → business rules ({@link Rules#ALL}, as the variant's {@code checks:} set
 * them). Schema errors that leave the file readable (unknown-key, enum, layout-key) do not stop
 * the rules.
 */
public final class Validator {
  private final Variants variants;
  private final Messages lang;
  private final boolean strict;
  private final UnaryOperator<Declaration> place;
  /** A variant's texts.yaml by the variant's name, for the rules that read it. */
  private final Function<String, StandardTexts> texts;

  /** {@code variants}: the layout variants there are; {@code strict}: warnings are errors. */
  public Validator(Variants variants, Messages lang, boolean strict) {
    this(variants, lang, strict, UnaryOperator.identity(),
        name -> StandardTexts.load(variants.root(), variants.get(name).chain()));
  }

  private Validator(Variants variants, Messages lang, boolean strict,
      UnaryOperator<Declaration> place, Function<String, StandardTexts> texts) {
    this.variants = variants;
    this.lang = lang;
    this.strict = strict;
    this.place = place;
    this.texts = texts;
  }

  /**
   * This validator, placing the declaration's indicators with {@code place} (the standard
   * indicator library) before the rules run; its diagnostics (an unknown indicator) are reported.
   */
  public Validator placing(UnaryOperator<Declaration> place) {
    return new Validator(variants, lang, strict, place, texts);
  }

  /**
   * This validator, taking each variant's texts from {@code texts} (a renderer's, read once a
   * run) instead of reading texts.yaml again for every file.
   */
  public Validator withTexts(Function<String, StandardTexts> texts) {
    return new Validator(variants, lang, strict, place, texts);
  }

  /** Every problem of one file; the declaration is there when no error was found. */
  public Report check(String file, byte[] bytes) {
    String text = null;
    List<Diagnostic> found = new ArrayList<>();
    Declaration declaration = null;
    try {
      text = YamlLoader.decode(file, bytes, lang);
      // an indicator table written row by row is read as its levels
      Set<Integer> rows = new java.util.HashSet<>();
      Prepared prepared = prepared(file, YamlLoader.parse(file, text, lang, found), found, rows);
      Variant variant = prepared.variant();
      List<Variant.Form> forms = prepared.forms();
      SchemaCheck schema = prepared.schema();
      YNode parsed = prepared.tree();
      Set<String> names = variants.names();
      // from here on the tree as read: a key written as the form prints its row is its key
      SchemaCheck.Checked read = schema.read(file, parsed, lang, names);
      if (variant == null && variant(read.tree()) != null
          || variant != null && !(parsed instanceof YNode.YMap p && p.entries().containsKey("forms"))
              && read.tree() instanceof YNode.YMap r && r.entries().containsKey("forms")) {
        // the layout or the forms filed written as the form's word (版式: gansu-2023-project):
        // the file is read again by the schema of its variant (which knows that variant's own
        // keys) and forms
        variant = variant(read.tree());
        forms = FormChoice.of(file, read.tree(), variant, lang, found);
        schema = VariantSchema.of(variant, forms, names);
        read = schema.read(file, parsed, lang, names);
      }
      YNode tree = read.tree();
      // a row's columns are the form's names by design: said once by indicator-rows
      List<Diagnostic> structure = read.diagnostics().stream().filter(d ->
          !(d.rule().equals("key-as-printed") && rows.contains(d.line()))).toList();
      boolean noLayout = !(tree instanceof YNode.YMap t && t.entries().containsKey("layout"));
      if (variant == null && (noLayout
          || structure.stream().anyMatch(d -> d.rule().equals("layout-unknown")))) {
        // which keys a form has depends on its variant: with the layout unknown or not written, a
        // key only a variant knows is no mistake of the file, so the layout is the one thing to
        // fix first; its diagnostic names the variants the file may mean
        structure = structure.stream().filter(d -> !d.rule().equals("unknown-key"))
            .map(d -> d.rule().equals("layout-unknown") ? withFinder(d, tree)
                : noLayout && d.rule().equals("required") && d.message().contains("layout")
                    ? withOwnKeys(d, tree) : d).toList();
      }
      found.addAll(structure);
      if (found.stream().noneMatch(Diagnostic::isError)) {
        declaration = place.apply(DeclarationReader.read(file, tree, names, this::shape));
        found.addAll(rules(declaration, tree, variant, forms));
      } else {
        found.addAll(despiteSchema(file, tree, schema, variant, forms));
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
    // in file order: the stages find them in their own (a stable sort keeps each line's order)
    out.sort(Comparator.comparingInt(Diagnostic::line));
    boolean errors = out.stream().anyMatch(Diagnostic::isError);
    return new Report(file, text, errors ? null : declaration, out);
  }

  /**
   * {@code tree} as {@link #check} reads it, without its diagnostics: a key written as the form
   * prints its row renamed to its key (see {@link SchemaCheck#read}), so a reader outside the
   * checks ({@code jixiao init --from}) reads a file as {@code render} does.
   */
  public YNode asRead(String file, YNode written) {
    Prepared p = prepared(file, written, new ArrayList<>(), new java.util.HashSet<>());
    Set<String> names = variants.names();
    if (p.variant() != null) {
      return p.schema().read(file, p.tree(), lang, names).tree();
    }
    // the layout written as the form's word (版式:) is found so too
    YNode read = p.schema().read(file, p.tree(), lang, names).tree();
    Variant variant = variant(read);
    if (variant == null) {
      return read;
    }
    List<Variant.Form> forms = FormChoice.of(file, p.tree(), variant, lang, new ArrayList<>());
    return VariantSchema.of(variant, forms, names).read(file, p.tree(), lang, names).tree();
  }

  /** A file's tree with its shorthands and row-by-row tables read, and what it was read by. */
  private record Prepared(YNode tree, Variant variant, List<Variant.Form> forms, SchemaCheck schema) {}

  /**
   * The steps {@link #check} and {@link #asRead} share: shorthands read, the variant and forms the
   * file names, the schema they give, then tables written row by row and fund lines written as
   * rows read by that schema's titles ({@code rows} gets the rows' lines).
   */
  private Prepared prepared(String file, YNode parsed, List<Diagnostic> found, Set<Integer> rows) {
    YNode written = Shorthands.read(file, parsed, lang, found);
    Variant variant = variant(written);
    List<Variant.Form> forms = variant == null ? List.of()
        : FormChoice.of(file, written, variant, lang, found);
    SchemaCheck schema = variant == null ? VariantSchema.unknownLayout(variants.names())
        : VariantSchema.of(variant, forms, variants.names());
    YNode tree = FundRows.read(file, IndicatorRows.nest(file, written, heads(variant),
        tables(schema), lang, found, rows), funds(schema), lang, found);
    return new Prepared(tree, variant, forms, schema);
  }

  /**
   * {@code d} (layout-unknown) with the variants a place or a form's title names when the layout
   * is written so (`layout: 东莞市财政项目支出绩效目标批复表`), found as {@code jixiao layouts} finds
   * them, and the near name had the schema none.
   */
  private Diagnostic withFinder(Diagnostic d, YNode tree) {
    if (lang != Messages.ZH || d.hint().contains("是不是想写")
        || !(tree instanceof YNode.YMap m && m.entries().get("layout") instanceof YNode.YScalar s)
        || s.text() == null || s.text().isBlank()) {
      return d;
    }
    String found = org.jixiao.variant.VariantFinder.hint(variants, s.text().strip());
    return found.isEmpty() ? d : new Diagnostic(d.file(), d.line(), d.column(), d.severity(),
        d.rule(), d.message(), found.substring(1) + "；" + d.hint());
  }

  /**
   * {@code d} (layout missing) with the variants whose own keys ({@code fields:}) the file writes
   * most of (一级项目名称, 资金用途 and 中央补助安排 are 甘肃's form's), up to three; else with how
   * to find the layout ({@code jixiao layouts}). A transcriber who left out {@code layout:} then
   * reads one message that says what to write, not an unknown-key error for each such key.
   */
  private Diagnostic withOwnKeys(Diagnostic d, YNode tree) {
    java.util.Set<String> written = new java.util.TreeSet<>();
    if (tree instanceof YNode.YMap m) {
      written.addAll(m.entries().keySet());
      if (m.entries().get("unit") instanceof YNode.YMap u) {
        written.addAll(u.entries().keySet());
      }
      if (m.entries().get("projects") instanceof YNode.YList l) {
        for (YNode p : l.items()) {
          if (p instanceof YNode.YMap pm) {
            written.addAll(pm.entries().keySet());
          }
        }
      }
    }
    java.util.Map<String, List<String>> own = new java.util.TreeMap<>();
    int best = 0;
    for (String name : variants.names()) {
      List<String> keys;
      try {
        java.util.Set<String> fields = new java.util.HashSet<>();
        variants.get(name).fields().values().forEach(f -> fields.addAll(f.keySet()));
        keys = written.stream().filter(fields::contains).toList();
      } catch (org.jixiao.diag.JixiaoException e) {
        continue; // a variant file in error names no keys
      }
      if (!keys.isEmpty() && keys.size() >= best) {
        if (keys.size() > best) {
          own.clear();
          best = keys.size();
        }
        own.put(name, keys);
      }
    }
    String hint;
    if (own.isEmpty() || own.size() > 3) {
      hint = lang.pick("加上 layout: 版式名；jixiao layouts 加上表名中的几个字（如 jixiao layouts 项目支出）列出能印它的版式",
          "add layout: NAME; jixiao layouts with a few words of the form's title (jixiao layouts 项目支出) "
              + "lists the variants that print it");
    } else {
      List<String> all = own.values().iterator().next();
      List<String> keys = all.size() > 3 ? all.subList(0, 3) : all;
      String more = all.size() > 3 ? lang.pick("等 " + all.size() + " 个键", " and " + (all.size() - 3) + " more") : "";
      String names = String.join("、", own.keySet());
      hint = lang.pick("文件里的「" + String.join("」「", keys) + "」" + more + "是版式 " + names + " 自己的栏目：是不是漏写了 layout: "
              + own.keySet().iterator().next() + "？",
          "the keys " + String.join(", ", keys) + more + " are variant " + String.join(", ", own.keySet())
              + "'s own: did you leave out layout: " + own.keySet().iterator().next() + "?");
    }
    return new Diagnostic(d.file(), d.line(), d.column(), d.severity(), d.rule(), d.message(), hint);
  }

  /** The variant the file names, or null when it names none there is (the schema says so). */
  private Variant variant(YNode tree) {
    if (tree instanceof YNode.YMap m && m.entries().get("layout") instanceof YNode.YScalar s
        && s.text() != null && variants.names().contains(s.text().strip())) {
      return variants.get(s.text().strip());
    }
    return null;
  }

  /**
   * The heads of the indicator table's level columns on the form the file names (its texts.yaml
   * {@code level_names}), for a table written row by row; the usual heads when the layout is
   * not known yet.
   */
  private IndicatorRows.Heads heads(Variant v) {
    if (v == null) {
      return IndicatorRows.Heads.USUAL;
    }
    return IndicatorRows.Heads.of(v.indicators().levels(), texts.apply(v.name()).list("level_names"));
  }

  /** The indicator table a written key is, by its key or its title on the form (see {@link IndicatorRows#nest}). */
  private static java.util.function.BinaryOperator<String> tables(SchemaCheck schema) {
    return (scope, key) -> schema.table(scope, key,
        scope.equals("project") ? IndicatorLine.PROJECT_TABLES : IndicatorLine.TABLES);
  }

  /** A project's fund lines (sources), by their key or their title on the form. */
  private static java.util.function.BinaryOperator<String> funds(SchemaCheck schema) {
    return (scope, key) -> schema.table(scope, key, List.of("sources"));
  }

  private Shape shape(String layout) {
    return variants.shape(layout);
  }

  /**
   * The business rules' findings in a file whose schema errors leave it readable (a misspelt
   * key, an enumerated value, a key the layout lacks), so one such mistake hides nothing else.
   * The reader reads the repaired tree; if it still fails, its findings would repeat the
   * schema's, so none are added.
   */
  private List<Diagnostic> despiteSchema(String file, YNode tree, SchemaCheck schema,
      Variant variant, List<Variant.Form> forms) {
    YNode repaired = schema.repaired(tree, variants.names());
    if (repaired == null) {
      return List.of();
    }
    Declaration d;
    try {
      d = DeclarationReader.read(file, repaired, variants.names(), this::shape);
    } catch (JixiaoException e) {
      return List.of();
    }
    return rules(place.apply(d), repaired, variant, forms);
  }

  private List<Diagnostic> rules(Declaration d, YNode tree, Variant variant,
      List<Variant.Form> forms) {
    Context ctx = new Context(d, tree, lang, variant, forms,
        () -> variant == null ? null : texts.apply(variant.name()));
    for (Rule r : Rules.ALL) {
      Variant.Check c = level(r, variant);
      if (!c.off()) {
        ctx.enter(r, c);
        r.check(ctx);
      }
    }
    List<Diagnostic> out = new ArrayList<>(ctx.found());
    out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    return out;
  }

  /** How a rule applies to a variant: as its checks: say, else the rule's own default. */
  static Variant.Check level(Rule r, Variant v) {
    Variant.Check c = v == null ? null : v.checks().get(r.id());
    if (c == null) {
      return new Variant.Check(r.onByDefault() ? r.level() : "off", java.util.Map.of());
    }
    return c.level() == null ? new Variant.Check(r.level(), c.params()) : c;
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
