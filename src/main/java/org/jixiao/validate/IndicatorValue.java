package org.jixiao.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An indicator value as the form writes it: {@code ≥95%}, {@code ≤400 元/人}, {@code 100%},
 * {@code ≥600000 人次}, or qualitative text ({@code 有效保障}). Parsed from the text written.
 */
public record IndicatorValue(String operator, BigDecimal number, String unit, String text) {
  private static final Pattern QUANTITY =
      Pattern.compile("^(≥|≤|=|<|>|＞|＜)?\\s*(-?\\d+(?:\\.\\d+)?)\\s*(\\S.*)?$");
  /** A minus right after a number or % is a range dash (95%-105%), not a sign. */
  private static final Pattern PERCENT =
      Pattern.compile("((?<![\\d%\\s])-)?(\\d+(?:\\.\\d+)?)\\s*%");

  /** Whether the value is a number with an optional operator and unit (else it is qualitative). */
  public boolean quantitative() {
    return number != null;
  }

  public boolean percent() {
    return "%".equals(unit);
  }

  /** Parses {@code text}; anything that is not operator + number + unit is qualitative. */
  public static IndicatorValue parse(String text) {
    String t = text.strip();
    Matcher m = QUANTITY.matcher(t);
    if (m.matches()) {
      return new IndicatorValue(m.group(1) == null ? "" : m.group(1), new BigDecimal(m.group(2)),
          m.group(3) == null ? "" : m.group(3).strip(), t);
    }
    return new IndicatorValue("", null, "", t);
  }

  /** Every percentage written in {@code text}, e.g. both numbers of "95%-105%". */
  public static List<BigDecimal> percentages(String text) {
    List<BigDecimal> out = new ArrayList<>();
    Matcher m = PERCENT.matcher(text);
    while (m.find()) {
      BigDecimal p = new BigDecimal(m.group(2));
      out.add(m.group(1) == null ? p : p.negate());
    }
    return out;
  }

  /**
   * Look-alike characters typed for the form's own, in the order they are replaced. ＞ and ＜
   * are not among them: a strict comparison (＞90%) is a different target from ≥90% and real
   * forms print it (seed 004).
   */
  private static final String[][] LOOK_ALIKES = {
      {">=", "≥"}, {"＞＝", "≥"}, {"＞=", "≥"}, {"=>", "≥"}, {"≧", "≥"}, {"》", "≥"},
      {"<=", "≤"}, {"＜＝", "≤"}, {"＜=", "≤"}, {"=<", "≤"}, {"≦", "≤"}, {"《", "≤"},
      {"％", "%"}, {"＝", "="}, {"．", "."},
  };

  /**
   * The value with look-alike characters replaced (》90% → ≥90%, ９５％ → 95%), or null when
   * the value has none. Only values that are a number once fixed are touched, so text stays.
   */
  public static String fixLookAlikes(String text) {
    String fixed = text;
    for (String[] p : LOOK_ALIKES) {
      fixed = fixed.replace(p[0], p[1]);
    }
    StringBuilder sb = new StringBuilder();
    for (char c : fixed.toCharArray()) {
      sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
    }
    fixed = sb.toString();
    if (fixed.equals(text) || !parse(fixed).quantitative()) {
      return null;
    }
    return fixed;
  }
}
