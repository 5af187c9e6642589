package org.jixiao.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.diag.Severity;
import org.jixiao.model.YJson;
import org.jixiao.model.YNode;
import org.jixiao.model.YNode.YList;
import org.jixiao.model.YNode.YMap;
import org.jixiao.model.YNode.YScalar;

/**
 * Checks a YAML tree against the declaration JSON Schema (types, required keys, enumerations,
 * unknown keys) and turns each failure into a diagnostic at the YAML line and column. Every
 * scalar goes to the validator as the text written, so patterns see exactly what the user typed.
 */
public final class SchemaCheck {
  /** The schema as a classpath resource; {@code jixiao schema} prints it. */
  public static final String RESOURCE = "/org/jixiao/validate/declaration.schema.json";

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern COLONS = java.util.regex.Pattern.compile(":+$");
  private static final java.util.regex.Pattern MONEY_UNIT = java.util.regex.Pattern.compile("\\((万元|元|亿元)\\)$");
  private static final java.util.regex.Pattern ENDING_BRACKETS = java.util.regex.Pattern.compile("\\([^()]*\\)$");
  /** Titles written alike, once a run: every key of every file is matched against them. */
  private static final Map<String, String> BARE_TITLES = new java.util.concurrent.ConcurrentHashMap<>();

  private static final JsonNode SCHEMA_JSON = loadJson();
  private static final SchemaCheck BASE = new SchemaCheck(SCHEMA_JSON);

  private final JsonNode schemaJson;
  private final JsonSchema schema;

  private SchemaCheck(JsonNode schemaJson) {
    this.schemaJson = schemaJson;
    this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(schemaJson, SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
            .build());
  }

  /** The shipped schema, as {@code jixiao schema} prints it. */
  public static SchemaCheck base() {
    return BASE;
  }

  /** The schema a declaration of a variant is checked against (see {@link VariantSchema}). */
  static SchemaCheck of(JsonNode schemaJson) {
    return new SchemaCheck(schemaJson);
  }

  /** The shipped schema as JSON, for {@link VariantSchema} to extend. */
  static JsonNode baseJson() {
    return SCHEMA_JSON;
  }

