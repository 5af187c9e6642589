package org.jixiao.writer;

/**
 * Estimates how text wraps in a table cell (XLSX row heights, DOCX page planning) from character
 * classes, without font files: Excel and Word on Windows draw 宋体 while LibreOffice substitutes
 * a different CJK face with wider Latin glyphs, so every width here is the wider of the two, and
 * rows come out a little tall rather than clipped.
 */
public final class TextMeasure {
  /**
   * Line pitch as a multiple of the font size, as the PDF sets it and as Excel draws 宋体. The
   * generous widths here leave room for LibreOffice's CJK faces (pitch 1.45): measured on every
   * sample, no text clipped, and the sheets print at 100 % on as many pages as the PDF.
   */
  public static final double LEADING = 1.3;
  /** Left plus right inset of text in a cell, points. */
  public static final double PAD_H = 5;
  /** Top plus bottom space in a cell, points. */
  public static final double PAD_V = 5;
  /** Part of a line that is filled before wrapping; line-breaking rules waste the rest. */
  private static final double FILL = 0.96;
  private static final String CLOSING = "，。、；：？！）》」』】〕〉…—”’％·,.;:?!)]}%";
  private static final String OPENING = "（《「『【〔〈“‘([{";

  private TextMeasure() {}

  /** Points needed to show {@code text} wrapped in a cell {@code widthPt} wide, padding included. */
  public static double height(String text, double widthPt, double sizePt) {
    return lines(text, widthPt, sizePt) * LEADING * sizePt + PAD_V;
  }

  /** Lines that {@code text} wraps to; explicit line breaks count, an empty text is one line. */
  public static int lines(String text, double widthPt, double sizePt) {
    double capacity = Math.max((widthPt - PAD_H) * FILL / sizePt, 1);
    int total = 0;
    int from = 0;
    for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      total += paragraphLines(text, from, nl, capacity);
      from = nl + 1;
    }
    total += paragraphLines(text, from, text.length(), capacity);
    return Math.max(1, total);
  }

  /** Width of {@code text} on one line without wrapping, points, padding included. */
  public static double naturalWidth(String text, double sizePt) {
    double widest = 0;
    for (String paragraph : text.split("\n", -1)) {
      widest = Math.max(widest, em(paragraph));
    }
    return widest * sizePt / FILL + PAD_H;
  }

  /**
   * Lines that {@code s} from {@code from} to {@code to} (one paragraph) wraps to. Units between
   * which a line may break: each CJK character alone, runs of other characters as words, spaces
   * apart; closing punctuation sticks to what precedes it and opening punctuation to what
   * follows, as Chinese line breaking requires. Read in one pass without making a string per
   * unit: a unit's width is summed character by character, in order, as {@link #em(String)} sums
   * it, so the widths and the lines are those of the units as strings.
   */
  private static int paragraphLines(String s, int from, int to, double capacity) {
    Wrap wrap = new Wrap(capacity);
    boolean has = false; // a unit is pending: what follows may still stick to it
    double width = 0;
    boolean blank = false;
    boolean glueNext = false;
    for (int i = from; i < to; ) {
      int first = s.codePointAt(i);
      int end = i + Character.charCount(first);
      boolean single = (Character.isWhitespace(first) && first != 0x3000) || isWide(first);
      if (!single) {
        // a word: up to the next space or CJK character
        while (end < to) {
          int cp = s.codePointAt(end);
          if ((Character.isWhitespace(cp) && cp != 0x3000) || isWide(cp)) {
            break;
          }
          end += Character.charCount(cp);
        }
      }
      // a single space (U+3000 too) is blank; a word or a CJK character is not
      boolean isBlank = single && Character.isWhitespace(first);
      boolean closes = CLOSING.indexOf(first) >= 0;
      if (!((glueNext || closes) && has && !blank && !isBlank)) {
        if (has) {
          wrap.add(width, blank);
        }
        has = true;
        width = 0;
        blank = isBlank;
      }
      for (int j = i; j < end; ) {
        int cp = s.codePointAt(j);
        j += Character.charCount(cp);
        width += em(cp);
      }
      glueNext = end - i == 1 && OPENING.indexOf(first) >= 0;
      i = end;
    }
    if (has) {
      wrap.add(width, blank);
    }
    return wrap.lines;
  }

  /** Units laid on lines {@code capacity} em long, one after another. */
  private static final class Wrap {
    final double capacity;
    int lines = 1;
    double used;

    Wrap(double capacity) {
      this.capacity = capacity;
    }

    void add(double w, boolean blank) {
      if (blank) {
        used += w; // a space that overflows hangs past the edge, as Excel lets it
      } else if (used + w <= capacity) {
        used += w;
      } else if (w <= capacity) {
        lines++;
        used = w;
      } else {
        // a word longer than a line starts on a fresh line and is cut between characters
        if (used > 0) {
          lines++;
        }
        int full = (int) Math.ceil(w / capacity);
        lines += full - 1;
        used = w - (full - 1) * capacity;
      }
    }
  }

  /** Width in em, the wider of 宋体 and LibreOffice's fallback faces. */
  public static double em(String s) {
    double w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      w += em(cp);
    }
    return w;
  }

  private static double em(int cp) {
    if (cp >= 0x80) {
      return cp >= 0xFF61 && cp <= 0xFFDC ? 0.5 : 1.0; // half-width forms are the only narrow ones
    }
    if (cp == ' ') {
      return 0.35;
    }
    if (cp == 'M' || cp == 'W' || cp == 'm' || cp == 'w' || cp == '@' || cp == '%') {
      return 1.0;
    }
    if (Character.isUpperCase(cp)) {
      return 0.75;
    }
    if (Character.isLetterOrDigit(cp)) {
      return 0.64;
    }
    return 0.5;
  }

  /** Characters that take a full em and may break a line on either side. */
  static boolean isWide(int cp) {
    if (cp < 0x1100) {
      return false; // no CJK script and none of the ranges below starts under Hangul Jamo
    }
    if (cp >= 0x4E00 && cp <= 0x9FA5) {
      return true; // the ideographs of Unicode 1.1, all Han in every Java: most of a form's text
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
        || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF60)
        || (cp >= 0x2010 && cp <= 0x2027);
  }
}
