package org.jixiao.writer.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Which code points a face has glyphs for, as OpenPDF answers it, kept as bits by blocks of 256
 * filled on first use. Every character is asked about several times per document (checked,
 * collected for the subset, set in a chunk); OpenPDF answers through a map of boxed integers.
 * Safe for several threads: two filling one block fill it alike.
 */
final class Coverage {
  private static final int BLOCK_BITS = 8;

  private final BaseFont font;
  private final AtomicReferenceArray<long[]> blocks =
      new AtomicReferenceArray<>((Character.MAX_CODE_POINT >>> BLOCK_BITS) + 1);

  Coverage(BaseFont font) {
    this.font = font;
  }

  boolean has(int codePoint) {
    if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT) {
      return font.charExists(codePoint);
    }
    int block = codePoint >>> BLOCK_BITS;
    long[] bits = blocks.get(block);
    if (bits == null) {
      bits = fill(block);
      blocks.set(block, bits);
    }
    return (bits[(codePoint & 0xFF) >>> 6] & (1L << codePoint)) != 0;
  }

  private long[] fill(int block) {
    long[] bits = new long[(1 << BLOCK_BITS) / 64];
    int first = block << BLOCK_BITS;
    for (int i = 0; i < 1 << BLOCK_BITS; i++) {
      if (font.charExists(first + i)) {
        bits[i >>> 6] |= 1L << i;
      }
    }
    return bits;
  }
}
