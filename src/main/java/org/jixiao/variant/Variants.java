package org.jixiao.variant;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.template.TemplateRoot;

/** The variants of one template root, each read once. */
public final class Variants {
  private final TemplateRoot root;
  private final Set<String> names;
  private final Map<String, Variant> loaded = new ConcurrentHashMap<>();

  public Variants(TemplateRoot root) {
    this.root = root;
    try {
      this.names = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(root.variants()));
    } catch (IOException e) {
      throw new JixiaoException(Diagnostic.error(root.describe(), 0, 0, "templates",
          "无法读取模板文件夹：" + e.getMessage(), "检查 --templates 指向的文件夹"), e);
    }
  }

  public TemplateRoot root() {
    return root;
  }

  /** The names of the variants there are (folders with a variant.yaml), in order. */
  public Set<String> names() {
    return names;
  }

  /** Variant {@code name}, read with everything it extends; a problem in its file is thrown. */
  public Variant get(String name) {
    Variant v = loaded.get(name);
    if (v == null) {
      v = VariantLoader.load(root, name);
      loaded.putIfAbsent(name, v);
    }
    return v;
  }

  /** What the declaration reader needs to know of variant {@code name}: its keys and levels. */
  public org.jixiao.model.Shape shape(String name) {
    Variant v = get(name);
    Map<String, Set<String>> fields = new java.util.HashMap<>();
    Set<String> money = new java.util.HashSet<>();
    Set<String> paragraphs = new java.util.HashSet<>();
    v.fields().forEach((scope, f) -> {
      fields.put(scope, f.keySet());
      f.values().stream().filter(x -> "money".equals(x.kind()))
          .forEach(x -> money.add(scope + "." + x.key()));
      f.values().stream().filter(x -> "texts".equals(x.kind()))
          .forEach(x -> paragraphs.add(scope + "." + x.key()));
    });
    return new org.jixiao.model.Shape(fields, v.indicators().levels(), money, paragraphs);
  }

  /**
   * The file {@code name} of variant {@code v} as the template root names it: from the first
   * folder of its chain (itself, then what it extends) that has it; null when none has.
   */
  public String resolve(Variant v, String name) {
    for (String folder : v.chain()) {
      String path = folder + "/" + name;
      try (var in = root.open(path)) {
        if (in != null) {
          return path;
        }
      } catch (IOException e) {
        // try the next folder
      }
    }
    return null;
  }
}
