package org.jixiao.enrich;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.model.FileSchema;
import org.jixiao.model.YNode;
import org.jixiao.model.YamlLoader;
import org.jixiao.template.TemplateRoot;

/**
 * A layout variant's standard texts ({@code templates/<variant>/texts.yaml}): statements,
 * fillers, 填报说明, default fund lines and the forms the variant prints. Wording belongs to the
 * province, so it lives beside the templates, never in Java.
 */
public record StandardTexts(String variant, Map<String, Object> values) {
  public StandardTexts {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** What every form may need and a variant need not write: 合计, …… and 无. */
  private static final String DEFAULTS = "/org/jixiao/enrich/default-texts.yaml";
  /** The shapes of the keys jixiao and the shipped templates read; other keys are the variant's own. */
  public static final String SCHEMA_RESOURCE = "/org/jixiao/enrich/texts.schema.json";
  private static final FileSchema SCHEMA = FileSchema.load(SCHEMA_RESOURCE, "texts-shape", "标准文字文件",
      "对照 README「A variant is a folder of files」一节的 texts.yaml（各键的形状见 "
          + "src/main/resources/org/jixiao/enrich/texts.schema.json）");

  /**
   * The texts of a variant and of what it extends ({@code chain}: the variant first): the
   * defaults, then each texts.yaml found, the nearer one's entries over the farther one's, key by
   * key. A variant needs no texts.yaml of its own.
   */
  public static StandardTexts load(TemplateRoot root, List<String> chain) {
    Map<String, Object> merged = defaults();
    for (int i = chain.size() - 1; i >= 0; i--) {
      byte[] bytes;
      try {
        bytes = root.read(chain.get(i) + "/texts.yaml");
      } catch (IOException e) {
        // a texts.yaml there that cannot be read is not one that is absent: say which and why
        throw new org.jixiao.diag.JixiaoException(org.jixiao.diag.Diagnostic.error(
            root.display(chain.get(i) + "/texts.yaml"), 0, 0, "templates",
            "无法读取版式的文字：" + e.getMessage(), "检查这个文件（它应是几 KiB 的 YAML）和读取权限"), e);
      }
      if (bytes != null) {
        merged = merge(merged, parse(root.display(chain.get(i) + "/texts.yaml"), bytes));
      }
    }
    return new StandardTexts(chain.get(0), merged);
  }

  private static Map<String, Object> defaults() {
    try (var in = StandardTexts.class.getResourceAsStream(DEFAULTS)) {
      return parse(DEFAULTS, in.readAllBytes());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
    Map<String, Object> out = new LinkedHashMap<>(base);
    over.forEach((k, v) -> {
      if ("".equals(v) && (out.get(k) instanceof Map<?, ?> || out.get(k) instanceof List<?>)) {
        // a key with nothing after it removes the rows or mapping the parent gives (e.g. a
        // frame: first level the edition's form does not print) instead of keeping the key as
        // an empty text, which a frame would still print as a first level with no rows
        out.remove(k);
      } else {
        out.put(k, out.get(k) instanceof Map<?, ?> b && v instanceof Map<?, ?> o
            ? java.util.Collections.unmodifiableMap(merge((Map<String, Object>) b, (Map<String, Object>) o))
            : v);
      }
    });
    return out;
  }

  /**
   * One texts.yaml: a map at the top whose known keys have their shapes ({@code frame: 5} would
   * otherwise be read as no frame at all), else one diagnostic per place, at its line.
   */
  private static Map<String, Object> parse(String file, byte[] bytes) {
    YNode root0 = YamlLoader.parse(file, YamlLoader.decode(file, bytes));
    Object plain = plain(root0);
    if (!(plain instanceof Map<?, ?> m)) {
      throw new JixiaoException(Diagnostic.error(file, 1, 1, "texts-shape",
          "标准文字文件的顶层必须是键值", "参考 templates/hubei/texts.yaml"));
    }
    SCHEMA.check(file, root0);
    Map<String, Object> values = new LinkedHashMap<>();
    m.forEach((k, v) -> values.put(k.toString(), v));
    return values;
  }

  private static Object plain(YNode n) {
    if (n instanceof YNode.YScalar s) {
      return s.text() == null ? "" : s.text();
    }
    if (n instanceof YNode.YList l) {
      List<Object> out = new ArrayList<>();
      l.items().forEach(i -> out.add(plain(i)));
      return List.copyOf(out);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    ((YNode.YMap) n).entries().forEach((k, v) -> out.put(k, plain(v)));
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * The 资金来源 lines of {@code project_sources} marked {@code part: "yes"}, as a declaration names
   * them (without 其中：): lines within another line, which do not add to the 合计.
   */
  public java.util.Set<String> sourceParts() {
    java.util.Set<String> parts = new java.util.LinkedHashSet<>();
    if (values.get("project_sources") instanceof List<?> lines) {
      for (Object o : lines) {
        if (o instanceof Map<?, ?> m && m.get("name") instanceof String n && "yes".equals(m.get("part"))) {
          parts.add(n.replace("其中：", "").strip());
        }
      }
    }
    return parts;
  }

  /**
   * The amounts of a project's 资金来源 lines that add up to its 合计, in the order written: every
   * line but those within another ({@link #sourceParts}). The printed 合计 ({@code ProjectModel})
   * and its check ({@code total-sources}) both take them from here, so they cannot drift.
   */
  public List<org.jixiao.model.Money> summedSources(Map<String, org.jixiao.model.Money> sources) {
    return summedSources(sources, sourceParts());
  }

  /** As {@link #summedSources(Map)}, with the part lines given (none without a variant). */
  public static List<org.jixiao.model.Money> summedSources(
      Map<String, org.jixiao.model.Money> sources, java.util.Set<String> parts) {
    List<org.jixiao.model.Money> out = new java.util.ArrayList<>();
    sources.forEach((name, amount) -> {
      if (amount != null && !parts.contains(name.strip())) {
        out.add(amount);
      }
    });
    return out;
  }

  /** A text at a dotted path such as {@code statements.secondary_unit}; "" when absent. */
  public String text(String path) {
    Object o = get(path);
    return o instanceof String s ? s : "";
  }

  /** A list of texts at a dotted path; empty when absent. */
  public List<String> list(String path) {
    Object o = get(path);
    if (!(o instanceof List<?> l)) {
      return List.of();
    }
    return l.stream().map(Object::toString).toList();
  }

  private Object get(String path) {
    Object cur = values;
    for (String part : path.split("\\.")) {
      if (!(cur instanceof Map<?, ?> m)) {
        return null;
      }
      cur = m.get(part);
    }
    return cur;
  }
}
