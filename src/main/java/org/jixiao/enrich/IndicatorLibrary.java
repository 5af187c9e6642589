package org.jixiao.enrich;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.model.EditDistance;
import org.jixiao.model.YNode;
import org.jixiao.model.YNode.YMap;
import org.jixiao.model.YNode.YScalar;
import org.jixiao.model.YamlLoader;
import org.jixiao.template.TemplateRoot;

/**
 * A layout variant's standard indicator library ({@code templates/<variant>/indicators.yaml}):
 * the fixed frame of first- and second-level indicators and the standard third-level ones, each
 * with its explanation, unit, direction and defaults, verbatim from the variant's official
 * source. A project's own templates folder overrides the copy in the jar. A variant without the
 * file has an empty library.
 */
public final class IndicatorLibrary {
  private static final Set<String> ENTRY_KEYS =
      Set.of("explanation", "unit", "direction", "basis", "kind");
  private static final Set<String> DIRECTIONS = Set.of("", "≥", "≤", "=", "定性");
  private final String variant;
  /** 一级 → 二级 → standard third-level indicators (empty for a group the unit fills itself). */
  private final Map<String, Map<String, List<StandardIndicator>>> frame;
  private final Map<String, StandardIndicator> byName = new LinkedHashMap<>();
  private final List<Numbered> patterns = new ArrayList<>();

  private record Numbered(Pattern pattern, StandardIndicator indicator) {}

  IndicatorLibrary(String variant, Map<String, Map<String, List<StandardIndicator>>> frame) {
    this.variant = variant;
    Map<String, Map<String, List<StandardIndicator>>> copy = new LinkedHashMap<>();
    frame.forEach((c, groups) -> {
      Map<String, List<StandardIndicator>> g = new LinkedHashMap<>();
      groups.forEach((name, list) -> g.put(name, List.copyOf(list)));
      copy.put(c, Collections.unmodifiableMap(g));
    });
    this.frame = Collections.unmodifiableMap(copy);
    for (StandardIndicator s : all()) {
      if (s.name().contains("{n}")) {
        String regex = Pattern.quote(s.name()).replace("{n}", "\\E(\\d+)\\Q");
        patterns.add(new Numbered(Pattern.compile(regex), s));
      } else {
        byName.put(s.name(), s);
      }
    }
  }

  /** The library of {@code variant}, or an empty one when the variant ships none. */
  /** The library of a variant: its own indicators.yaml, else that of the variant it extends. */
  public static IndicatorLibrary of(org.jixiao.variant.Variants variants, String variant) {
    String file = variants.resolve(variants.get(variant), "indicators.yaml");
    return load(variants.root(), file == null ? variant : file.substring(0, file.indexOf('/')));
  }

  public static IndicatorLibrary load(TemplateRoot root, String variant) {
    String name = variant + "/indicators.yaml";
    String file = root.display(name);
    byte[] bytes;
    try {
      bytes = root.read(name);
    } catch (IOException e) {
      throw new JixiaoException(Diagnostic.error(file, 0, 0, "library-read",
          "无法读取标准指标库：" + e.getMessage(), "检查模板文件夹的读取权限"), e);
    }
    if (bytes == null) {
      return new IndicatorLibrary(variant, Map.of());
    }
    YNode tree = YamlLoader.parse(file, YamlLoader.decode(file, bytes));
    return new IndicatorLibrary(variant, new LibraryReader(file).frame(tree));
  }

  public String variant() {
    return variant;
  }

  public Map<String, Map<String, List<StandardIndicator>>> frame() {
    return frame;
  }

  public boolean isEmpty() {
    return frame.isEmpty();
  }

  /** Every standard third-level indicator, in frame order. */
  public List<StandardIndicator> all() {
    List<StandardIndicator> out = new ArrayList<>();
    frame.values().forEach(groups -> groups.values().forEach(out::addAll));
    return out;
  }

  /** The standard indicator of this third-level name; a numbered one comes back with its number. */
  public Optional<StandardIndicator> find(String name) {
    StandardIndicator s = byName.get(name);
    if (s != null) {
      return Optional.of(s);
    }
    for (Numbered p : patterns) {
      Matcher m = p.pattern().matcher(name);
      if (m.matches()) {
        return Optional.of(p.indicator().numberedAs(m.group(1)));
      }
    }
    return Optional.empty();
  }