  /** The schema's text, as shipped. */
  public static String text() {
    try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode loadJson() {
    try {
      return new ObjectMapper().readTree(text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every structural problem of {@code root}, in file order. */
  public List<Diagnostic> check(String file, YNode root, Messages lang, Set<String> layouts) {
    return read(file, root, lang, layouts).diagnostics();
  }

  /**
   * A tree as jixiao reads it, and its structural problems in file order: a key written as the
   * form prints its row (甘肃's {@code 政策依据:} for {@code basis}, {@code 中央补助年度金额（万元）:}
   * for {@code budget}, a variant's {@code 项目开始日期:} for its own {@code 开始日期}) — the one key
   * of its mapping whose title is the written word, see {@link #titled} — is read as that key, at
   * its own line and column, with a {@code key-as-printed} warning; the schema and every rule
   * then see the key. Not when the mapping also writes the key itself (which of the two is meant
   * is not certain: the {@code unknown-key} error stays), nor when two written keys stand for one.
   */
  public Checked read(String file, YNode root, Messages lang, Set<String> layouts) {
    List<Diagnostic> aliased = new ArrayList<>();
    YNode tree = unitRows(file, projectRowsUp(file, root, lang, aliased), lang, aliased);
    Set<ValidationMessage> found = schema.validate(YJson.toJson(tree));
    // a key read so may hold others written so (its value was not checked before): again, a few
    // times at most, as deep as such keys nest
    for (int pass = 0; pass < 8; pass++) {
      Map<YMap, Map<String, String>> edits = aliases(tree, found);
      if (edits.isEmpty()) {
        break;
      }
      edits.forEach((map, e) -> e.forEach((from, to) -> {
        YScalar k = map.keys().get(from);
        aliased.add(Diagnostic.warning(file, k.line(), k.column(), "key-as-printed",
            lang.pick("「" + from + "」读作键 " + to + "（表上的名称）",
                "'" + from + "' is read as the key " + to + " (the form's name for it)"),
            lang.pick("改写为 " + to + ": 以免歧义",
                "write " + to + ": instead, so that it cannot be misread")));
      }));
      tree = edit(tree, edits);
      found = schema.validate(YJson.toJson(tree));
    }
    List<Diagnostic> out = diagnostics(file, tree, found, lang, layouts);
    out.addAll(once(aliased, lang));
    out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column)
        .thenComparing(Diagnostic::rule));
    return new Checked(tree, out);
  }

  /**
   * One warning for a word read as the same key in many places (任务名称 in each of twenty task
   * rows): the first, naming the lines of the others.
   */
  private static List<Diagnostic> once(List<Diagnostic> said, Messages lang) {
    Map<String, List<Diagnostic>> byMessage = new LinkedHashMap<>();
    said.stream().sorted(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column))
        .forEach(d -> byMessage.computeIfAbsent(d.message(), k -> new ArrayList<>()).add(d));
    List<Diagnostic> out = new ArrayList<>();
    for (List<Diagnostic> same : byMessage.values()) {
      Diagnostic first = same.get(0);
      if (same.size() == 1) {
        out.add(first);
        continue;
      }
      List<String> lines = same.subList(1, same.size()).stream().map(d -> String.valueOf(d.line()))
          .distinct().toList();
      String shown = String.join("、", lines.subList(0, Math.min(10, lines.size())))
          + (lines.size() > 10 ? "…" : "");
      out.add(new Diagnostic(first.file(), first.line(), first.column(), first.severity(), first.rule(),
          first.message() + lang.pick("（共 " + same.size() + " 处，另见第 " + shown + " 行）",
              " (" + same.size() + " places; also line " + shown.replace("、", ", ") + ")"),
          first.hint()));
    }
    return out;
  }

  /**
   * A row of the unit's written at the top of the file as the form prints it ({@code 填报人: 张三},
   * {@code 部门（单位）名称: …}, a variant's {@code 申报单位名称: …}): moved into {@code unit:} as the
   * one key there whose title it is, with a {@code key-as-printed} warning. Not when the word is a
   * key or title at the top too, nor when {@code unit:} writes that key itself or is no mapping.
   */
  private YNode unitRows(String file, YNode root, Messages lang, List<Diagnostic> said) {
    JsonNode atTop = scope(org.jixiao.model.DeclarationKeys.Scope.DECLARATION);
    JsonNode inUnit = scope(org.jixiao.model.DeclarationKeys.Scope.UNIT);
    if (!(root instanceof YMap top) || atTop == null || inUnit == null
        || top.entries().containsKey("unit") && !(top.entries().get("unit") instanceof YMap)) {
      return root;
    }
    YMap unit = top.entries().get("unit") instanceof YMap u ? u : null;
    Map<String, String> moves = new LinkedHashMap<>();
    for (String k : top.entries().keySet()) {
      if (atTop.get("properties").has(k) || titled(k, atTop) != null) {
        continue;
      }
      String to = titled(k, inUnit);
      if (to != null && !moves.containsValue(to) && (unit == null || !unit.entries().containsKey(to))) {
        moves.put(k, to);
      }
    }
    if (moves.isEmpty()) {
      return root;
    }
    Map<String, YNode> unitEntries = new LinkedHashMap<>(unit == null ? Map.of() : unit.entries());
    Map<String, YScalar> unitKeys = new LinkedHashMap<>(unit == null ? Map.of() : unit.keys());
    Map<String, YNode> entries = new LinkedHashMap<>();
    Map<String, YScalar> keys = new LinkedHashMap<>();
    YScalar first = top.keys().get(moves.keySet().iterator().next());
    for (var e : top.entries().entrySet()) {
      String k = e.getKey();
      String to = moves.get(k);
      YScalar at = top.keys().get(k);
      if (to != null) {
        unitEntries.put(to, e.getValue());
        unitKeys.put(to, new YScalar(to, at.quoted(), at.line(), at.column()));
        said.add(Diagnostic.warning(file, at.line(), at.column(), "key-as-printed",
            lang.pick("「" + k + "」读作 unit: 下的键 " + to + "（表上的名称）",
                "'" + k + "' is read as the unit's key " + to + " (the form's name for it)"),
            lang.pick("写在 unit: 下作 " + to + ":", "write it under unit: as " + to + ":")));
        continue;
      }
      entries.put(k, e.getValue());
      keys.put(k, at);
    }
    YScalar unitKey = unit == null ? new YScalar("unit", false, first.line(), first.column())
        : top.keys().get("unit");
    entries.put("unit", new YMap(unitEntries, unitKeys, unit == null ? first.line() : unit.line(),
        unit == null ? first.column() : unit.column()));
    keys.put("unit", unitKey);
    return new YMap(entries, keys, top.line(), top.column());
  }

  /**
   * A row written in the one project as its form prints it, where the variant keeps it once for
   * the unit (the 416号 county form's 项目实施进度计划, {@code tasks:} at the top): moved to the top
   * as that key, with a {@code key-as-printed} warning, when one project only writes it and the
   * top does not. With several projects it stays an unknown-key error (which project's is meant
   * is not certain); its hint says where the key goes.
   */
  private YNode projectRowsUp(String file, YNode root, Messages lang, List<Diagnostic> said) {
    JsonNode atTop = scope(org.jixiao.model.DeclarationKeys.Scope.DECLARATION);
    JsonNode inProject = scope(org.jixiao.model.DeclarationKeys.Scope.PROJECT);
    if (!(root instanceof YMap top) || !(top.entries().get("projects") instanceof YList projects)
        || projects.items().size() != 1 || !(projects.items().get(0) instanceof YMap project)
        || atTop == null || inProject == null) {
      return root;
    }
    Map<String, String> moves = new LinkedHashMap<>();
    for (String k : project.entries().keySet()) {
      if (inProject.get("properties").has(k) || titled(k, inProject) != null) {
        continue;
      }
      String to = titled(k, atTop);
      if (to != null && !to.equals("projects") && !top.entries().containsKey(to)
          && !moves.containsValue(to)) {
        moves.put(k, to);
      }
    }
    if (moves.isEmpty()) {
      return root;
    }
    Map<String, YNode> pe = new LinkedHashMap<>();
    Map<String, YScalar> pk = new LinkedHashMap<>();
    Map<String, YNode> entries = new LinkedHashMap<>(top.entries());
    Map<String, YScalar> keys = new LinkedHashMap<>(top.keys());
    for (var e : project.entries().entrySet()) {
      String k = e.getKey();
      YScalar at = project.keys().get(k);
      String to = moves.get(k);
      if (to == null) {
        pe.put(k, e.getValue());
        pk.put(k, at);
        continue;
      }
      entries.put(to, e.getValue());
      keys.put(to, new YScalar(to, at.quoted(), at.line(), at.column()));
      said.add(Diagnostic.warning(file, at.line(), at.column(), "key-as-printed",
          lang.pick("「" + k + "」读作键 " + to + "（表上的名称）：本版式整个单位写一份，写在文件顶层",
              "'" + k + "' is read as the key " + to + " (the form's name for it), which this layout "
                  + "keeps once for the unit, at the top of the file"),
          lang.pick("把它移到文件顶层，写作 " + to + ":", "move it to the top of the file as " + to + ":")));
    }
    entries.put("projects", new YList(List.of(new YMap(pe, pk, project.line(), project.column())),
        projects.line(), projects.column()));
    return new YMap(entries, keys, top.line(), top.column());
  }

  /**
   * The keys of {@code scope} on this schema as {@link #titled} and {@link #theOne} take a
   * parent ({@code {"properties": …}}); null when this schema has no such scope.
   */
  private JsonNode scope(org.jixiao.model.DeclarationKeys.Scope scope) {
    JsonNode props = schemaJson.at(scope.pointer);
    return props.isMissingNode() ? null
        : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().set("properties", props);
  }

  /** The tree as read (keys written as the form prints them renamed) and its problems. */
  public record Checked(YNode tree, List<Diagnostic> diagnostics) {
    public Checked {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * The keys to read as others: per mapping, each written key the schema does not know whose
   * word is the title of exactly one key of its scope, that key not written in the mapping and
   * no other written key standing for it.
   */
  private Map<YMap, Map<String, String>> aliases(YNode root, Set<ValidationMessage> found) {
    Map<YMap, Map<String, Set<String>>> meant = new java.util.IdentityHashMap<>();
    for (ValidationMessage m : found) {
      if (!m.getType().equals("additionalProperties")
          || !(exact(root, m.getInstanceLocation()) instanceof YMap map)) {
        continue;
      }
      String to = titled(m.getProperty(), annotations(m.getEvaluationPath()).parent);
      if (to != null) {
        meant.computeIfAbsent(map, x -> new java.util.LinkedHashMap<>())
            .computeIfAbsent(m.getProperty(), x -> new TreeSet<>()).add(to);
      }
    }
    Map<YMap, Map<String, String>> out = new java.util.IdentityHashMap<>();
    meant.forEach((map, words) -> {
      Map<String, Long> stands = new java.util.HashMap<>();
      words.values().forEach(t -> t.forEach(x -> stands.merge(x, 1L, Long::sum)));
      Map<String, String> e = new java.util.LinkedHashMap<>();
      words.forEach((from, to) -> {
        String key = to.size() == 1 ? to.iterator().next() : null;
        if (key != null && !map.entries().containsKey(key) && stands.get(key) == 1
            && map.keys().get(from) != null) {
          e.put(from, key);
        }
      });
      if (!e.isEmpty()) {
        out.put(map, e);
      }
    });
    return out;
  }

  private List<Diagnostic> diagnostics(String file, YNode root, Set<ValidationMessage> found,
      Messages lang, Set<String> layouts) {
    // a misspelt key is reported once, as unknown with its correction, not also as missing
    Set<String> misspelt = new LinkedHashSet<>();
    for (ValidationMessage m : found) {
      if (m.getType().equals("additionalProperties")) {
        JsonNode props = annotations(m.getEvaluationPath()).parent;
        Set<String> allowed = new TreeSet<>();
        if (props != null && props.get("properties") != null) {
          props.get("properties").fieldNames().forEachRemaining(allowed::add);
        }
        misspelt.add(m.getInstanceLocation() + "/" + meant(m.getProperty(), props, allowed));
      }
    }
    List<Diagnostic> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (ValidationMessage m : found) {
      if (m.getType().equals("required")
          && misspelt.contains(m.getInstanceLocation() + "/" + m.getProperty())) {
        continue;
      }
      // a template folder may add variants the shipped schema does not list
      if (m.getType().equals("enum") && m.getInstanceLocation().toString().equals("/layout")
          && m.getInstanceNode() != null && layouts.contains(m.getInstanceNode().asText())) {
        continue;
      }
      Diagnostic d = diagnostic(file, root, m, lang);
      if (d != null && seen.add(d.line() + ":" + d.column() + ":" + d.rule())) {
        out.add(d);
      }
    }
    out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column)
        .thenComparing(Diagnostic::rule));
    return out;
  }

  /**
   * The tree as the reader should see it when the schema found only mistakes that leave the
   * declaration readable — a misspelt key (renamed to its did-you-mean, or left out), a key the
   * layout has no place for (left out), an enumerated value (kept, or left out for an
   * indicator's {@code type}, which the reader refuses) — so the business rules still run and
   * every problem of the file is reported at once; null when another error stops the reader.
   */
  YNode repaired(YNode root, Set<String> layouts) {
    Map<YMap, Map<String, String>> edits = new java.util.IdentityHashMap<>();
    Set<String> misspelt = new LinkedHashSet<>();
    List<ValidationMessage> found = new ArrayList<>(schema.validate(YJson.toJson(root)));
    for (ValidationMessage m : found) {
      JsonNodePath at = m.getInstanceLocation();
      switch (m.getType()) {
        case "additionalProperties" -> {
          if (!(exact(root, at) instanceof YMap map)) {
            return null;
          }
          JsonNode props = annotations(m.getEvaluationPath()).parent;
          Set<String> allowed = new TreeSet<>();
          if (props != null && props.get("properties") != null) {
            props.get("properties").fieldNames().forEachRemaining(allowed::add);
          }
          String to = meant(m.getProperty(), props, allowed);
          Map<String, String> e = edits.computeIfAbsent(map, x -> new java.util.HashMap<>());
          boolean free = to != null && !map.entries().containsKey(to) && !e.containsValue(to);
          e.put(m.getProperty(), free ? to : "");
          if (free) {
            misspelt.add(at + "/" + to);
          }
        }
        case "false" -> {
          if (!(exact(root, at.getParent()) instanceof YMap map)
              || !(at.getElement(at.getNameCount() - 1) instanceof String key)) {
            return null;
          }
          edits.computeIfAbsent(map, x -> new java.util.HashMap<>()).put(key, "");
        }
        case "enum" -> {
          if (at.toString().equals("/layout")) {
            if (m.getInstanceNode() == null || !layouts.contains(m.getInstanceNode().asText())) {
              return null;
            }
          } else if (String.valueOf(at.getElement(at.getNameCount() - 1)).equals("type")) {
            if (!(exact(root, at.getParent()) instanceof YMap map)) {
              return null;
            }
            edits.computeIfAbsent(map, x -> new java.util.HashMap<>()).put("type", "");
          }
        }
        case "required" -> {
          // checked below, once every misspelt key has its correction
        }
        default -> {
          return null;
        }
      }
    }
    for (ValidationMessage m : found) {
      if (m.getType().equals("required")
          && !misspelt.contains(m.getInstanceLocation() + "/" + m.getProperty())) {
        return null;
      }
    }
    return edit(root, edits);
  }

  /** The node at exactly {@code path}, or null. */
  private static YNode exact(YNode root, JsonNodePath path) {
    YNode n = root;
    for (int i = 0; i < path.getNameCount(); i++) {
      Object step = path.getElement(i);
      if (n instanceof YMap m && step instanceof String k && m.entries().containsKey(k)) {
        n = m.entries().get(k);
      } else if (n instanceof YList l && step instanceof Integer idx && idx < l.items().size()) {
        n = l.items().get(idx);
      } else {
        return null;
      }
    }
    return n;
  }

  /** A copy of the tree with keys renamed ("" = left out), positions kept. */
  private static YNode edit(YNode n, Map<YMap, Map<String, String>> edits) {
    if (n instanceof YMap m) {
      Map<String, String> e = edits.getOrDefault(m, Map.of());
      Map<String, YNode> entries = new java.util.LinkedHashMap<>();
      Map<String, YScalar> keys = new java.util.LinkedHashMap<>();
      for (Map.Entry<String, YNode> x : m.entries().entrySet()) {
        String to = e.getOrDefault(x.getKey(), x.getKey());
        if (!to.isEmpty()) {
          entries.put(to, edit(x.getValue(), edits));
          YScalar k = m.keys().get(x.getKey());
          keys.put(to, new YScalar(to, k.quoted(), k.line(), k.column()));
        }
      }
      return new YMap(entries, keys, m.line(), m.column());
    }
    if (n instanceof YList l) {
      return new YList(l.items().stream().map(i -> edit(i, edits)).toList(), l.line(), l.column());
    }
    return n;
  }


  private Diagnostic diagnostic(String file, YNode root, ValidationMessage m, Messages lang) {
    YNode at = YJson.locate(root, m.getInstanceLocation());
    Annotations a = annotations(m.getEvaluationPath());
    String title = a.title == null ? lastName(m.getInstanceLocation()) : a.title;
    String value = at instanceof YScalar s && s.text() != null ? s.text() : "";
    switch (m.getType()) {
      case "additionalProperties" -> {
        YNode.YScalar key = at instanceof YMap map ? map.keys().get(m.getProperty()) : null;
        Set<String> allowed = new TreeSet<>();
        if (a.parent != null && a.parent.get("properties") != null) {
          a.parent.get("properties").fieldNames().forEachRemaining(allowed::add);
        }
        if (m.getProperty().matches("\\d{3}(\\.\\d+)?")) {
          // {amount: 1,200} in a flow mapping: the comma ends the value and 200 becomes a key
          return diag(file, key == null ? at : key, "unknown-key", lang.pick(
              "未知的键「" + m.getProperty() + "」：像是 {…} 里金额的千分位逗号把金额断开了",
              "unknown key '" + m.getProperty() + "': a thousands separator inside {…} split an amount"),
              lang.pick("带逗号的金额加引号，例如 amount: '1,200'，或去掉逗号写 1200",
                  "quote an amount with commas, e.g. amount: '1,200', or write 1200"));
        }
        String titled = titled(m.getProperty(), a.parent);
        if (titled != null && at instanceof YMap both && both.entries().containsKey(titled)) {
          // read alone it would be that key (key-as-printed); written beside it, which is meant?
          YScalar other = both.keys().get(titled);
          return diag(file, key == null ? at : key, "unknown-key",
              lang.pick("「" + m.getProperty() + "」和 " + titled + " 都写了：表上的「" + m.getProperty()
                      + "」一栏就是键 " + titled + "，不知该用哪一个",
                  "both '" + m.getProperty() + "' and " + titled + " are written: the form's "
                      + m.getProperty() + " is the key " + titled + ", which one is meant is not certain"),
              lang.pick("只留一个：删去「" + m.getProperty() + ":」这一项，或删去第 " + other.line()
                      + " 行的 " + titled + ":",
                  "keep one: remove " + m.getProperty() + ": or the " + titled + ": of line "
                      + other.line()));
        }
        if (titled != null) {
          // the form's own name of a key, as 甘肃's 政策依据 for basis: say which key it is
          return diag(file, key == null ? at : key, "unknown-key",
              lang.pick("未知的键「" + m.getProperty() + "」：表上的「" + m.getProperty() + "」一栏写在键 " + titled + " 下",
                  "unknown key '" + m.getProperty() + "': the form's " + m.getProperty() + " is the key " + titled),
              lang.pick("把「" + m.getProperty() + ":」改为「" + titled + ":」（jixiao init 生成的文件里每个键后的注释写着它在表上的名称）",
                  "write " + titled + ": instead (the comments jixiao init writes name each key as the form prints it)"));
        }
        String dropped = dropped(m.getProperty(), a.parent, m.getInstanceLocation());
        if (dropped != null) {
          // the form's name of a key this layout's form has no place for (联系电话 on 甘肃's form)
          String layout = root instanceof YMap r && r.entries().get("layout") instanceof YScalar l
              ? l.text() : "";
          return diag(file, key == null ? at : key, "layout-key",
              lang.pick("表上的「" + m.getProperty() + "」是键 " + dropped + "，版式 " + layout
                      + " 的表上没有这一栏",
                  "'" + m.getProperty() + "' is the key " + dropped + ", which the " + layout
                      + " form has no place for"),
              lang.pick("删除「" + m.getProperty() + "」，或改用有此栏目的版式（见 README 的版式表）",
                  "delete " + m.getProperty() + " or choose a layout whose form has it"));
        }
        List<String> near = near(m.getProperty(), a.parent);
        String upTo = m.getInstanceLocation().toString().matches("/projects/\\d+")
            ? titled(m.getProperty(), scope(org.jixiao.model.DeclarationKeys.Scope.DECLARATION)) : null;
        return diag(file, key == null ? at : key, "unknown-key",
            lang.pick("未知的键「" + m.getProperty() + "」", "unknown key '" + m.getProperty() + "'"),
            (upTo == null ? "" : lang.pick("本版式的「" + m.getProperty() + "」是整个单位写一份的 " + upTo
                + ":，写在文件顶层，不在项目下；", "this layout keeps " + m.getProperty() + " once for the unit: write "
                + upTo + ": at the top of the file, not in a project; "))
            + (near.isEmpty() ? "" : lang.pick("表上名称相近的：" + String.join("、", near) + "；",
                "named alike on the form: " + String.join(", ", near) + "; "))
                + lang.pick("此处可用的键：", "keys allowed here: ") + String.join(", ", allowed)
                + Suggest.didYouMean(m.getProperty(), allowed, lang));
      }
      case "required" -> {
        String key = m.getProperty();
        String example = a.parent == null ? null : text(a.parent.at("/properties/" + key + "/title"));
        return diag(file, at, "required",
            lang.pick("缺少必填项 " + key + (example == null ? "" : "（" + example + "）"),
                "missing required key " + key),
            lang.pick("加上 " + key + ": …", "add " + key + ": …"));
      }
      case "enum" -> {
        List<String> allowed = new ArrayList<>();
        JsonNode e = a.self == null ? null : a.self.get("enum");
        if (e != null) {
          e.forEach(v -> {
            if (!v.isNull()) {
              allowed.add(v.asText());
            }
          });
        }
        if (m.getInstanceLocation().toString().equals("/layout")) {
          // the variants are the template folders, many and growing: named in the hint
          String best = Suggest.closest(value, allowed);
          if (best == null && value != null && !value.isBlank()) {
            // a folder name written short (ningde for ningde-2019-dept): the one name holding it
            List<String> holding = allowed.stream()
                .filter(n -> n.toLowerCase(java.util.Locale.ROOT).contains(value.strip().toLowerCase(java.util.Locale.ROOT)))
                .toList();
            best = holding.size() == 1 ? holding.get(0) : null;
          }
          return diag(file, at, "layout-unknown",
              lang.pick("没有版式「" + value + "」（templates/ 下没有这个文件夹）",
                  "there is no layout '" + value + "' (no such folder under templates/)"),
              (best == null ? "" : lang.pick("是不是想写 " + best + "？", "did you mean " + best + "? "))
                  + lang.pick("按地名或表名查找版式：jixiao layouts " + finderWord(value)
                      + "；可用的版式：" + String.join("、", allowed),
                      "find a layout by place or form name: jixiao layouts " + finderWord(value)
                      + "; the layouts there are: " + String.join(", ", allowed)));
        }
        return diag(file, at, "enum",
            lang.pick(title + " 只能是 " + String.join("、", allowed) + "，不是「" + value + "」",
                title + " must be one of " + String.join(", ", allowed) + ", not '" + value + "'"),
            lang.pick("从上面的值中选一个照抄", "copy one of the values above")
                + Suggest.didYouMean(value, allowed, lang));
      }
      case "maxProperties", "minProperties" -> {
        // the list form of a table (a name that repeats, a 一级 that comes again): one name an item
        return diag(file, at, "type",
            lang.pick("列表中的每一项只能有一个" + title + "（在「- 」后写一个名称）",
                "each item of the list holds one " + title + " (one name after '- ')"),
            lang.pick("每个" + title + "另起一项：- 名称:，换行后缩进写它下面的内容",
                "start each " + title + " as an item of its own: - name:, what it holds indented below"));
      }
      case "false" -> {
        return layoutKey(file, root, m, lang);
      }
      case "type" -> {
        if (m.getInstanceLocation().getNameCount() == 0) {
          return diag(file, at, "yaml-root", lang.pick(
              "文件的顶层必须是键值（layout: …, year: …, unit: …）",
              "the top of the file must be a mapping (layout: …, year: …, unit: …)"),
              lang.pick("参考 data/ 中的示例：第一行写 layout: hubei",
                  "start from a sample in data/: the first line is layout: hubei"));
        }
        if (a.self != null && a.self.has("x-no-value") && at instanceof YScalar v) {
          // 名称: 2 on a form without a 指标值 column (VariantSchema.noValueColumn)
          String name = lastName(m.getInstanceLocation());
          String keys = a.self.get("x-no-value").asText();
          String layout = root instanceof YMap r && r.entries().get("layout") instanceof YScalar l
              ? l.text() : "";
          return diag(file, at, "layout-key", lang.pick(
              "版式 " + layout + " 的表上没有指标值一栏：「" + name + "」的值「" + v.text().strip()
                  + "」无处可印",
              "the " + layout + " form has no 指标值 column: the value '" + v.text().strip()
                  + "' of '" + name + "' has nowhere to go"),
              lang.pick("写成 " + name + ": {…}，用表上有的栏目：" + keys,
                  "write " + name + ": {…} with the columns the form prints: " + keys));
        }
        if ("三级指标".equals(title) && at instanceof YScalar v && !v.isNull()) {
          // 数量指标: ≥95% — a value where the form's third-level rows belong
          String name = lastName(m.getInstanceLocation());
          String written = v.text().strip();
          return diag(file, at, "type", lang.pick(
              "二级指标「" + name + "」下应是三级指标，这里却是指标值「" + written + "」",
              "second-level indicator '" + name + "' holds the value '" + written
                  + "' where its third-level indicators belong"),
              lang.pick("三级指标写在二级指标之下、多缩进两格（" + name + ": 换行后 三级指标名称: " + written
                  + "）；若「" + name + "」本身是三级指标，把它移到一个二级指标之下",
                  "write the third-level indicators under it, indented two more spaces ("
                      + name + ": then on the next line  name: " + written
                      + "), or move it under a second-level indicator"));
        }
        return typeProblem(file, at, title, a, lang);
      }
      default -> {
        String rule = a.rule == null ? m.getType() : a.rule;
        String message = lang.pick(a.message, a.messageEn);
        String hint = lang.pick(a.hint, a.hintEn);
        message = message == null ? title + "：" + m.getMessage() : message;
        return diag(file, at, rule, message.replace("{title}", title).replace("{value}", value)
            .replace("{key}", lastName(m.getInstanceLocation())),
            hint == null ? "" : hint.replace("{title}", title));
      }
    }
  }

  /** A key the declared layout's form has no place for (a {@code false} schema in allOf). */
  private Diagnostic layoutKey(String file, YNode root, ValidationMessage m, Messages lang) {
    JsonNodePath path = m.getInstanceLocation();
    String key = String.valueOf(path.getElement(path.getNameCount() - 1));
    YNode parent = YJson.locate(root, path.getParent());
    YNode at = parent instanceof YMap map && map.keys().containsKey(key) ? map.keys().get(key)
        : YJson.locate(root, path);
    String layout = root instanceof YMap r && r.entries().get("layout") instanceof YScalar l
        ? l.text() : "";
    String title = titleOf(path);
    String what = title == null ? key : title + "（" + key + "）";
    return diag(file, at, "layout-key",
        lang.pick("版式 " + layout + " 的表上没有「" + what + "」",
            "the " + layout + " form has no place for '" + key + "'"),
        lang.pick("删除 " + key + "，或改用有此栏目的版式（见 README 的版式表）",
            "delete " + key + " or choose a layout whose form has it"));
  }

  private Diagnostic typeProblem(String file, YNode at, String title, Annotations a,
      Messages lang) {
    JsonNode types = a.self == null ? null : a.self.get("type");
    Set<String> t = new TreeSet<>();
    if (types != null && types.isArray()) {
      types.forEach(x -> t.add(x.asText()));
    } else if (types != null) {
      t.add(types.asText());
    }
    if (at instanceof YScalar s && s.isNull() && !t.contains("null")) {
      return diag(file, at, "required", lang.pick(title + " 不能为空", title + " must not be empty"),
          lang.pick("在冒号后填写" + title, "write the value after the colon"));
    }
    if (t.contains("object") && !t.contains("string")) {
      return diag(file, at, "type", lang.pick(title + " 应为键值（key: value）",
              title + " must be a mapping (key: value)"),
          at instanceof org.jixiao.model.YNode.YList
              ? lang.pick("这里不是列表：每行写 名称: 值，不以“- ”开头",
                  "not a list here: one 'name: value' per line, with no '- '")
              : lang.pick("检查缩进：子项要比上一级多缩进两个空格", "check the indentation of the children"));
    }
    if (t.contains("array") && t.contains("string")) {
      // one paragraph or a list of them (部门职能概述 written as the form prints it)
      return diag(file, at, "type", lang.pick(title + " 应为一段文字或列表（每项一行，以“- ”开头）",
          title + " must be text or a list (one item per line, starting with '- ')"),
          lang.pick("一段时写在冒号后面；多段时每段一行：\n      - 第一项",
              "one paragraph after the colon; several, one per line: - first item"));
    }
    if (t.contains("array")) {
      JsonNode items = a.self == null ? null : a.self.get("items");
      if (items != null && items.get("$ref") != null && items.get("$ref").asText().startsWith("#")) {
        items = schemaJson.at(items.get("$ref").asText().substring(1));
      }
      if (at instanceof YMap byName && !byName.entries().isEmpty()
          && byName.entries().values().iterator().next() instanceof YMap
          && items != null && items.at("/properties/name").isObject()) {
        // projects written keyed by their names (培训项目: {budget: …}): each name goes inside
        String first = byName.entries().keySet().iterator().next();
        return diag(file, at, "type", lang.pick(title + " 应为列表（每项以“- ”开头），名称写在项内",
                title + " must be a list (each item starting with '- '), its name inside it"),
            lang.pick("写成：\n      - name: " + first + "\n        （原来写在「" + first + ":」下面的各项，缩进对齐 name）",
                "write: - name: " + first + ", then what was under " + first + ": aligned with name"));
      }
      return diag(file, at, "type", lang.pick(title + " 应为列表（每项一行，以“- ”开头）",
          title + " must be a list (one item per line, starting with '- ')"),
          lang.pick("例如：\n      - 第一项", "e.g. - first item"));
    }
    return diag(file, at, "type", lang.pick(title + " 应为一段文字", title + " must be text"),
        lang.pick("把值写在冒号后面的同一行，例如 name: …", "write the value after the colon"));
  }

  private static Diagnostic diag(String file, YNode at, String rule, String message, String hint) {
    return new Diagnostic(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(),
        Severity.ERROR, rule, message, hint);
  }


  private static String lastName(JsonNodePath p) {
    for (int i = p.getNameCount() - 1; i >= 0; i--) {
      if (p.getElement(i) instanceof String s) {
        return s;
      }
    }
    return "文件";
  }

  /** What the schema says around the failing keyword: its schema, title, x-rule/message/hint. */
  private static final class Annotations {
    JsonNode parent;
    JsonNode self;
    String title;
    String rule;
    String message;
    String hint;
    String messageEn;
    String hintEn;
  }

  /**
   * Walks the evaluation path through our schema, following $ref, to collect the innermost
   * title and x- annotations; the last step is the failing keyword.
   */
  private Annotations annotations(JsonNodePath evaluation) {
    Annotations a = new Annotations();
    JsonNode n = schemaJson;
    int count = evaluation.getNameCount();
    for (int i = 0; i < count; i++) {
      collect(a, n);
      a.self = n;
      Object step = evaluation.getElement(i);
      if ("$ref".equals(step)) {
        n = schemaJson.at(n.get("$ref").asText().substring(1));
        continue;
      }
      if (i == count - 1) {
        break;
      }
      JsonNode next = step instanceof Integer idx ? n.get(idx) : n.get(String.valueOf(step));
      if (next == null) {
        break;
      }
      a.parent = n;
      n = next;
    }
    a.parent = a.self;
    return a;
  }

  private static void collect(Annotations a, JsonNode n) {
    if (n == null || !n.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      switch (e.getKey()) {
        case "title" -> a.title = e.getValue().asText();
        case "x-rule" -> a.rule = e.getValue().asText();
        case "x-message" -> a.message = e.getValue().asText();
        case "x-hint" -> a.hint = e.getValue().asText();
        case "x-message-en" -> a.messageEn = e.getValue().asText();
        case "x-hint-en" -> a.hintEn = e.getValue().asText();
        default -> { }
      }
    }
  }

  /** The title of the key at {@code path}, looked up where the base schema defines that scope. */
  private String titleOf(JsonNodePath path) {
    int n = path.getNameCount();
    String key = String.valueOf(path.getElement(n - 1));
    String first = String.valueOf(path.getElement(0));
    // the scope the key stands in: an indicator's unit (度量单位) is not the declaration's unit
    List<String> scopes = n == 1 ? List.of("/properties/")
        : n == 2 && first.equals("unit") ? List.of("/properties/unit/properties/")
        : n == 3 && first.equals("projects") ? List.of("/definitions/project/properties/")
        : n >= 4 ? List.of("/definitions/indicator/properties/",
            "/definitions/projectIndicator/properties/")
        : List.of("/properties/", "/properties/unit/properties/",
            "/definitions/project/properties/", "/definitions/indicator/properties/");
    // a key the layout leaves out is a false schema in the layout's copy: its title is the
    // shipped schema's
    for (String scope : scopes) {
      for (JsonNode schemaOf : List.of(schemaJson, SCHEMA_JSON)) {
        String t = text(schemaOf.at(scope + key + "/title"));
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }

  /**
   * The key a misspelt or unknown {@code word} stands for: the one key whose title (the name the
   * form, or the variant's fields:, gives it) is the word, spaces and a closing colon aside; else
   * the closest allowed key within two edits; else null.
   */
  private static String meant(String word, JsonNode parent, Set<String> allowed) {
    String titled = titled(word, parent);
    return titled != null ? titled : Suggest.closest(word, allowed);
  }

  /**
   * The one key of {@code parent} that this layout leaves out (a {@code false} schema) whose
   * title in the shipped schema is {@code word}; null when none or several.
   */
  private String dropped(String word, JsonNode parent, JsonNodePath at) {
    return theOne(word, parent, (key, schema) -> schema.isBoolean() && !schema.asBoolean()
        ? titleOf(at.append(key)) : null);
  }

  /**
   * The indicator table ({@code tables}) of scope {@code scope} ("declaration" or "project") whose
   * title on this schema's form is {@code written} ({@code 绩效指标:} for a project's
   * {@code indicators} where the variant titles it so); null when none.
   */
  String table(String scope, String written, List<String> tables) {
    if (tables.contains(written)) {
      return written;
    }
    String key = titled(written, scope(scope.equals("project") ? org.jixiao.model.DeclarationKeys.Scope.PROJECT
        : org.jixiao.model.DeclarationKeys.Scope.DECLARATION));
    return key != null && tables.contains(key) ? key : null;
  }

  /** The one property of {@code parent} whose title is {@code word}; null when none or several. */
  static String titled(String word, JsonNode parent) {
    return theOne(word, parent, (key, schema) -> key.equals(word) ? null : text(schema.get("title")));
  }

  /**
   * The keys whose title on the form holds {@code word} or is held by it, written alike but for
   * brackets and marks (年度 in 预算年度, 资金总额 in 年度资金总额; see {@link #alike}), nearest in
   * length first, three at
   * most, each as "key（title）"; a key of an object beside (单位名称 is {@code unit}'s
   * {@code name}, 部门（单位）名称) as "unit: name（title）". Only a hint: which is meant is not certain.
   */
  static List<String> near(String word, JsonNode parent) {
    JsonNode props = parent == null ? null : parent.get("properties");
    String w = loose(word == null ? "" : word);
    if (props == null || w.length() < 2) {
      return List.of();
    }
    record Near(String shown, int strength, int distance) {}
    List<Near> found = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      String t = text(e.getValue().get("title"));
      if (t != null && !e.getKey().equals(word) && alike(w, loose(t)) > 0) {
        found.add(new Near(e.getKey() + "（" + t + "）", alike(w, loose(t)),
            Math.abs(loose(t).length() - w.length())));
      }
      JsonNode inner = e.getValue().get("properties");
      if (inner != null) {
        for (Iterator<Map.Entry<String, JsonNode>> in = inner.fields(); in.hasNext();) {
          Map.Entry<String, JsonNode> f = in.next();
          String ft = text(f.getValue().get("title"));
          if (ft != null && alike(w, loose(ft)) > 0) {
            found.add(new Near(e.getKey() + ": " + f.getKey() + "（" + ft + "）", alike(w, loose(ft)),
                Math.abs(loose(ft).length() - w.length())));
          }
        }
      }
    }
    // a title that holds the word, or is held by it, says more than one a character or two off
    int best = found.stream().mapToInt(Near::strength).max().orElse(0);
    return found.stream().filter(n -> n.strength() == best)
        .sorted(Comparator.comparingInt(Near::distance)).limit(3).map(Near::shown).toList();
  }

  /**
   * How alike a written word and a title are: 2 when one holds the other or, both of four
   * characters or more, is the other with words left out (年度绩效目标 for 年度（实施期）绩效目标,
   * 年度目标 for 年度绩效目标); 1 when two characters differ at most (年度主要任务 for 年度工作任务);
   * else 0.
   */
  private static int alike(String written, String title) {
    if (title.length() < 2) {
      return 0;
    }
    if (title.contains(written) || written.contains(title)) {
      return 2;
    }
    if (written.length() < 4 || title.length() < 4) {
      return 0;
    }
    if (within(written, title) || within(title, written)) {
      return 2;
    }
    return org.jixiao.model.EditDistance.between(written, title) <= 2 ? 1 : 0;
  }

  /** Whether {@code part}'s characters are all in {@code whole}, in order. */
  private static boolean within(String part, String whole) {
    int i = 0;
    for (int j = 0; j < whole.length() && i < part.length(); j++) {
      if (whole.charAt(j) == part.charAt(i)) {
        i++;
      }
    }
    return i == part.length();
  }

  /** {@link #bare}, without brackets and marks: 部门（单位）名称 as 部门单位名称. */
  private static String loose(String s) {
    return bare(s).replaceAll("[()\\[\\]【】〔〕、/·:：,，.。\"'“”‘’]", "");
  }

  /**
   * The one property of {@code parent} whose title, as {@code title} gives it (null: not this
   * one), is {@code word} written alike ({@link #bare}), or, when none is, whose title less the
   * words in brackets that end it is (指标值 for hunan's 指标值（预计当年实现值）); null when none or
   * several.
   */
  private static String theOne(String word, JsonNode parent,
      java.util.function.BiFunction<String, JsonNode, String> title) {
    JsonNode props = parent == null ? null : parent.get("properties");
    if (props == null || word == null || bare(word).isEmpty()) {
      return null;
    }
    String w = bare(word);
    String found = null;
    int matches = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      String t = title.apply(e.getKey(), e.getValue());
      if (t != null && bareTitle(t).equals(w)) {
        found = e.getKey();
        matches++;
      }
    }
    if (matches > 0) {
      return matches == 1 ? found : null;
    }
    // the title without the words in brackets that end it: 指标值 for 指标值（预计当年实现值）
    for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      String t = title.apply(e.getKey(), e.getValue());
      if (t != null && unbracketed(bareTitle(t)).equals(w) && !unbracketed(bareTitle(t)).equals(bareTitle(t))) {
        found = e.getKey();
        matches++;
      }
    }
    return matches == 1 ? found : null;
  }

  /** {@code t} without the bracketed words that end it ({@code 指标值(预计当年实现值)} → 指标值). */
  private static String unbracketed(String t) {
    return ENDING_BRACKETS.matcher(t).replaceAll("");
  }

  /**
   * A key's name as the form prints it, written alike: half- and full-width the same, no spaces,
   * no closing colon and no unit in brackets after it (中央补助年度金额（万元）:, 其中 :上级资金).
   */
  private static String bare(String s) {
    String n = SPACES.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC)).replaceAll("");
    return MONEY_UNIT.matcher(COLONS.matcher(n).replaceAll("")).replaceAll("");
  }


  private static String bareTitle(String t) {
    return BARE_TITLES.computeIfAbsent(t, SchemaCheck::bare);
  }

  private static String text(JsonNode n) {
    return n == null || n.isMissingNode() ? null : n.asText();
  }

  /** The word to suggest to {@code jixiao layouts}: what the user wrote when it names a place. */
  private static String finderWord(String value) {
    String v = value == null ? "" : value.strip();
    return v.isEmpty() || v.length() > 20 || v.chars().allMatch(c -> c < 128) ? "宁德" : v;
  }
}
