package org.jixiao.writer.pdf;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import java.util.BitSet;

/**
 * Where a line of Chinese may break, as Word breaks it: between any two characters, except that
 * closing punctuation (，。、：）」…) never starts a line and opening punctuation (（「“) never ends
 * one. OpenPDF's default would put a comma at the start of a line.
 */
final class LineBreaks extends DefaultSplitCharacter {
  static final LineBreaks CHINESE = new LineBreaks();

  private static final String NO_START = "，。、；：？！）〕］｝】」』》〉”’…‥％‰·,.;:?!)]}%";
  private static final String NO_END = "（〔［｛【「『《〈“‘([{";
  /** The two lists as tables by character: asked for every character of every cell laid out. */
  private static final BitSet NO_START_SET = set(NO_START);
  private static final BitSet NO_END_SET = set(NO_END);

  private LineBreaks() {}

  private static BitSet set(String chars) {
    BitSet set = new BitSet();
    chars.chars().forEach(set::set);
    return set;
  }

  /** Whether a line may break after the character at {@code current}. */
  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    char c = getCurrentCharacter(current, cc, ck);
    if (NO_END_SET.get(c)) {
      return false;
    }
    if (current + 1 < end && NO_START_SET.get(getCurrentCharacter(current + 1, cc, ck))) {
      return false;
    }
    return NO_START_SET.get(c) || super.isSplitCharacter(start, current, end, cc, ck);
  }
}
