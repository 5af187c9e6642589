package org.jixiao.variant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;

/** Turns a variant file's merged content (already checked against its schema) into a {@link Variant}. */
final class VariantBuilder {
  private final String file;

  private VariantBuilder(String file) {
    this.file = file;
  }

  static Variant build(String file, String name, List<String> chain, Map<String, Object> m) {
    return new VariantBuilder(file).variant(name, chain, m);
  }

  private Variant variant(String name, List<String> chain, Map<String, Object> m) {
    List<Variant.Form> forms = forms(map(m.get("forms")));
    if (forms.isEmpty()) {
      throw bad("版式 " + name + " 没有列出任何表（forms:）",
          "在 variant.yaml 写 forms:，每张表一项：表的文件名: {title: 表头标题}");
    }
    Map<String, Map<String, Variant.Field>> fields = new LinkedHashMap<>();
    Map<String, Map<String, Variant.Field>> titles = new LinkedHashMap<>();
    map(m.get("fields")).forEach((scope, v) -> {
      Map<String, Variant.Field> f = new LinkedHashMap<>();
      Map<String, Variant.Field> t = new LinkedHashMap<>();
      java.util.Set<String> builtIn = builtIn(scope);
      map(v).forEach((key, spec) -> {
        Map<String, Object> s = map(spec);
        if (builtIn.contains(key)) {
          // a built-in key under the title the form prints: its kind of value stays the schema's
          if (s.get("kind") != null) {
            throw bad("fields: " + scope + ": " + key + " 是内置键，不能改它的 kind",
                "只写 " + key + ": {title: 表上的名称}（可加 description）；新的栏目请另起一个键名");
          }
          t.put(key, new Variant.Field(key, text(s.get("title"), key), text(s.get("description"), ""), ""));
        } else {
          f.put(key, new Variant.Field(key, text(s.get("title"), key), text(s.get("description"), ""),
              text(s.get("kind"), "text")));
        }
      });
      if (!f.isEmpty()) {
        fields.put(scope, f);
      }
      if (!t.isEmpty()) {
        titles.put(scope, t);
      }
    });
    Map<String, Variant.ValueList> lists = new LinkedHashMap<>();
    map(m.get("lists")).forEach((key, v) -> {
      Map<String, Object> s = map(v);
      lists.put(key, new Variant.ValueList(texts(s.get("values")), "true".equals(s.get("closed"))));
    });
    Map<String, Object> ind = map(m.get("indicators"));
    Map<String, List<String>> frame = new LinkedHashMap<>();
    map(ind.get("frame")).forEach((k, v) -> frame.put(k, texts(v)));
    Variant.Indicators indicators = new Variant.Indicators(
        "1".equals(ind.get("levels")) ? 1 : "2".equals(ind.get("levels")) ? 2 : 3, texts(ind.get("first_level")), frame,
        texts(ind.get("optional")));
    List<List<String>> foot = new ArrayList<>();
    for (Object row : list(m.get("foot"))) {
      foot.add(row instanceof List<?> l ? texts(l) : List.of(text(row, "")));
    }
    Map<String, Variant.Check> checks = new LinkedHashMap<>();
    map(m.get("checks")).forEach((id, v) -> {
      if (v instanceof String level) {
        checks.put(id, new Variant.Check(level, Map.of()));
      } else {
        Map<String, Object> params = new LinkedHashMap<>(map(v));
        Object level = params.remove("level");
        params.values().removeIf(java.util.Objects::isNull);
        checks.put(id, new Variant.Check(level instanceof String s ? s : null, params));
      }
    });
    Map<String, Object> init = new LinkedHashMap<>(map(m.get("init")));
    init.values().removeIf(java.util.Objects::isNull);
    return new Variant(name, text(m.get("description"), name), chain, forms, fields, titles, lists,
        indicators, foot, checks, init);
  }

  private List<Variant.Form> forms(Map<String, Object> forms) {
    List<Variant.Form> out = new ArrayList<>();
    forms.forEach((fileName, v) -> {
      if ("false".equals(v)) {
        return; // an edition leaves out a form of the variant it extends
      }
      Map<String, Object> s = map(v);
      Map<String, List<String>> keys = new LinkedHashMap<>();
      map(s.get("keys")).forEach((scope, names) -> keys.put(scope, texts(names)));
      out.add(new Variant.Form(fileName, text(s.get("title"), fileName),
          text(s.get("template"), fileName + ".vm"), "project".equals(s.get("each")),
          "projects".equals(s.get("when")), "true".equals(s.get("optional")), keys,
          texts(s.get("required"))));
    });
    return out;
  }

  /** The built-in keys of a scope of variant.yaml's fields: (those of the shipped schema). */
  static java.util.Set<String> builtIn(String scope) {
    org.jixiao.model.DeclarationKeys.Scope s = switch (scope) {
      case "declaration" -> org.jixiao.model.DeclarationKeys.Scope.DECLARATION;
      case "unit" -> org.jixiao.model.DeclarationKeys.Scope.UNIT;
      case "task" -> org.jixiao.model.DeclarationKeys.Scope.TASK;
      case "project" -> org.jixiao.model.DeclarationKeys.Scope.PROJECT;
      case "spending" -> org.jixiao.model.DeclarationKeys.Scope.SPENDING;
      case "indicator" -> org.jixiao.model.DeclarationKeys.Scope.INDICATOR;
      // income and expenditure only take a title (variant.schema.json): no key of a variant's own
      case "funds" -> org.jixiao.model.DeclarationKeys.Scope.FUNDS;
      default -> null;
    };
    return s == null ? java.util.Set.of() : org.jixiao.model.DeclarationKeys.of(s);
  }

  private JixiaoException bad(String message, String hint) {
    return new JixiaoException(Diagnostic.error(file, 0, 0, "variant-file", message, hint));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static List<?> list(Object o) {
    return o instanceof List<?> l ? l : List.of();
  }

  private static List<String> texts(Object o) {
    return list(o).stream().filter(java.util.Objects::nonNull).map(Object::toString).toList();
  }

  private static String text(Object o, String dflt) {
    return o instanceof String s ? s : dflt;
  }
}
