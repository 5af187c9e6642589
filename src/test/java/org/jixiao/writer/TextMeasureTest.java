package org.jixiao.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextMeasureTest {
  /** A cell width that holds exactly {@code em} ems of 10 pt text once padding and slack are taken. */
  private static double widthFor(double em) {
    return em * 10 / 0.96 + TextMeasure.PAD_H + 0.01;
  }

  @Test
  void chineseTextWrapsAfterAsManyCharactersAsFitTheWidth() {
    assertEquals(1, TextMeasure.lines("一二三四五", widthFor(5), 10));
    assertEquals(2, TextMeasure.lines("一二三四五六", widthFor(5), 10));
    assertEquals(4, TextMeasure.lines("一二三四五六七八九十一二三四五六", widthFor(5), 10));
  }

  @Test
  void explicitLineBreaksAndEmptyTextCount() {
    assertEquals(3, TextMeasure.lines("一\n二\n三", widthFor(5), 10));
    assertEquals(1, TextMeasure.lines("", widthFor(5), 10));
    assertEquals(2, TextMeasure.lines("一\n", widthFor(5), 10));
  }

  @Test
  void closingPunctuationNeverStartsALine() {
    // 五 and 。 go over together: the first line ends after 四
    assertEquals(1, TextMeasure.lines("一二三四。", widthFor(5), 10));
    assertEquals(2, TextMeasure.lines("一二三四五。", widthFor(5), 10));
    assertEquals(2, TextMeasure.lines("一二三四五。六七八", widthFor(5), 10));
    assertEquals(3, TextMeasure.lines("一二三四五。六七八九", widthFor(5), 10));
  }

  @Test
  void latinWordsMoveWholeToTheNextLineAndOverlongOnesAreCut() {
    double w = widthFor(5);
    assertEquals(2, TextMeasure.lines("一二三 abcd", w, 10), "abcd is 2.56 em and does not fit after 3.35");
    assertTrue(TextMeasure.lines("abcdefghijklmnopqrstuvwxyz", w, 10) >= 4);
  }

  @Test
  void heightIsLinesTimesLeadingPlusPadding() {
    double one = TextMeasure.height("一", widthFor(5), 10);
    double three = TextMeasure.height("一二三四五六七八九十一", widthFor(5), 10);
    assertEquals(TextMeasure.LEADING * 10 + TextMeasure.PAD_V, one, 1e-9);
    assertEquals(2 * TextMeasure.LEADING * 10, three - one, 1e-9);
  }

  @Test
  void digitsAreNarrowerThanChineseButNotHalf() {
    assertEquals(4.0, TextMeasure.em("一二三四"), 1e-9);
    double digits = TextMeasure.em("0722");
    assertTrue(digits > 2 && digits < 4, "digits " + digits);
  }

  @Test
  void onePassWrappingCountsAsManyLinesAsWrappingStringUnits() {
    // the measure reads each paragraph in one pass; the reference below makes the units as
    // strings first (the measure as it was): both must agree on every text and width
    String pieces = "一二三四五六七八九十指标年度绩效目标，。、；：？！）》」』】〕〉…—”’％·,.;:?!)]}%（《「『【〔〈“‘([{"
        + " \t\u3000abcXYZ019MWm@-/あア한ｱﾝ\uff01\u2014\u2026\ud840\udc00\ud83d\ude00";
    int[] cps = pieces.codePoints().toArray();
    Random r = new Random(14);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(60);
      for (int i = 0; i < len; i++) {
        int cp = r.nextInt(8) == 0 ? r.nextInt(0x30000) : cps[r.nextInt(cps.length)];
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
          cp = 'x';
        }
        sb.appendCodePoint(r.nextInt(25) == 0 ? '\n' : cp);
      }
      String text = sb.toString();
      double width = 8 + r.nextInt(200);
      double size = 9 + r.nextInt(4) * 1.5;
      assertEquals(reference(text, width, size), TextMeasure.lines(text, width, size), text);
    }
  }

  private static int reference(String text, double widthPt, double sizePt) {
    double capacity = Math.max((widthPt - TextMeasure.PAD_H) * 0.96 / sizePt, 1);
    int total = 0;
    for (String paragraph : text.split("\n", -1)) {
      int lines = 1;
      double used = 0;
      for (String token : tokens(paragraph)) {
        double w = TextMeasure.em(token);
        if (token.isBlank()) {
          used += w;
        } else if (used + w <= capacity) {
          used += w;
        } else if (w <= capacity) {
          lines++;
          used = w;
        } else {
          if (used > 0) {
            lines++;
          }
          int full = (int) Math.ceil(w / capacity);
          lines += full - 1;
          used = w - (full - 1) * capacity;
        }
      }
      total += lines;
    }
    return Math.max(1, total);
  }

  private static List<String> tokens(String s) {
    String closing = "，。、；：？！）》」』】〕〉…—”’％·,.;:?!)]}%";
    String opening = "（《「『【〔〈“‘([{";
    List<String> raw = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      String ch = new String(Character.toChars(cp));
      if ((Character.isWhitespace(cp) && cp != 0x3000) || referenceWide(cp)) {
        if (word.length() > 0) {
          raw.add(word.toString());
          word.setLength(0);
        }
        raw.add(ch);
      } else {
        word.append(ch);
      }
    }
    if (word.length() > 0) {
      raw.add(word.toString());
    }
    List<String> out = new ArrayList<>();
    boolean glueNext = false;
    for (String t : raw) {
      boolean closes = closing.indexOf(t.codePointAt(0)) >= 0;
      if ((glueNext || closes) && !out.isEmpty() && !out.get(out.size() - 1).isBlank() && !t.isBlank()) {
        out.set(out.size() - 1, out.get(out.size() - 1) + t);
      } else {
        out.add(t);
      }
      glueNext = t.length() == 1 && opening.indexOf(t.codePointAt(0)) >= 0;
    }
    return out;
  }

  private static boolean referenceWide(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
        || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF60)
        || (cp >= 0x2010 && cp <= 0x2027);
  }

  @Test
  void everyCodePointIsWideOrNotAsItsScriptSays() {
    // the measure answers most characters without looking their script up: not one may differ
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (TextMeasure.isWide(cp) != referenceWide(cp)) {
        assertEquals(referenceWide(cp), TextMeasure.isWide(cp), "U+" + Integer.toHexString(cp));
      }
    }
  }
}
