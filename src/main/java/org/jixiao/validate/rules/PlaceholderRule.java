package org.jixiao.validate.rules;

import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.model.DeclarationReader;
import org.jixiao.model.YNode;
import org.jixiao.model.YNode.YList;
import org.jixiao.model.YNode.YMap;
import org.jixiao.model.YNode.YScalar;
import org.jixiao.validate.Context;
import org.jixiao.validate.IndicatorLine;
import org.jixiao.validate.Rule;

/**
 * Template placeholders left in (XX, ××, 待填写, 请填写, （略）, TBD, N/A, 。。。) anywhere in the
 * file, and junk typed into an empty indicator line (a name such as 110001 or /, a value /).
 * Reads every scalar of the YAML tree, so keys added later are covered too.
 */
public final class PlaceholderRule implements Rule {
  static final Pattern PLACEHOLDER = Pattern.compile("(?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])|×{2,}"
      + "|待填写|请填写|[（(]\\s*略\\s*[)）]|(?i)(?<![a-z])(?:TBD|N/A)(?![a-z])|。{3,}");
  /** A line name made only of digits and punctuation: 110001, 111, /. */
  static final Pattern JUNK_NAME = Pattern.compile("^[\\d\\s/\\\\\\-—_.,，、]+$");
  /** A value made only of slashes or dashes. */
  static final Pattern JUNK_VALUE = Pattern.compile("^[\\s/\\\\\\-—_]+$");

  /** The text cells of an indicator line, where a bare number (111) is junk too. */
  static final java.util.Set<String> TEXT_FIELDS = java.util.Set.of("content", "scoring",
      "explanation");

  @Override
  public String id() {
    return "placeholder";
  }

  @Override
  public String level() {
    return "warning";
  }

  @Override
  public void check(Context ctx) {
    walk(ctx, ctx.root(), Where.TOP);
  }

  /** Where a node sits: the file's top, a project, an indicator table, an indicator's fields. */
  private enum Where { TOP, PROJECT, TABLE, FIELDS, OTHER }

  /** Top-level keys whose values name things jixiao knows rather than texts the form prints. */
  private static final java.util.Set<String> NAMES = java.util.Set.of("layout", "forms");

  private void walk(Context ctx, YNode n, Where where) {
    if (n instanceof YMap m) {
      for (Map.Entry<String, YNode> e : m.entries().entrySet()) {
        YScalar key = m.keys().get(e.getKey());
        if (where == Where.TABLE) {
          text(ctx, key);
          if (JUNK_NAME.matcher(e.getKey()).matches()) {
            junk(ctx, key, e.getKey());
          }
        }
        if (where == Where.FIELDS && TEXT_FIELDS.contains(e.getKey())
            && e.getValue() instanceof YScalar v && v.text() != null
            && JUNK_NAME.matcher(v.text()).matches() && !JUNK_VALUE.matcher(v.text()).matches()) {
          junk(ctx, v, v.text());
        }
        if (where == Where.TOP && NAMES.contains(e.getKey())) {
          continue; // a variant's or a form's name is not text the form prints (hunan-xx)
        }
        walk(ctx, e.getValue(), inside(where, e.getKey(), e.getValue()));
      }
    } else if (n instanceof YList l) {
      for (YNode i : l.items()) {
        walk(ctx, i, where == Where.TOP ? Where.OTHER : where);
      }
    } else if (n instanceof YScalar s && s.text() != null) {
      text(ctx, s);
      if ((where == Where.TABLE || where == Where.FIELDS) && JUNK_VALUE.matcher(s.text()).matches()) {
        junk(ctx, s, s.text());
      }
    }
  }

  /** Where the value of {@code key} sits, one level below {@code where}. */
  private static Where inside(Where where, String key, YNode value) {
    return switch (where) {
      case TOP -> IndicatorLine.TABLES.contains(key) ? Where.TABLE
          : key.equals("projects") && value instanceof YList ? Where.PROJECT : Where.OTHER;
      case PROJECT -> IndicatorLine.PROJECT_TABLES.contains(key) ? Where.TABLE : Where.OTHER;
      // an indicator line's map of value, content, …: its keys are field names, not indicators
      case TABLE -> value instanceof YMap m && !m.entries().isEmpty()
          && DeclarationReader.LEAF_KEYS.containsAll(m.entries().keySet()) ? Where.FIELDS : Where.TABLE;
      default -> where;
    };
  }

  private static void text(Context ctx, YScalar s) {
    if (!mayHold(s.text())) {
      return;
    }
    var m = PLACEHOLDER.matcher(s.text());
    if (m.find()) {
      ctx.error(s, "「" + m.group() + "」是没填的占位符：" + s.text(),
          "'" + m.group() + "' is a placeholder left in: " + s.text(),
          "填写实际内容；确实没有时写 无 或删除该行", "write the real content, or 无 when there is none");
    }
  }

  /**
   * False when {@link #PLACEHOLDER} cannot match {@code t}: each of its matches begins with two
   * of X, x, Ｘ, ｘ, with ××, 待填, 请填, a bracket （ or (, with T and B or N and / (either
   * case), or with 。。. One pass over the characters instead of the pattern's alternatives tried
   * at every position of every value.
   */
  static boolean mayHold(String t) {
    int n = t.length();
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c == '（' || c == '(') {
        return true;
      }
      if (i + 1 < n) {
        char d = t.charAt(i + 1);
        if (isX(c) && isX(d) || c == '×' && d == '×' || (c == '待' || c == '请') && d == '填'
            || (c == 'T' || c == 't') && (d == 'B' || d == 'b')
            || (c == 'N' || c == 'n') && d == '/' || c == '。' && d == '。') {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isX(char c) {
    return c == 'X' || c == 'x' || c == 'Ｘ' || c == 'ｘ';
  }

  private static void junk(Context ctx, YScalar s, String text) {
    ctx.error(s, "「" + text + "」像是在空行里随手填的字符", "'" + text + "' looks like junk typed into an empty line",
        "空的指标行不用填：删除该行，或写 无（列表未完时写 ……:）",
        "leave empty lines out: delete the line or write 无");
  }
}
