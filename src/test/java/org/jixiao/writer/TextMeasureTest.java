package org.jixiao.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