  /** Up to {@code max} standard names nearest to {@code name}, nearest first. */
  public List<String> closest(String name, int max) {
    List<String> names = new ArrayList<>();
    for (StandardIndicator s : all()) {
      names.add(s.numbered() ? s.name().replace("{n}", "1") : s.name());
    }
    int limit = Math.max(2, name.length());
    return names.stream()
        .map(n -> Map.entry(n, EditDistance.between(name, n)))
        .filter(e -> e.getValue() <= limit)
        .sorted(Comparator.comparingInt(Map.Entry<String, Integer>::getValue))
        .limit(max).map(Map.Entry::getKey).toList();
  }

  /** Reads the library file; its mistakes are the template author's, reported like a user's. */
  private static final class LibraryReader {
    private final String file;

    LibraryReader(String file) {
      this.file = file;
    }

    Map<String, Map<String, List<StandardIndicator>>> frame(YNode tree) {
      YMap top = map(tree, "顶层");
      if (!top.entries().containsKey("frame")) {
        throw fail(top, "没有 frame: 键：一级 → 二级 → 三级 指标写在 frame: 之下");
      }
      YMap level1 = map(top.entries().get("frame"), "frame");
      Map<String, Map<String, List<StandardIndicator>>> out = new LinkedHashMap<>();
      Set<String> seen = new java.util.HashSet<>();
      for (Map.Entry<String, YNode> e1 : level1.entries().entrySet()) {
        Map<String, List<StandardIndicator>> groups = new LinkedHashMap<>();
        if (!isNull(e1.getValue())) {
          for (Map.Entry<String, YNode> e2 : map(e1.getValue(), e1.getKey()).entries().entrySet()) {
            List<StandardIndicator> list = new ArrayList<>();
            if (!isNull(e2.getValue())) {
              YMap level3 = map(e2.getValue(), e2.getKey());
              for (Map.Entry<String, YNode> e3 : level3.entries().entrySet()) {
                if (!seen.add(e3.getKey())) {
                  throw fail(level3.keys().get(e3.getKey()), "指标「" + e3.getKey() + "」重复");
                }
                list.add(entry(e1.getKey(), e2.getKey(), e3.getKey(), e3.getValue()));
              }
            }
            groups.put(e2.getKey(), list);
          }
        }
        out.put(e1.getKey(), groups);
      }
      return out;
    }

    private StandardIndicator entry(String c, String g, String name, YNode node) {
      if (isNull(node)) {
        return new StandardIndicator(c, g, name, "", "", "", "", "");
      }
      YMap m = map(node, name);
      for (YScalar k : m.keys().values()) {
        if (!ENTRY_KEYS.contains(k.text())) {
          throw fail(k, "未知的键「" + k.text() + "」；可用：" + String.join(", ",
              ENTRY_KEYS.stream().sorted().toList()));
        }
      }
      String direction = text(m, "direction");
      if (!DIRECTIONS.contains(direction)) {
        throw fail(m.entries().get("direction"), "direction 只能是 ≥、≤、= 或 定性，不是「" + direction + "」");
      }
      return new StandardIndicator(c, g, name, text(m, "explanation"), text(m, "unit"),
          direction, text(m, "basis"), text(m, "kind"));
    }

    private String text(YMap m, String key) {
      YNode n = m.entries().get(key);
      if (n == null || isNull(n)) {
        return "";
      }
      if (!(n instanceof YScalar s)) {
        throw fail(n, key + " 应为一段文字");
      }
      return s.text().strip();
    }

    private YMap map(YNode n, String what) {
      if (n instanceof YMap m) {
        return m;
      }
      throw fail(n, what + " 应为键值（key: value）");
    }

    private JixiaoException fail(YNode at, String message) {
      return new JixiaoException(Diagnostic.error(file, at == null ? 0 : at.line(),
          at == null ? 0 : at.column(), "library-shape", "标准指标库有误：" + message,
          "参考 templates/henan/indicators.yaml 的写法"));
    }

    private static boolean isNull(YNode n) {
      return n instanceof YScalar s && s.isNull();
    }
  }
}
