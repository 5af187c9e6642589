package org.jixiao.model;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money exactly as written (万元 keep 2 to 4 decimals on real forms): never a double.
 * {@code note} is what the form prints after the amount in the same cell, in brackets, e.g.
 * {@code （高标准农田建设400万元，示范建设295万元）}: printed with the amount, left out of sums.
 */
public record Money(BigDecimal value, String note) {
  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}(\\.\\d{1,6})?");
  /** Thousands grouped by commas or spaces, as published forms print them: 1,234.56, 1 234. */
  private static final Pattern GROUPED =
      Pattern.compile("-?\\d{1,3}(?:([, ])\\d{3})(?:\\1\\d{3})*(\\.\\d{1,6})?");
  private static final Pattern UNIT = Pattern.compile("(?s).*\\d\\s*(万元|万|元)");
  private static final String QUOTES = "“”‘’「」『』\"'";
  /** What a form prints in an amount cell that has no amount: a dash, a slash, 无. */
  private static final Set<String> NONE = Set.of("-", "--", "—", "——", "–", "/", "无", "―", "─");
  /** An amount followed by a bracketed note in the same cell: 854万(高标准农田建设400万元,…). */
  private static final Pattern NOTED = Pattern.compile("(?s)(.*?\\d\\s*(?:万元|万|元)?)\\s*([(（][^()（）]*[)）])\\s*");

  public Money {
    if (value == null) {
      throw new IllegalArgumentException("amount is null");
    }
    note = note == null ? "" : note;
  }

  /** An amount with no note. */
  public Money(BigDecimal value) {
    this(value, "");
  }

  /** Parses a plain decimal such as {@code 13468.54}; returns null when the text is not one. */
  public static Money parse(String text) {
    String t = text.strip();
    return DECIMAL.matcher(t).matches() ? new Money(new BigDecimal(t)) : null;
  }

  /**
   * Parses an amount as transcribers copy it from published forms: full-width digits
   * ({@code １２３４}), thousands separators ({@code 1,234.56}, {@code 1 234}), a currency sign
   * ({@code ￥1,200}) and the unit after the number when it is the form's own ({@code 12.5万} in
   * 万元). The value keeps the decimals written. Null when the text is none of these; check
   * {@link #unitOf} first to tell a wrong unit from a mistyped number.
   */
  public static Money parseWritten(String text, String moneyUnit) {
    Matcher noted = NOTED.matcher(text);
    if (noted.matches()) {
      Money m = parseWritten(noted.group(1), moneyUnit);
      return m == null ? null : new Money(m.value, noted.group(2));
    }
    String t = number(text);
    String unit = unitOf(text);
    if (unit != null) {
      if (!unit.equals(moneyUnit)) {
        return null;
      }
      t = t.substring(0, t.length() - suffix(text).length()).strip();
    }
    Money m = parse(t);
    if (m != null) {
      return m;
    }
    Matcher g = GROUPED.matcher(t);
    return g.matches() ? parse(t.replace(g.group(1), "")) : null;
  }

  /** Whether the text is what a form prints where there is no amount ({@code —}, {@code /}, 无). */
  public static boolean isNone(String text) {
    return NONE.contains(Normalizer.normalize(text.strip(), Normalizer.Form.NFKC));
  }

  /** The money unit written after the number (万元 for 万元 or 万, 元), or null when none is. */
  public static String unitOf(String text) {
    Matcher noted = NOTED.matcher(text);
    String s = suffix(noted.matches() ? noted.group(1) : text);
    return s.isEmpty() ? null : s.startsWith("万") ? "万元" : "元";
  }

  private static String suffix(String text) {
    Matcher m = UNIT.matcher(number(text));
    return m.matches() ? m.group(1) : "";
  }

  /** Full-width digits and signs made ASCII, a currency sign and the spaces around dropped. */
  private static String number(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u2212', '-')
        .replace('\u00A0', ' ').replace('\u2009', ' ').replace('\u202F', ' ').strip();
    // quotes around the amount (“50.00”, 「50」) quote it; they are not part of it
    if (t.length() > 1 && QUOTES.indexOf(t.charAt(0)) >= 0
        && QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(1, t.length() - 1).strip();
    }
    if (t.startsWith("¥")) {
      t = t.substring(1).strip();
    } else if (t.startsWith("-¥")) {
      t = "-" + t.substring(2).strip();
    }
    return t;
  }

  public Money plus(Money other) {
    BigDecimal sum = value.add(other.value);
    return new Money(sum.setScale(Math.max(value.scale(), other.value.scale())));
  }

  /** The amount at the precision it was written with: 4795 stays 4795, 2.46 stays 2.46. */
  public String text() {
    return value.toPlainString();
  }

  /** The amount with thousands separated as 湖南 forms print it, and its note: 1426.26 → 1,426.26. */
  public String grouped() {
    String t = text();
    int sign = t.startsWith("-") ? 1 : 0;
    int dot = t.indexOf('.');
    int end = dot < 0 ? t.length() : dot;
    StringBuilder sb = new StringBuilder(t.substring(end));
    for (int i = end - 1, n = 0; i >= sign; i--, n++) {
      if (n > 0 && n % 3 == 0) {
        sb.insert(0, ',');
      }
      sb.insert(0, t.charAt(i));
    }
    return t.substring(0, sign) + sb + note;
  }

  /** The amount as written with its note, as the form prints the cell: 854（高标准农田建设400万元）. */
  public String printed() {
    return text() + note;
  }

  @Override
  public String toString() {
    return text();
  }
}
