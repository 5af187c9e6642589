package org.jixiao.writer.ofd;

import java.util.Optional;
import java.util.Set;
import org.jixiao.writer.pdf.Face;
import org.jixiao.writer.pdf.PdfFonts;

/**
 * The font program an OFD embeds for a face: a subset holding only the glyphs of the characters
 * used, with a cmap for them, never the whole file. The PDF writer's {@link PdfFonts#cutter}
 * cuts it (CFF faces such as Noto CJK by our own subsetter, TrueType ones by FontBox's), so both
 * formats carry the same glyphs. A face that cannot be cut is only named in the OFD.
 */
final class OfdFonts {
  private OfdFonts() {}

  /**
   * A subset of {@code face} with the glyphs of {@code codePoints}: a standalone TrueType or
   * OpenType (CFF) font program; empty when the face cannot be cut.
   */
  static Optional<byte[]> program(Face face, Set<Integer> codePoints) {
    try {
      return PdfFonts.cutter(face).map(c -> c.openType(codePoints));
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /** The face's family name as its name table gives it in English, else its PostScript name. */
  static String family(Face face) {
    String[][] names = face.font().getFamilyFontName();
    String any = null;
    for (String[] n : names) {
      if (n.length >= 4 && (n[2].equals("1033") || n[2].equals("0"))) {
        return n[3];
      }
      any = any == null && n.length >= 4 ? n[3] : any;
    }
    return any != null ? any : face.name();
  }
}
