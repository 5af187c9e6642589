package org.jixiao.writer.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.layout.Align;
import org.jixiao.layout.Block;
import org.jixiao.layout.Cell;
import org.jixiao.layout.Layout;
import org.jixiao.layout.Paragraph;
import org.jixiao.layout.Row;
import org.jixiao.layout.SpreadLine;
import org.jixiao.layout.Table;

/**
 * Sets strings in the fonts: each run of text goes in the first face that has its characters,
 * and a character no installed face has is refused before anything is written, never printed
 * as a blank box.
 */
final class Typesetter {
  static final String RULE = "pdf-missing-glyph";
  /** Line height as a multiple of the font size. */
  static final float LEADING = 1.3f;
  /** Missing characters reported at most; a wrong font would otherwise give hundreds. */
  private static final int MAX_REPORTED = 10;
  /** Characters of context quoted on each side of a missing one. */
  private static final int CONTEXT = 10;

  /** Every digit a page number may have: "第 N 页 共 M 页" with N and M any numbers. */
  private static final String DIGITS = "0123456789";

  private final PdfFonts fonts;
  /** The font each face's text is set in: a per-document subset, or the face's own font. */
  private Map<Face, BaseFont> embedded = Map.of();
  /** The characters each subset was found to have: a document sets most of them many times. */
  private final Map<BaseFont, BitSet> inSubset = new IdentityHashMap<>();

  Typesetter(PdfFonts fonts) {
    this.fonts = fonts;
  }

  PdfFonts fonts() {
    return fonts;
  }

