package org.jixiao.writer.ofd;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.jixiao.writer.pdf.Face;

/**
 * The font program an OFD embeds for a face: a subset holding only the glyphs of the characters
 * used, with a cmap for them, never the whole file. TrueType-outline faces are subset with
 * FontBox's TTFSubsetter; CFF-outline faces (Noto CJK, Source Han), which FontBox reads but
 * cannot subset, by {@link CffSubset}. A face that is neither is only named in the OFD.
 */
final class OfdFonts {
  private static final Pattern TTC_INDEX = Pattern.compile("(?i)(.+\\.ttc),(\\d+)");
  /** Whether each face (by "path" or "path,index") has TrueType outlines, found once per process. */
  private static final Map<String, Boolean> GLYF = new ConcurrentHashMap<>();
  /** CFF-outline faces, opened once per process; empty when a face cannot be read as one. */
  private static final Map<String, Optional<OpenTypeFont>> CFF = new ConcurrentHashMap<>();

  private OfdFonts() {}

  /**
   * A subset of {@code face} with the glyphs of {@code codePoints}: a standalone TrueType or
   * OpenType (CFF) font program; empty when the face cannot be read as either.
   */
  static Optional<byte[]> program(Face face, Set<Integer> codePoints) throws IOException {
    if (!GLYF.computeIfAbsent(face.file(), k -> hasGlyf(face))) {
      Optional<OpenTypeFont> cff = CFF.computeIfAbsent(face.file(), k -> openCff(face));
      return cff.isPresent() ? Optional.of(CffSubset.of(cff.get(), codePoints)) : Optional.empty();
    }
    Matcher ttc = TTC_INDEX.matcher(face.file());
    if (ttc.matches()) {
      try (TrueTypeCollection collection = new TrueTypeCollection(new File(ttc.group(1)))) {
        return Optional.of(subset(collection.getFontByName(face.name()), codePoints));
      }
    }
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(face.file()))) {
      return Optional.of(subset(font, codePoints));
    }
  }

  private static byte[] subset(TrueTypeFont font, Set<Integer> codePoints) throws IOException {
    if (font == null) {
      throw new IOException("face not found in its collection");
    }
    TTFSubsetter subsetter = new TTFSubsetter(font);
    subsetter.addAll(codePoints);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    subsetter.writeToStream(out);
    return out.toByteArray();
  }

  /**
   * The face as a CFF-outline OpenType font, kept open for the process: parsing the CFF of a
   * Noto CJK face takes long, its glyphs are read on demand.
   */
  private static Optional<OpenTypeFont> openCff(Face face) {
    Matcher ttc = TTC_INDEX.matcher(face.file());
    try {
      TrueTypeFont font;
      if (ttc.matches()) {
        @SuppressWarnings("resource") // open for the life of the process, like the PDF's fonts
        TrueTypeCollection collection = new TrueTypeCollection(new File(ttc.group(1)));
        font = collection.getFontByName(face.name());
      } else {
        font = new OTFParser().parse(new RandomAccessReadBufferedFile(face.file()));
      }
      return font instanceof OpenTypeFont otf && otf.isPostScript() ? Optional.of(otf) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether the face's outlines are TrueType (a glyf table): what TTFSubsetter can subset. */
  private static boolean hasGlyf(Face face) {
    Matcher ttc = TTC_INDEX.matcher(face.file());
    try {
      if (ttc.matches()) {
        try (TrueTypeCollection collection = new TrueTypeCollection(new File(ttc.group(1)))) {
          TrueTypeFont font = collection.getFontByName(face.name());
          return font != null && font.getTableMap().containsKey("glyf");
        }
      }
      try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(face.file()))) {
        return font.getTableMap().containsKey("glyf");
      }
    } catch (IOException | RuntimeException e) {
      return false;
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
