package org.jixiao.writer.pdf;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of Chinese may break, as Word breaks it: between any two characters, except that
 * closing punctuation (，。、：）」…) never starts a line and opening punctuation (（「“) never ends
 * one. OpenPDF's default would put a comma at the start of a line.
 */
final class LineBreaks extends DefaultSplitCharacter {
  static final LineBreaks CHINESE = new LineBreaks();

  private static final String NO_START = "，。、；：？！）〕］｝】」』》〉”’…‥％‰·,.;:?!)]}%";
  private static final String NO_END = "（〔［｛【「『《〈“‘([{";

  private LineBreaks() {}

  /** Whether a line may break after the character at {@code current}. */
  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    char c = getCurrentCharacter(current, cc, ck);
    if (NO_END.indexOf(c) >= 0) {
      return false;
    }
    if (current + 1 < end && NO_START.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
      return false;
    }
    return NO_START.indexOf(c) >= 0 || super.isSplitCharacter(start, current, end, cc, ck);
  }
}
