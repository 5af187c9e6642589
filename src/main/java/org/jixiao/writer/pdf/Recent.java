package org.jixiao.writer.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.layout.Layout;
import org.jixiao.writer.WriteOptions;

/**
 * What the PDF and OFD writers of one thread share about the form just written. A unit's form
 * goes to every writer in turn on one thread; with PDF and OFD both asked for, the OFD writer
 * typesets a plain PDF of the same layout: it takes the font subsets the PDF writer cut (the same
 * glyphs, tagged alike, whatever the PDF's kind), and, when the PDF is itself plain, its bytes.
 * Only the last few entries are kept per thread, so nothing grows with the batch.
 */
final class Recent {
  /** Subsets of the faces of the last forms: a form uses two to four faces. */
  private static final int SUBSETS = 8;
  private static final ThreadLocal<Map<Key, BaseFont>> SUBSET = ThreadLocal.withInitial(() ->
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, BaseFont> eldest) {
          return size() > SUBSETS;
        }
      });
  private static final ThreadLocal<Plain> PLAIN = new ThreadLocal<>();

  private Recent() {}

  /** A subset of one face for a set of characters, with or without a CIDSet. */
  private record Key(String file, boolean cidSet, List<Integer> codePoints) {}

  /** The last plain PDF written on this thread: its layout (by identity), fonts, options, bytes. */
  private record Plain(Layout layout, PdfFonts fonts, WriteOptions options, byte[] bytes) {}

  /** The subset of {@code face} for {@code codePoints} cut lately on this thread, or null. */
  static BaseFont subset(Face face, boolean cidSet, Set<Integer> codePoints) {
    return SUBSET.get().get(new Key(face.file(), cidSet, sorted(codePoints)));
  }

  static void keepSubset(Face face, boolean cidSet, Set<Integer> codePoints, BaseFont font) {
    SUBSET.get().put(new Key(face.file(), cidSet, sorted(codePoints)), font);
  }

  private static List<Integer> sorted(Set<Integer> codePoints) {
    return codePoints.stream().sorted().toList();
  }

  /** The bytes of the plain PDF of this very layout with these fonts and options, or null. */
  static byte[] plain(Layout layout, PdfFonts fonts, WriteOptions options) {
    Plain p = PLAIN.get();
    return p != null && p.layout() == layout && p.options().equals(options)
        && p.fonts().sameFaces(fonts) ? p.bytes() : null;
  }

  static void keepPlain(Layout layout, PdfFonts fonts, WriteOptions options, byte[] bytes) {
    PLAIN.set(new Plain(layout, fonts, options, bytes));
  }
}
