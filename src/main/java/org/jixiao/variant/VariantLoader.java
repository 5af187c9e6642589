package org.jixiao.variant;

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
 * Reads {@code templates/<name>/variant.yaml}, checks it against its schema (each problem at its
 * file, line and key), and merges it over the variant it {@code extends}: mappings merge key by
 * key (a form set to {@code false} is removed), lists and texts replace.
 */
public final class VariantLoader {
  /** The variant file's schema as a classpath resource. */
  public static final String SCHEMA_RESOURCE = "/org/jixiao/variant/variant.schema.json";
  public static final String FILE = "variant.yaml";
  private static final FileSchema SCHEMA = FileSchema.load(SCHEMA_RESOURCE, "variant-file", "版式文件",
      "对照 README「A variant is a folder of files」一节列出的 variant.yaml 全部键（格式见 "
          + "src/main/resources/org/jixiao/variant/variant.schema.json）");
  private static final int MAX_DEPTH = 8;

  private VariantLoader() {}

  /** The variant {@code name} of {@code root}, with everything it extends merged in. */
  public static Variant load(TemplateRoot root, String name) {
    List<String> chain = new ArrayList<>();
    Map<String, Object> merged = read(root, name, chain);
    Variant v = VariantBuilder.build(root.display(name + "/" + FILE), name, chain, merged);
    checkKeys(root, chain, v);
    checkTemplates(root, chain, v);
    return v;
  }

  /**
   * Each form's template is in a folder of the chain: a form named anew where the parent's form
   * was meant (a title changed under another form name) is reported at its line in variant.yaml,
   * with the templates the chain has, when the variant is read, not first when a unit renders.
   */
  private static void checkTemplates(TemplateRoot root, List<String> chain, Variant v) {
    List<Diagnostic> out = new ArrayList<>();
    for (Variant.Form form : v.forms()) {
      if (chain.stream().anyMatch(f -> exists(root, f + "/" + form.template()))) {
        continue;
      }
      // the forms whose templates are there: the one a form named anew most likely meant
      List<Variant.Form> printed = v.forms().stream().filter(f -> f != form
          && chain.stream().anyMatch(c -> exists(root, c + "/" + f.template()))).toList();
      List<String> have = new ArrayList<>();
      for (String f : chain) {
        try {
          root.files(f, ".vm").stream().filter(n -> !have.contains(n)).forEach(have::add);
        } catch (IOException e) {
          // a folder that cannot be listed offers none
        }
      }
      String message = "forms: " + form.file() + ": 的模板 " + form.template() + " 在 templates/"
          + String.join("、templates/", chain) + " 中都没有";
      String hint = printed.isEmpty()
          ? (have.isEmpty() ? "" : "已有的模板：" + String.join("、", have) + "；要沿用其中一个，在这张表下写 template: …；")
          : "要印成「" + printed.get(0).file() + "」那样，在这张表下写 template: " + printed.get(0).template()
              + "；只改表题时不必另起一张表，在 forms: " + printed.get(0).file() + ": 下写 title: 即可（否则两张表都会印出）；";
      hint += "或在 templates/" + chain.get(0) + "/ 下放 " + form.template();
      out.add(located(root, chain, message, hint, tree -> {
        if (find(tree, "forms", form.file(), "template") instanceof YNode.YScalar sc) {
          return sc;
        }
        return find(tree, "forms") instanceof YNode.YMap m ? m.keys().get(form.file()) : null;
      }));
    }
    if (!out.isEmpty()) {
      throw new JixiaoException(out);
    }
  }

  /** Whether {@code path} is there; true when that cannot be told (rendering then says why). */
  private static boolean exists(TemplateRoot root, String path) {
    try (var in = root.open(path)) {
      return in != null;
    } catch (IOException | java.nio.file.InvalidPathException e) {
      // unreadable, or a name the locale cannot encode: not a missing template
      return true;
    }
  }

