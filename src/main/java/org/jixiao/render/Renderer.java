package org.jixiao.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.enrich.ClosedValues;
import org.jixiao.enrich.Format;
import org.jixiao.enrich.IndicatorLibrary;
import org.jixiao.enrich.IndicatorPlacer;
import org.jixiao.enrich.StandardTexts;
import org.jixiao.enrich.TemplateModel;
import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutException;
import org.jixiao.layout.LayoutReader;
import org.jixiao.model.Declaration;
import org.jixiao.model.Project;
import org.jixiao.output.SafeNames;
import org.jixiao.template.TemplateEngine;
import org.jixiao.diag.Messages;
import org.jixiao.validate.FormChoice;
import org.jixiao.validate.Validator;
import org.jixiao.variant.Variant;
import org.jixiao.variant.VariantLoader;
import org.jixiao.variant.Variants;
import org.jixiao.writer.LayoutWriter;

/**
 * The pipeline for one unit: load the YAML, read the declaration, build the template model,
 * run each of the variant's form templates to layout XML, and hand each layout to the writers.
 * Everything happens in memory; {@link Outputs} writes the files.
 */
public final class Renderer {
  private final TemplateEngine engine;
  private final List<LayoutWriter> writers;
  private final Variants variants;
  private final Map<String, StandardTexts> texts = new ConcurrentHashMap<>();
  private final Map<String, IndicatorLibrary> libraries = new ConcurrentHashMap<>();
  private final Messages lang;

  public Renderer(TemplateEngine engine, List<LayoutWriter> writers) {
    this(engine, writers, Messages.ZH);
  }

  /** A renderer whose checks report in {@code lang}. */
  public Renderer(TemplateEngine engine, List<LayoutWriter> writers, Messages lang) {
    this.engine = engine;
    this.lang = lang;
    this.writers = List.copyOf(writers);
    this.variants = new Variants(engine.root());
  }

  /** A declaration file read, checked and placed by the standard indicator library; warnings are dropped. */
  public Declaration load(Path file, String displayName) {
    Validator.Report r = check(file, displayName);
    if (r.hasErrors()) {
      throw new JixiaoException(r.diagnostics());
    }
    return r.declaration();
  }

