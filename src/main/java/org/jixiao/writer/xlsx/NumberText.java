package org.jixiao.writer.xlsx;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as a form prints it, read back for a spreadsheet cell: its value and the Excel
 * number format that shows it exactly as written. {@code 4795} → 4795 with {@code 0};
 * {@code 1656.57} → {@code 0.00}; {@code 1,426.26} → {@code #,##0.00}; {@code 34.55%} → 0.3455
 * with {@code 0.00%}; an amount with its money unit in the cell, as some forms print it
 * ({@code 280万元}, {@code 1,200.50元}), → 280 with {@code 0"万元"}. Anything else (empty, ……,
 * 0012, a phone number, text, a count such as 1个) is not a number.
 */
record NumberText(double value, String format) {
  /** Digits grouped by commas or not, no leading zero, optional decimals and percent sign. */
  private static final Pattern NUMBER =
      Pattern.compile("(-?)(0|[1-9]\\d{0,2}(?:,\\d{3})+|[1-9]\\d*)(?:\\.(\\d+))?(%?|万元|亿元|千元|元|万)");
  /** A double holds 15 significant digits exactly; more would print differently from the text. */
  private static final int MAX_DIGITS = 15;

  /** The number {@code text} writes, or null when it is not one. */
  static NumberText parse(String text) {
    Matcher m = NUMBER.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    String whole = m.group(2);
    String decimals = m.group(3) == null ? "" : m.group(3);
    boolean grouped = whole.indexOf(',') >= 0;
    BigDecimal v = new BigDecimal(m.group(1) + whole.replace(",", "")
        + (decimals.isEmpty() ? "" : "." + decimals));
    if (v.precision() > MAX_DIGITS) {
      return null;
    }
    boolean percent = m.group(4).equals("%");
    String unit = percent ? "" : m.group(4);
    StringBuilder f = new StringBuilder(grouped ? "#,##0" : "0");
    if (!decimals.isEmpty()) {
      f.append('.').append("0".repeat(decimals.length()));
    }
    if (percent) {
      f.append('%');
      v = v.movePointLeft(2);
    }
    if (!unit.isEmpty()) {
      f.append('"').append(unit).append('"');
    }
    return new NumberText(v.doubleValue(), f.toString());
  }
}
