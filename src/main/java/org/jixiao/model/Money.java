package org.jixiao.model;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** An amount of money exactly as written (万元 keep 2 to 4 decimals on real forms): never a double. */
public record Money(BigDecimal value) {
  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}(\\.\\d{1,6})?");

  public Money {
    if (value == null) {
      throw new IllegalArgumentException("amount is null");
    }
  }

  /** Parses a plain decimal such as {@code 13468.54}; returns null when the text is not one. */
  public static Money parse(String text) {
    String t = text.strip();
    return DECIMAL.matcher(t).matches() ? new Money(new BigDecimal(t)) : null;
  }

  public Money plus(Money other) {
    BigDecimal sum = value.add(other.value);
    return new Money(sum.setScale(Math.max(value.scale(), other.value.scale())));
  }

  /** The amount at the precision it was written with: 4795 stays 4795, 2.46 stays 2.46. */
  public String text() {
    return value.toPlainString();
  }

  /** The amount with thousands separated as 湖南 forms print it: 1426.26 → 1,426.26. */
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
    return t.substring(0, sign) + sb;
  }

  @Override
  public String toString() {
    return text();
  }
}
