package org.jixiao.variant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.diag.JixiaoException;

/**
 * Finds layout variants by what a user knows of their form: the folder name, or a place, a year
 * or a form's name as the variant's description and forms say it ({@code 宁德}, {@code 416号},
 * {@code 部门整体}). The folder names are the project's; the words are the user's.
 */
public final class VariantFinder {
  /** One variant as a list shows it; {@code problem} is set when its variant.yaml is wrong. */
  public record Entry(String name, String description, String parent, List<String> forms,
      List<String> titles, String problem) {
    /**
     * Whether {@code word} is in the name, the description, a form's name or the title it prints
     * (its {year}, {unit} and {project} left out) in any case.
     */
    boolean mentions(String word) {
      String w = word.strip().toLowerCase(Locale.ROOT);
      if (w.isEmpty()) {
        return true;
      }
      if (name.toLowerCase(Locale.ROOT).contains(w) || description.toLowerCase(Locale.ROOT).contains(w)) {
        return true;
      }
      // the place and the title run together as a form prints them: 蒙城县项目支出绩效目标申报表
      // for 蒙城县（安徽） 项目支出绩效目标申报表（…）
      String run = description.replaceAll("（[^（）]{1,8}）", "").replaceAll("[\\s　]+", "");
      if (run.contains(w.replaceAll("[\\s　]+", ""))) {
        return true;
      }
      return forms.stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).contains(w))
          || titles.stream().anyMatch(t -> t.contains(w));
    }
  }

  private VariantFinder() {}

  /** Every variant of {@code variants}, by name. */
  public static List<Entry> all(Variants variants) {
    List<Entry> all = new ArrayList<>();
    for (String name : variants.names().stream().sorted().toList()) {
      all.add(entry(variants, name));
    }
    return all;
  }

  /**
   * The variants that mention every one of {@code words} (space-separated, so {@code 湖北 项目} finds
   * the 湖北 variants with a 项目 form), by name.
   */
  public static List<Entry> matching(Variants variants, String words) {
    String[] each = words.strip().split("[\\s　]+");
    return all(variants).stream()
        .filter(e -> java.util.Arrays.stream(each).allMatch(e::mentions))
        .toList();
  }

  /**
   * What to tell a user whose layout name {@code word} is no variant, starting with "；": the
   * variant within two edits of it ("；是不是想写 X？"), else the variants whose name, description or
   * form mentions it, each with its description (they look for the form by the name it prints:
   * 中央预算内投资, 东莞), in name order; "" when none is near.
   */
  public static String hint(Variants variants, String word) {
    String near = null;
    int best = 3;
    for (String name : variants.names().stream().sorted().toList()) {
      int d = org.jixiao.model.DeclarationReader.distance(word, name);
      if (d < best && d > 0) {
        near = name;
        best = d;
      }
    }
    if (near != null) {
      return "；是不是想写 " + near + "？";
    }
    List<Entry> found = word.isBlank() ? List.of() : matching(variants, word);
    if (found.isEmpty()) {
      return "";
    }
    if (found.size() == 1 && found.get(0).name().contains(word.strip())) {
      return "；是不是想写 " + found.get(0).name() + "？";
    }
    return "；名称或说明含「" + word.strip() + "」的版式：" + String.join("、", found.stream().limit(8)
        .map(e -> e.name() + (e.description().isEmpty() ? "" : "（" + e.description() + "）")).toList())
        + (found.size() > 8 ? " 等 " + found.size() + " 个" : "");
  }

  private static Entry entry(Variants variants, String name) {
    try {
      Variant v = variants.get(name);
      return new Entry(name, v.description(), v.chain().size() > 1 ? v.chain().get(1) : "",
          v.forms().stream().map(Variant.Form::file).toList(),
          v.forms().stream().map(f -> f.title().replaceAll("\\{(year|unit|project)\\}", " ")).toList(), null);
    } catch (JixiaoException e) {
      String why = e.diagnostics().isEmpty() ? "variant.yaml 有误" : e.diagnostics().get(0).message();
      return new Entry(name, "", "", List.of(), List.of(), why);
    }
  }
}