  /** The fonts the writers draw with ({@link LayoutWriter#fonts}), "" when none embeds any. */
  public String fonts() {
    return writers.stream().map(LayoutWriter::fonts).filter(f -> !f.isEmpty())
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /** The formats this renderer writes ({@code docx}, {@code xlsx}, {@code pdf}), in order. */
  public List<String> formats() {
    return writers.stream().map(LayoutWriter::format).toList();
  }

  /** Every problem of a declaration file (`jixiao validate`); its declaration when it has no error. */
  public Validator.Report check(Path file, String displayName) {
    byte[] bytes;
    try {
      bytes = org.jixiao.model.YamlLoader.read(file, displayName, lang);
    } catch (IOException e) {
      throw new JixiaoException(Diagnostic.error(displayName, 0, 0, "input-read",
          "无法读取文件：" + e.getMessage(), "检查文件路径和读取权限"), e);
    }
    return validator(lang, false).check(displayName, bytes);
  }

  /**
   * The checks render makes before it renders, for {@code jixiao validate} too: the variants
   * there are templates for, and indicators named alone placed by their variant's library.
   */
  public Validator validator(Messages lang, boolean strict) {
    return new Validator(variants, lang, strict)
        .placing(d -> IndicatorPlacer.place(d, library(d.layout()))).withTexts(this::texts);
  }

  /** The layout variants of the template root. */
  public Variants variants() {
    return variants;
  }

  /**
   * The standard indicator library of a layout variant: its own indicators.yaml, else that of
   * the variant it extends (empty when none ships one).
   */
  public IndicatorLibrary library(String variant) {
    return libraries.computeIfAbsent(variant, v -> IndicatorLibrary.of(variants, v));
  }

  /** The standard texts of a variant, texts.yaml merged along what it extends. */
  public StandardTexts texts(String variant) {
    return texts.computeIfAbsent(variant,
        v -> StandardTexts.load(engine.root(), variants.get(v).chain()));
  }

  /**
   * The layout XML of each form the declaration's variant prints and its data supports, in the
   * variant's order; a form printed per project comes once per project with targets.
   */
  public List<FormXml> layouts(Declaration written) {
    return layouts(written, new UnprintedKeys());
  }

  private List<FormXml> layouts(Declaration written, UnprintedKeys unprinted) {
    Variant v = variants.get(written.layout());
    // a value naming one item of a closed list prints as that item (value-list warns of it)
    Declaration d = ClosedValues.resolve(written, v);
    StandardTexts t = texts(d.layout());
    Map<String, Object> model = TemplateModel.of(d, t).context();
    model.put("variant", v);
    model.put("format", Format.INSTANCE);
    List<Project> withTargets = d.projects().stream().filter(Project::hasTargets).toList();
    List<FormXml> out = new ArrayList<>();
    for (Variant.Form form : FormChoice.filed(v, d.forms())) {
      String template = variants.resolve(v, form.template());
      if (template == null) {
        throw new JixiaoException(Diagnostic.error(engine.root().display(v.name() + "/"
            + VariantLoader.FILE), 0, 0, "template-missing", "版式 " + v.name() + " 的表「"
            + form.file() + "」没有模板 " + form.template(), "在 templates/" + v.name()
            + "/ 下放 " + form.template() + "，或在 variant.yaml 中写对 template:"));
      }
      Map<String, Object> one = new LinkedHashMap<>(model);
      one.put("form", new FormView(form.file(), form.title(d.year(), d.unit().name()), form.keys()));
      if (form.eachProject()) {
        for (Project p : withTargets) {
          Map<String, Object> each = new LinkedHashMap<>(one);
          each.put("form", new FormView(form.file(), form.title(d.year(), d.unit().name(), p.name(), p.extra()),
              form.keys()));
          each.put("project", TemplateModel.project(p, d, t));
          each.put("item", p);
          out.add(new FormXml(form.file() + "-" + p.name(), template,
              recorded(form, template, each, unprinted)));
        }
      } else if (!form.needsProjects() || !withTargets.isEmpty()) {
        out.add(new FormXml(form.file(), template, recorded(form, template, one, unprinted)));
      }
    }
    return out;
  }

  /** The template's XML, noting which of the variant's own keys it read (see {@link UnprintedKeys}). */
  private String recorded(Variant.Form form, String template, Map<String, Object> ctx,
      UnprintedKeys unprinted) {
    org.jixiao.model.KeyReads.start();
    String xml;
    try {
      xml = engine.render(template, ctx);
    } finally {
      unprinted.form(form.file(), form.title(), template, form.keys(), ctx, org.jixiao.model.KeyReads.stop());
    }
    return xml;
  }

  /**
   * What a template knows of the form it prints: its file name, its title as printed, and the
   * keys it prints (variant.yaml {@code keys:}), so that one template serves the editions of a
   * family that leave out a part or add a column: {@code #if($form.prints("indicator.weight"))}.
   */
  public record FormView(String file, String title, Map<String, List<String>> keys) {
    public FormView {
      keys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    /**
     * Whether the form prints {@code scopeDotKey} ({@code project.long_term_indicators},
     * {@code indicator.weight}): listed under its scope, or the scope lists no keys (all printed).
     */
    public boolean prints(String scopeDotKey) {
      int dot = scopeDotKey.indexOf('.');
      List<String> listed = dot < 0 ? null : keys.get(scopeDotKey.substring(0, dot));
      return dot > 0 && (listed == null || listed.contains(scopeDotKey.substring(dot + 1)));
    }
  }

  /** Renders every form of {@code d} in every format, in memory; paths are under {@code outDir}. */
  public UnitOutput render(Declaration d, Path outDir) {
    return render(d, outDir, null);
  }

  /**
   * {@link #render(Declaration, Path)} of a checked file: a limit passed by a text the forms join
   * from several values is placed at the YAML line of the longest of them ({@code validate} and
   * {@code render} both come here, so they say the same).
   */
  public UnitOutput render(Validator.Report report, Path outDir) {
    return render(report.declaration(), outDir, report.source());
  }

  private UnitOutput render(Declaration d, Path outDir, String source) {
    Path folder = outDir.resolve(String.valueOf(d.year())).resolve(SafeNames.of(d.unit().name()));
    List<RenderedFile> files = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, String> names = new java.util.HashMap<>();
    UnprintedKeys unprinted = new UnprintedKeys();
    List<FormXml> forms = layouts(d, unprinted);
    // a value no template printed: said, not refused (a template may print a key only beside
    // another one, and the unit's other forms are whole)
    List<Diagnostic> warnings = unprinted.problems(d, d.layout(), source, t -> engine.root().display(t),
        this::rowsKey, k -> texts(d.layout()).values().get(k) instanceof List<?> l ? l : null);
    Diagnostic foot = unprinted.foot(variants.get(d.layout()), engine.root());
    if (foot != null) {
      problems.add(foot);
    }
    for (FormXml form : forms) {
      String other = names.putIfAbsent(SafeNames.key(SafeNames.of(form.name())), form.name());
      if (other != null) {
        // two projects whose names make one file name: neither may silently replace the other
        problems.add(Diagnostic.error(d.file(), 0, 0, "output-collision",
            "「" + other + "」和「" + form.name() + "」会写成同一个文件 "
                + SafeNames.of(form.name()) + "（文件名里不能用的字符换成了 _，或名称过长被截断，"
                + "或只差大小写）", "改一个项目的名称，让两者在文件名里也不同"));
        continue;
      }
      Layout layout = parse(form);
      for (LayoutWriter w : writers) {
        Path path = folder.resolve(SafeNames.of(form.name()) + "." + w.format());
        try {
          ByteArrayOutputStream buf = new ByteArrayOutputStream(128 * 1024);
          w.write(layout, buf);
          // asked after writing: a writer may find its fonts on first use
          files.add(new RenderedFile(path, buf.toByteArray(), w.fonts()));
        } catch (org.jixiao.diag.TextTooLong e) {
          problems.add(atValue(withUnit(e.diagnostics().get(0), d), e.text(), source));
        } catch (org.jixiao.diag.Unprintable e) {
          for (int i = 0; i < e.diagnostics().size(); i++) {
            Diagnostic x = atChar(e.diagnostics().get(i), e.codePoints().get(i), d, source);
            if (!problems.contains(x)) {
              problems.add(x); // PDF and OFD find the same characters: say each once
            }
          }
        } catch (JixiaoException e) {
          problems.addAll(e.diagnostics().stream().map(x -> withUnit(x, d)).toList());
        } catch (IOException | RuntimeException e) {
          Diagnostic c = org.jixiao.diag.Crash.of(d.file(), e);
          problems.add(new Diagnostic(c.file(), 0, 0, c.severity(), c.rule(),
              form.name() + " 的 " + w.format().toUpperCase(java.util.Locale.ROOT) + " 无法生成："
                  + c.message(), c.hint()));
        }
      }
    }
    return new UnitOutput(d, folder, files, problems, warnings);
  }

  /**
   * {@code x} at the YAML line of the longest value of {@code source} that {@code text} contains:
   * the one to shorten. Unchanged when there is no source or no value is in the text.
   */
  static Diagnostic atValue(Diagnostic x, String text, String source) {
    if (source == null || text == null) {
      return x;
    }
    org.jixiao.model.YNode.YScalar best = null;
    for (org.jixiao.model.YNode.YScalar v : scalars(x.file(), source)) {
      if ((best == null || v.text().length() > best.text().length()) && text.contains(v.text())) {
        best = v;
      }
    }
    if (best == null) {
      return x;
    }
    return new Diagnostic(x.file(), best.line(), best.column(), x.severity(), x.rule(),
        x.message() + "；其中最长的是这一行的值（" + best.text().length() + " 个字符）", x.hint());
  }

  /**
   * {@code x}, about character {@code cp}, at the YAML line of the first value holding it; where
   * no value does (a template's own text), named by the unit as before.
   */
  static Diagnostic atChar(Diagnostic x, int cp, Declaration d, String source) {
    org.jixiao.model.YNode.YScalar first = null;
    if (source != null) {
      for (org.jixiao.model.YNode.YScalar v : scalars(d.file(), source)) {
        if (v.text().contains(Character.toString(cp)) && (first == null || v.line() < first.line()
            || v.line() == first.line() && v.column() < first.column())) {
          first = v;
        }
      }
    }
    if (first == null) {
      return withUnit(new Diagnostic(d.file(), 0, 0, x.severity(), x.rule(), x.message(), x.hint()), d);
    }
    return new Diagnostic(d.file(), first.line(), first.column(), x.severity(), x.rule(), x.message(),
        x.hint());
  }

  /**
   * The scalar values with text of the YAML {@code source}, in the order a depth-first walk meets
   * them; none when it does not parse (the diagnostic then keeps its place).
   */
  private static List<org.jixiao.model.YNode.YScalar> scalars(String file, String source) {
    List<org.jixiao.model.YNode.YScalar> out = new ArrayList<>();
    java.util.Deque<org.jixiao.model.YNode> todo = new java.util.ArrayDeque<>();
    try {
      todo.add(org.jixiao.model.YamlLoader.parse(file, source));
    } catch (RuntimeException e) {
      return out;
    }
    while (!todo.isEmpty()) {
      org.jixiao.model.YNode n = todo.pop();
      if (n instanceof org.jixiao.model.YNode.YMap m) {
        todo.addAll(m.entries().values());
      } else if (n instanceof org.jixiao.model.YNode.YList l) {
        todo.addAll(l.items());
      } else if (n instanceof org.jixiao.model.YNode.YScalar v && v.text() != null) {
        out.add(v);
      }
    }
    return out;
  }

  /** Font and writer problems name the layout; say which unit they belong to. */
  private static Diagnostic withUnit(Diagnostic x, Declaration d) {
    return x.line() > 0 ? x : new Diagnostic(d.file(), 0, 0, x.severity(), x.rule(),
        x.message() + "（单位：" + d.unit().name() + "）", x.hint());
  }

  private Layout parse(FormXml form) {
    try {
      return LayoutReader.read(form.xml());
    } catch (LayoutException e) {
      throw new JixiaoException(Diagnostic.error(engine.root().display(form.template()), 0, 0,
          "layout-invalid", "模板生成的版式无效：" + e.getMessage(),
          "用 jixiao render --emit layout FILE 查看模板输出"), e);
    }
  }

  /**
   * The texts.yaml list of rows a template prints for keys of {@code scope}, where a key may be
   * added: the 88号 project form's header:, the 416号 form's project_rows:, the 88号 部门整体
   * form's unit_rows:; null when the template reads none.
   */
  private String rowsKey(String template, String scope) {
    String text;
    try {
      text = new String(engine.root().read(template), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    for (String k : "project".equals(scope) ? List.of("header", "project_rows")
        : "unit".equals(scope) ? List.of("unit_rows") : List.<String>of()) {
      if (text.contains("$texts." + k)) {
        return k;
      }
    }
    return null;
  }

  /** A form's name, the template that made it and the layout XML it produced. */
  public record FormXml(String name, String template, String xml) {}

  /** What rendering one unit produced: files ready to write, and problems (e.g. no PDF font). */
  public record UnitOutput(Declaration declaration, Path folder, List<RenderedFile> files,
      List<Diagnostic> problems, List<Diagnostic> warnings) {
    public UnitOutput {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
      warnings = List.copyOf(warnings);
    }
  }
}