  /**
   * Every name under a form's {@code keys:} is a built-in key of its scope or one of the variant's
   * {@code fields:}: a misspelt one would refuse the data's key (layout-key) or print nothing, so it
   * is reported at its line in the file of the chain that wrote it, with the nearest names.
   */
  private static void checkKeys(TemplateRoot root, List<String> chain, Variant v) {
    List<Diagnostic> out = new ArrayList<>();
    for (Variant.Form form : v.forms()) {
      form.keys().forEach((scope, names) -> {
        java.util.Set<String> builtIn = VariantBuilder.builtIn(scope);
        if (builtIn.isEmpty()) {
          return; // a scope the schema has no keys for: nothing to compare with
        }
        java.util.Set<String> known = new java.util.TreeSet<>(builtIn);
        known.addAll(v.fields().getOrDefault(scope, Map.of()).keySet());
        for (String key : names) {
          if (!known.contains(key)) {
            out.add(unknownKey(root, chain, form.file(), scope, key, known));
          }
        }
      });
      // {project.KEY} in the title: one of the variant's own project keys, else it prints nothing
      java.util.Set<String> own = v.fields().getOrDefault("project", Map.of()).keySet();
      java.util.regex.Matcher m = Variant.Form.SLOT.matcher(form.title());
      while (m.find()) {
        String key = m.group(1).startsWith("project.") ? m.group(1).substring("project.".length()) : null;
        if (key != null && !own.contains(key)) {
          out.add(titleSlot(root, chain, form.file(), key, own));
        }
      }
    }
    if (!out.isEmpty()) {
      throw new JixiaoException(out);
    }
  }

  private static Diagnostic unknownKey(TemplateRoot root, List<String> chain, String form,
      String scope, String key, java.util.Set<String> known) {
    String near = FileSchema.closest(key, known);
    String hint = (near == null ? "" : "是不是想写 " + near + "？")
        + "表上新的栏目先在 fields: " + scope + ": 下定义：" + key + ": {title: 表上的栏名, kind: text}";
    String message = "forms: " + form + ": keys: " + scope + ": 中的「" + key + "」既不是内置键，"
        + "也不在 fields: " + scope + ": 里";
    // the file of the chain (this variant first) whose keys: list names it
    return located(root, chain, message, hint, tree -> {
      if (find(tree, "forms", form, "keys", scope) instanceof YNode.YList l) {
        for (YNode item : l.items()) {
          if (item instanceof YNode.YScalar sc && key.equals(sc.text())) {
            return sc;
          }
        }
      }
      return null;
    });
  }

  /**
   * A variant-file error at the node {@code pick} finds in the first file of {@code chain} (this
   * variant first, then what it extends) where it finds one; at the variant's own file when none.
   */
  private static Diagnostic located(TemplateRoot root, List<String> chain, String message,
      String hint, java.util.function.Function<YNode, YNode.YScalar> pick) {
    for (String name : chain) {
      String path = name + "/" + FILE;
      try {
        byte[] bytes = root.read(path);
        YNode.YScalar sc = bytes == null ? null
            : pick.apply(YamlLoader.parse(path, YamlLoader.decode(path, bytes)));
        if (sc != null) {
          return Diagnostic.error(root.display(path), sc.line(), sc.column(), "variant-file",
              message, hint);
        }
      } catch (IOException | JixiaoException e) {
        // read and parsed once already; fall through to the variant's own file
      }
    }
    return Diagnostic.error(root.display(chain.get(0) + "/" + FILE), 0, 0, "variant-file", message,
        hint);
  }

  private static Diagnostic titleSlot(TemplateRoot root, List<String> chain, String form, String key,
      java.util.Set<String> own) {
    String near = FileSchema.closest(key, own);
    String message = "forms: " + form + ": title: 中的 {project." + key + "} 不是本版式 fields: project: 里的键，表题那里会印成空白";
    String hint = (near == null ? "" : "是不是想写 {project." + near + "}？")
        + "表题中要印的项目自己的栏目先在 fields: project: 下定义：" + key + ": {title: 表上的名称, kind: text}";
    return located(root, chain, message, hint,
        tree -> find(tree, "forms", form, "title") instanceof YNode.YScalar sc ? sc : null);
  }

  /** The known name within two edits of {@code key} (the first in sorted order), or null. */
    private static YNode find(YNode n, String... path) {
    YNode at = n;
    for (String k : path) {
      if (!(at instanceof YNode.YMap m)) {
        return null;
      }
      at = m.entries().get(k);
    }
    return at;
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
    SCHEMA.check(file, tree);
    Map<String, Object> own = plainMap(tree);
    if (own.get("extends") instanceof String parent) {
      Map<String, Object> base = read(root, parent, chain);
      own.remove("extends");
      return merge(base, own);
    }
    return own;
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
