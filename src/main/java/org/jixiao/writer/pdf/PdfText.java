package org.jixiao.writer.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;

/** Builds phrases whose every character is drawn by a font that has it, or fails loudly. */
final class PdfText {
  private PdfText() {}

  static Phrase phrase(String text, PdfFonts fonts, BaseFont preferred, float size, boolean bold,
      String form) {
    Phrase p = new Phrase();
    p.setLeading(size * 1.35f);
    StringBuilder run = new StringBuilder();
    BaseFont runFont = preferred;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int at = i;
      i += Character.charCount(cp);
      BaseFont f = cp < 0x20 || Character.isWhitespace(cp) ? runFont
          : fonts.forCodePoint(preferred, cp);
      if (f == null) {
        throw missing(text, at, cp, form);
      }
      if (f != runFont && run.length() > 0) {
        p.add(chunk(run.toString(), runFont, size, bold));
        run.setLength(0);
      }
      runFont = f;
      run.appendCodePoint(cp);
    }
    if (run.length() > 0) {
      p.add(chunk(run.toString(), runFont, size, bold));
    } else {
      // An empty cell still needs our font, or OpenPDF references an unembedded Helvetica.
      p.add(chunk(" ", preferred, size, false));
    }
    return p;
  }

  private static Chunk chunk(String s, BaseFont f, float size, boolean bold) {
    Chunk c = new Chunk(s, new Font(f, size, Font.NORMAL));
    if (bold) {
      // Fake bold by stroking, as Word does for a face without a bold weight.
      c.setTextRenderMode(com.lowagie.text.pdf.PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE,
          size / 30f, null);
    }
    return c;
  }

  private static JixiaoException missing(String text, int at, int cp, String form) {
    int from = Math.max(0, at - 10);
    int to = Math.min(text.length(), at + 10);
    return new JixiaoException(Diagnostic.error(form, 0, 0, "pdf-missing-glyph",
        String.format("字符 U+%04X「%s」没有任何已找到的字体能显示（在「%s」中）", cp,
            new String(Character.toChars(cp)), text.substring(from, to)),
        "安装包含该字的字体（如完整的宋体或 Noto CJK）并在 jixiao.yaml 的 fonts: 中列出，或改用常用字"));
  }
}