  /**
   * Checks that every character of the layout can be drawn.
   *
   * @throws JixiaoException {@code pdf-missing-glyph}, once per character that no face has
   */
  void check(Layout layout) {
    Map<Integer, Diagnostic> missing = new LinkedHashMap<>();
    forEachText(layout, (text, primary) -> {
      for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
        int cp = printed(text.codePointAt(i), primary);
        if (cp > ' ' && missing.size() < MAX_REPORTED && !missing.containsKey(cp)
            && fonts.faceFor(cp, primary) == null) {
          missing.put(cp, Diagnostic.error(layout.title(), 0, 0, RULE,
              String.format(Locale.ROOT, "字符 U+%04X「%s」在已安装的字体中都没有，PDF 无法显示它：“%s”",
                  cp, Character.toString(cp), context(text, i)),
              "安装含有这个字的字体（如完整的宋体 SimSun，或 Noto CJK：sudo apt-get install "
                  + "fonts-noto-cjk）并在 jixiao.yaml 的 fonts: 中列出；或把它换成常用字"));
        }
      }
    });
    if (!missing.isEmpty()) {
      throw new org.jixiao.diag.Unprintable(List.copyOf(missing.values()), List.copyOf(missing.keySet()));
    }
  }

  /** {@code text} as chunks, each in the face that has its characters; {@code \n} breaks the line. */
  Phrase phrase(String text, Face primary, float size, boolean bold) {
    Phrase phrase = new Phrase();
    runs(text, primary, (face, run) -> phrase.add(chunk(run, face, size, bold)));
    return phrase;
  }

  /**
   * Makes the chunks of this typesetter use, for each face, a font holding only the characters
   * of {@code layout} (and of its page numbers) that the face draws: what a PDF embeds.
   */
  void embedSubsets(Layout layout) {
    Map<Face, BitSet> drawn = new LinkedHashMap<>();
    Drawn add = new Drawn() {
      // most characters are in the face of the one before
      private Face last;
      private BitSet bits;

      @Override
      public void accept(Face face, int cp) {
        if (face != last) {
          bits = drawn.computeIfAbsent(face, f -> new BitSet());
          last = face;
        }
        if (cp != '\n') {
          bits.set(cp);
        }
      }
    };
    forEachText(layout, (text, primary) -> each(text, primary, add));
    if (layout.pageNumbers()) {
      each(Layout.pageNumber(DIGITS, DIGITS), fonts.body(), add);
    }
    Map<Face, BaseFont> subsets = new HashMap<>();
    drawn.forEach((face, bits) -> {
      Set<Integer> codePoints = new TreeSet<>();
      bits.stream().forEach(codePoints::add);
      subsets.put(face, fonts.subset(face, codePoints));
    });
    embedded = subsets;
  }

  /** Takes each code point drawn with the face it is drawn in. */
  @FunctionalInterface
  private interface Drawn {
    void accept(Face face, int codePoint);
  }

  /** Splits {@code text} into runs, each in the face that draws it; {@code \n} stays in its run. */
  private void runs(String text, Face primary, BiConsumer<Face, String> out) {
    StringBuilder run = new StringBuilder();
    Face[] runFace = {primary};
    each(text, primary, (face, cp) -> {
      if (face != runFace[0] && run.length() > 0) {
        out.accept(runFace[0], run.toString());
        run.setLength(0);
      }
      runFace[0] = face;
      run.appendCodePoint(cp);
    });
    if (run.length() > 0) {
      out.accept(runFace[0], run.toString());
    }
  }

  /**
   * Each code point of {@code text} as drawn (see {@link #printed}) with the face that draws it:
   * a line break, or a blank no face has, in the face of the characters before it.
   */
  private void each(String text, Face primary, Drawn out) {
    Face runFace = primary;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int raw = text.codePointAt(i);
      // the face of a character drawn as itself is looked up once (printed() asks for it too)
      Face face = raw == '\n' || isControlOrFormat(raw) ? null : fonts.faceFor(raw, primary);
      int cp = face != null ? raw : printed(raw, primary);
      if (cp < 0) {
        continue;
      }
      if (cp == '\n') {
        face = runFace;
      } else if (face == null && cp != raw) {
        face = fonts.faceFor(cp, primary);
      }
      if (face == null && cp != ' ') {
        throw new IllegalStateException(String.format(Locale.ROOT, "U+%04X was not checked", cp));
      }
      face = face == null ? runFace : face;
      runFace = face;
      out.accept(face, cp);
    }
  }

  /**
   * What is drawn for {@code cp}: itself; a plain space for a tab or a blank no face has; -1
   * (nothing) for control and invisible format characters, whatever the fonts (the layout has
   * dropped the latter already), and for a variation selector no face has. Line breaks stay
   * line breaks.
   */
  private int printed(int cp, Face primary) {
    if (cp == '\n') {
      return cp;
    }
    int type = Character.getType(cp);
    if (type == Character.CONTROL) {
      return cp == '\t' ? ' ' : -1;
    }
    if (type == Character.FORMAT) {
      return -1;
    }
    if (fonts.faceFor(cp, primary) != null) {
      return cp;
    }
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return ' ';
    }
    boolean variationSelector = (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    return variationSelector ? -1 : cp;
  }

  private static boolean isControlOrFormat(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT;
  }

  static int align(Align a) {
    return switch (a) {
      case LEFT -> Element.ALIGN_LEFT;
      case CENTER -> Element.ALIGN_CENTER;
      case RIGHT -> Element.ALIGN_RIGHT;
      case JUSTIFY -> Element.ALIGN_JUSTIFIED;
    };
  }

  private Chunk chunk(String text, Face face, float size, boolean bold) {
    BaseFont subset = embedded.get(face);
    BaseFont font = subset == null ? face.font() : subset;
    if (subset != null && subset != face.font()) {
      // the subset was made from the same walk of the layout; a character outside it would vanish
      BitSet found = inSubset.computeIfAbsent(subset, f -> new BitSet());
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (cp != '\n' && !found.get(cp)) {
          if (!subset.charExists(cp)) {
            throw new IllegalStateException(String.format(Locale.ROOT, "U+%04X is not in the subset of %s", cp, face.name()));
          }
          found.set(cp);
        }
      }
    }
    // Faces without a bold weight are emboldened by stroking, as Word does with 宋体.
    int style = bold && !face.bold() ? Font.BOLD : Font.NORMAL;
    return new Chunk(text, new Font(font, size, style)).setSplitCharacter(LineBreaks.CHINESE);
  }

  /** About {@code 2 * CONTEXT} characters around index {@code at}, on one line. */
  private static String context(String text, int at) {
    int from = at;
    for (int n = 0; n < CONTEXT && from > 0; n++) {
      from = text.offsetByCodePoints(from, -1);
    }
    int to = at;
    for (int n = 0; n <= CONTEXT && to < text.length(); n++) {
      to = text.offsetByCodePoints(to, 1);
    }
    return (from > 0 ? "…" : "") + text.substring(from, to).replace('\n', ' ')
        + (to < text.length() ? "…" : "");
  }

  /** Every string of the layout with the face it is set in. */
  private void forEachText(Layout layout, BiConsumer<String, Face> action) {
    for (Block b : layout.blocks()) {
      if (b instanceof Paragraph p) {
        action.accept(p.text(), p.style() == Paragraph.Style.TITLE ? fonts.title() : fonts.body());
      } else if (b instanceof SpreadLine l) {
        List.of(l.left(), l.center(), l.right()).forEach(s -> action.accept(s, fonts.body()));
      } else if (b instanceof Table t) {
        for (Row r : t.rows()) {
          for (Cell c : r.cells()) {
            c.paragraphs().forEach(s -> action.accept(s, fonts.body()));
          }
        }
      }
    }
  }
}
