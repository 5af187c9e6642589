package org.jixiao.variant;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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
      return texts().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(w)
          || holds(t, word, false) || holds(t, word, true))
          || titles.stream().anyMatch(t -> fits(t, word, false) || fits(t, word, true));
    }

    /** Everything a user may know the variant by: name, description, forms, printed titles. */
    List<String> texts() {
      List<String> all = new ArrayList<>(List.of(name, description));
      all.addAll(forms);
      titles.forEach(t -> all.add(Variant.Form.SLOT.matcher(t).replaceAll(" ")));
      return all;
    }
  }


  /**
   * Whether {@code word} is the whole title {@code title} prints, its slots filled in as the form
   * prints them (2023年省级财政林业草原专项资金（第一批）区域绩效目标表 is {year}年{project.专项}区域绩效目标表),
   * both written alike as {@link #holds}; a title whose fixed words are fewer than four characters
   * fits no word.
   */
  static boolean fits(String title, String word, boolean bare) {
    String[] fixed = Variant.Form.SLOT.split(title, -1);
    if (fixed.length < 2) {
      return false;
    }
    StringBuilder re = new StringBuilder();
    int length = 0;
    for (int i = 0; i < fixed.length; i++) {
      String part = plain(fixed[i], bare);
      length += part.length();
      re.append(Pattern.quote(part));
      if (i + 1 < fixed.length) {
        re.append(".*");
      }
    }
    String w = plain(word, bare);
    return length >= 4 && !w.isEmpty() && Pattern.compile(re.toString()).matcher(w).matches();
  }

  /**
   * Whether {@code text} holds {@code word} once both are written alike: full- and half-width
   * the same ({@code （} and {@code (}), no spaces or punctuation, and with {@code bare} without
   * what stands in brackets (部门整体支出绩效目标申报表 is the title 部门（单位）整体支出绩效目标申报表).
   */
  static boolean holds(String text, String word, boolean bare) {
    String w = plain(word, bare);
    return !w.isEmpty() && plain(text, bare).contains(w);
  }

  private static String plain(String s, boolean bare) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    if (bare) {
      t = t.replaceAll("\\([^()]*\\)", "");
    }
    return t.replaceAll("[\\s\\p{P}&&[^()]]", "");
  }

  /**
   * Up to {@code max} variants whose name, description or form titles are most like {@code
   * word} (shared pairs of characters, at least {@code 0.5} of them), most alike first: for a
   * word no variant holds (部门整体绩效目标表 typed from a form's head).
   */
  public static List<Entry> nearest(Variants variants, String word, int max) {
    Set<String> want = pairs(plain(word, true));
    if (want.isEmpty()) {
      return List.of();
    }
    record Scored(Entry entry, double score) {}
    List<Scored> scored = new ArrayList<>();
    for (Entry e : all(variants)) {
      double best = 0;
      for (String t : e.texts()) {
        Set<String> have = pairs(plain(t, true));
        long shared = want.stream().filter(have::contains).count();
        best = Math.max(best, 2.0 * shared / (want.size() + have.size()));
      }
      if (best >= 0.5) {
        scored.add(new Scored(e, best));
      }
    }
    return scored.stream().sorted(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparing(x -> x.entry().name())).limit(max).map(Scored::entry).toList();
  }

  private static Set<String> pairs(String s) {
    Set<String> out = new HashSet<>();
    int[] cps = s.codePoints().toArray();
    for (int i = 0; i + 1 < cps.length; i++) {
      out.add(new String(cps, i, 2));
    }
    if (cps.length == 1) {
      out.add(s);
    }
    return out;
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
    String near = org.jixiao.model.EditDistance.closest(word, variants.names());
    if (near != null) {
      return "；是不是想写 " + near + "？";
    }
    List<Entry> found = word.isBlank() ? List.of() : matching(variants, word);
    if (found.isEmpty()) {
      List<Entry> alike = word.isBlank() ? List.of() : nearest(variants, word, 3);
      return alike.isEmpty() ? "" : "；表名或说明与「" + word.strip() + "」最像的版式：" + String.join("、",
          alike.stream().map(e -> e.name() + (e.description().isEmpty() ? "" : "（" + e.description() + "）")).toList());
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
          v.forms().stream().map(Variant.Form::title).toList(), null);
    } catch (JixiaoException e) {
      String why = e.diagnostics().isEmpty() ? "variant.yaml 有误" : e.diagnostics().get(0).message();
      return new Entry(name, "", "", List.of(), List.of(), why);
    }
  }
}
