package org.jixiao.variant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.model.YNode;
import org.jixiao.model.YamlLoader;
import org.jixiao.template.TemplateRoot;
import org.jixiao.model.YJson;

/**
 * Reads {@code templates/<name>/variant.yaml}, checks it against its schema (each problem at its
 * file, line and key), and merges it over the variant it {@code extends}: mappings merge key by
 * key (a form set to {@code false} is removed), lists and texts replace.
 */
public final class VariantLoader {
  /** The variant file's schema as a classpath resource. */
  public static final String SCHEMA_RESOURCE = "/org/jixiao/variant/variant.schema.json";
  public static final String FILE = "variant.yaml";
  private static final JsonSchema SCHEMA = load();
  private static final int MAX_DEPTH = 8;

  private VariantLoader() {}

  private static JsonSchema load() {
    try (InputStream in = VariantLoader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      JsonNode json = new ObjectMapper().readTree(in);
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(json,
          SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The variant {@code name} of {@code root}, with everything it extends merged in. */
  public static Variant load(TemplateRoot root, String name) {
    List<String> chain = new ArrayList<>();
    Map<String, Object> merged = read(root, name, chain);
    return VariantBuilder.build(root.display(name + "/" + FILE), name, chain, merged);
  }

  private static Map<String, Object> read(TemplateRoot root, String name, List<String> chain) {
    String path = name + "/" + FILE;
    String file = root.display(path);
    if (chain.contains(name) || chain.size() >= MAX_DEPTH) {
      throw new JixiaoException(Diagnostic.error(file, 0, 0, "variant-extends",
          "版式的 extends 绕成了圈：" + String.join(" → ", chain) + " → " + name,
          "让最上层的版式不写 extends"));
    }
    chain.add(name);
    byte[] bytes;
    try {
      bytes = TemplateRoot.isSafeName(name) ? root.read(path) : null;
    } catch (IOException e) {
      throw new JixiaoException(Diagnostic.error(file, 0, 0, "templates",
          "无法读取版式文件：" + e.getMessage(), "检查这个文件（它应是几 KiB 的 YAML）和读取权限"), e);
    }
    if (bytes == null) {
      throw new JixiaoException(Diagnostic.error(file, 0, 0, "variant-missing",
          "没有版式「" + name + "」（找不到 " + file + "）",
          "版式是 templates/ 下含 variant.yaml 的文件夹；现有：" + known(root)));
    }
    YNode tree = YamlLoader.parse(file, YamlLoader.decode(file, bytes));
    check(file, tree);
    Map<String, Object> own = plainMap(tree);
    if (own.get("extends") instanceof String parent) {
      Map<String, Object> base = read(root, parent, chain);
      own.remove("extends");
      return merge(base, own);
    }
    return own;
  }

  private static void check(String file, YNode tree) {
    List<Diagnostic> out = new ArrayList<>();
    // one message per place: a oneOf says only that no alternative matched, and a place with a
    // mistake deeper inside is the alternative meant (a form written as a mapping, not false);
    // what is left at one place are the alternatives, joined
    Map<String, List<String>> byPlace = new LinkedHashMap<>();
    List<ValidationMessage> all = new ArrayList<>(SCHEMA.validate(YJson.toJson(tree)));
    for (ValidationMessage m : all) {
      String where = m.getInstanceLocation().toString();
      boolean deeper = all.stream().map(o -> o.getInstanceLocation().toString())
          .anyMatch(o -> o.startsWith(where + "/") || where.isEmpty() && !o.isEmpty());
      if ("oneOf".equals(m.getType()) && all.size() > 1 || deeper) {
        continue;
      }
      byPlace.computeIfAbsent(where, k -> new ArrayList<>()).add(m.getMessage().replaceFirst("^\\S+: ", ""));
    }
    byPlace.forEach((where, messages) -> {
      YNode at = YJson.locate(tree, all.stream().filter(m -> m.getInstanceLocation().toString().equals(where))
          .findFirst().orElseThrow().getInstanceLocation());
      out.add(Diagnostic.error(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(),
          "variant-file", "版式文件 " + (where.isEmpty() ? "" : where + " ") + "有误："
              + String.join("；或者 ", messages),
          "对照 README「A variant is a folder of files」一节列出的 variant.yaml 全部键（格式见 "
              + "src/main/resources/org/jixiao/variant/variant.schema.json）"));
    });
    if (!out.isEmpty()) {
      out.sort(java.util.Comparator.comparingInt(Diagnostic::line));
      throw new JixiaoException(out);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
    Map<String, Object> out = new LinkedHashMap<>(base);
    for (Map.Entry<String, Object> e : over.entrySet()) {
      Object b = out.get(e.getKey());
      if (b instanceof Map<?, ?> bm && e.getValue() instanceof Map<?, ?> om) {
        out.put(e.getKey(), merge((Map<String, Object>) bm, (Map<String, Object>) om));
      } else {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  /** The tree as plain maps, lists and texts (null for an empty value). */
  static Map<String, Object> plainMap(YNode n) {
    return n instanceof YNode.YMap ? new LinkedHashMap<>(castMap(plain(n))) : new LinkedHashMap<>();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object o) {
    return (Map<String, Object>) o;
  }

  static Object plain(YNode n) {
    if (n instanceof YNode.YScalar s) {
      return s.isNull() ? null : s.text();
    }
    if (n instanceof YNode.YList l) {
      List<Object> out = new ArrayList<>();
      l.items().forEach(i -> out.add(plain(i)));
      return out;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    ((YNode.YMap) n).entries().forEach((k, v) -> out.put(k, plain(v)));
    return out;
  }

  private static String known(TemplateRoot root) {
    try {
      return String.join("、", root.variants());
    } catch (IOException e) {
      return "（无法列出：" + e.getMessage() + "）";
    }
  }
}
