package org.jixiao.enrich;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
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

  public static StandardTexts load(TemplateRoot root, String variant) {
    String name = variant + "/texts.yaml";
    byte[] bytes;
    try {
      bytes = root.read(name);
    } catch (IOException e) {
      bytes = null;
    }
    if (bytes == null) {
      throw new JixiaoException(Diagnostic.error(root.display(name), 0, 0, "texts-missing",
          "版式 " + variant + " 缺少标准文字文件", "在 templates/" + variant + "/ 下放一个 texts.yaml"));
    }
    String file = root.display(name);
    YNode root0 = YamlLoader.parse(file, YamlLoader.decode(file, bytes));
    Object plain = plain(root0);
    if (!(plain instanceof Map<?, ?> m)) {
      throw new JixiaoException(Diagnostic.error(file, 1, 1, "texts-shape",
          "标准文字文件的顶层必须是键值", "参考 templates/hubei/texts.yaml"));
    }
    Map<String, Object> values = new LinkedHashMap<>();
    m.forEach((k, v) -> values.put(k.toString(), v));
    return new StandardTexts(variant, values);
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
