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
      String problem) {
    /** Whether {@code word} is in the name, the description or a form's name (any case). */
    boolean mentions(String word) {
      String w = word.strip().toLowerCase(Locale.ROOT);
      if (w.isEmpty()) {
        return true;
      }
      if (name.toLowerCase(Locale.ROOT).contains(w) || description.toLowerCase(Locale.ROOT).contains(w)) {
        return true;
      }
      return forms.stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).contains(w));
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
   * "是不是想写 X？" for a layout name {@code word} that is no variant: the variant within two
   * edits of it, else the one variant whose name, description or form mentions it, else the
   * few that do; "" when none is near.
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
      return "是不是想写 " + near + "？";
    }
    List<String> names = matching(variants, word).stream().map(Entry::name).toList();
    if (names.isEmpty()) {
      return "";
    }
    if (names.size() == 1) {
      return "是不是想写 " + names.get(0) + "？";
    }
    return "说明或名称含「" + word.strip() + "」的版式：" + String.join("、", names.stream().limit(8).toList())
        + (names.size() > 8 ? " 等 " + names.size() + " 个" : "") + "。";
  }

  private static Entry entry(Variants variants, String name) {
    try {
      Variant v = variants.get(name);
      return new Entry(name, v.description(), v.chain().size() > 1 ? v.chain().get(1) : "",
          v.forms().stream().map(Variant.Form::file).toList(), null);
    } catch (JixiaoException e) {
      String why = e.diagnostics().isEmpty() ? "variant.yaml 有误" : e.diagnostics().get(0).message();
      return new Entry(name, "", "", List.of(), why);
    }
  }
}
