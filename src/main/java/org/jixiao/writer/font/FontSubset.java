package org.jixiao.writer.font;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A standalone OpenType font program holding only the glyphs of some code points, cut from one
 * face of a .ttf, .otf or .ttc file: for embedding in a PDF or an OFD, where a Chinese face's
 * 65,535 glyphs would otherwise travel with every document.
 *
 * <p>CFF-outline faces (Noto CJK, Source Han) are cut by {@link CffSubset}: glyphs renumbered,
 * only the subroutines and Font DICTs they use; the font has tables CFF, OS/2, cmap, head, hhea,
 * hmtx, maxp, name and post. TrueType-outline faces (SimSun, AR PL UMing) are cut by FontBox's
 * {@code TTFSubsetter}. Advance widths, vertical metrics and names are the original face's, so
 * text set with the subset is laid out exactly as with the whole face.
 *
 * <p>An instance is one parsed face; it is immutable and may be used by several threads.
 */
public final class FontSubset {
  /** How many programs {@link #recent} holds. */
  private static final int RECENT = 8;

  private final Sfnt sfnt;
  /** The glyph of each code point of the Basic Multilingual Plane, plus one; 0 for none. */
  private final int[] bmp = new int[0x10000];
  /** The glyph of each code point beyond it. */
  private final Map<Integer, Integer> astral = new HashMap<>();
  /** The parsed CFF program, null for a TrueType face. */
  private final CffSubset cff;
  /** FontBox's parse of a TrueType face, made on first use; guarded by {@code this}. */
  private TrueTypeFont trueType;
  /**
   * The last few programs made, by tagging and code points: a form's title is the same text in
   * every unit, so its face is cut for the same characters again and again. Guarded by itself.
   */
  private final Map<Key, byte[]> recent = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
      return size() > RECENT;
    }
  };

  private FontSubset(Sfnt sfnt) {
    this.sfnt = sfnt;
    // asked for each character of each document
    sfnt.unicodeCmap().forEach((cp, glyph) -> {
      if (cp >= 0 && cp < bmp.length) {
        bmp[cp] = glyph + 1;
      } else {
        astral.put(cp, glyph);
      }
    });
    this.cff = sfnt.cff() ? new CffSubset(sfnt.file(), sfnt.offset("CFF ")) : null;
  }

  /**
   * Face {@code faceIndex} (0 for a .ttf or .otf) of the font file read into {@code file}. The
   * bytes are used in place, not copied: do not change them.
   *
   * @throws IllegalArgumentException when the bytes are not a TrueType or OpenType font, the face
   *     does not exist, or its outlines are a CFF this class cannot cut (see {@link #openType})
   */
  public static FontSubset of(byte[] file, int faceIndex) {
    try {
      return new FontSubset(Sfnt.read(file, faceIndex));
    } catch (IndexOutOfBoundsException | Cff.Unsupported e) {
      throw new IllegalArgumentException("unusable font: " + e.getMessage(), e);
    }
  }

  /** As {@link #of(byte[], int)}, reading {@code fontFile}. */
  public static FontSubset of(Path fontFile, int faceIndex) throws IOException {
    return of(Files.readAllBytes(fontFile), faceIndex);
  }

  /**
   * The OpenType program of face {@code faceIndex} of {@code fontFile} for {@code codePoints}:
   * the glyphs they map to and .notdef, nothing else. Code points the face has no glyph for are
   * left out (see {@link #has}).
   */
  public static byte[] openType(Path fontFile, int faceIndex, Set<Integer> codePoints) throws IOException {
    return of(fontFile, faceIndex).openType(codePoints);
  }

  /** Whether the face maps {@code codePoint} to a glyph. */
  public boolean has(int codePoint) {
    return glyph(codePoint) >= 0;
  }

  /** The glyph {@code codePoint} maps to, -1 for none. */
  private int glyph(int codePoint) {
    if (codePoint >= 0 && codePoint < bmp.length) {
      return bmp[codePoint] - 1;
    }
    Integer g = astral.get(codePoint);
    return g == null ? -1 : g;
  }

  /** A program's code points (ascending, each once) and tagging, for {@link #recent}. */
  private record Key(boolean tagged, int[] codePoints) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.tagged == tagged && Arrays.equals(k.codePoints, codePoints);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(codePoints) + (tagged ? 1 : 0);
    }
  }

  /** Whether the outlines are CFF (PDF embeds them as CIDFontType0C, TrueType ones as FontFile2). */
  public boolean cff() {
    return cff != null;
  }

  /**
   * This face's OpenType program for {@code codePoints}: the glyphs they map to and .notdef.
   * The same set always gives the same bytes.
   *
   * @throws IllegalArgumentException when a CFF charstring uses a construct this class does not
   *     rewrite (computed subroutine numbers, seac accents; Noto CJK and Source Han use neither),
   *     or the font is damaged
   * @throws UncheckedIOException when FontBox cannot read a TrueType face
   */
  public byte[] openType(Collection<Integer> codePoints) {
    return openType(codePoints, false);
  }

  /**
   * As {@link #openType(Collection)}; with {@code tagged} the PostScript name (name id 6) starts
   * with a subset tag, six capitals and "+" as PDF wants a subset named (ABCDEF+NotoSerifCJKsc-Regular).
   * The tag is made from the glyphs kept, so the same subset always has the same name.
   */
  public byte[] openType(Collection<Integer> codePoints, boolean tagged) {
    // the code points the face has, ascending and each once, and their glyphs
    int[] cps = new int[codePoints.size()];
    int n = 0;
    for (int cp : codePoints) {
      if (glyph(cp) >= 0) {
        cps[n++] = cp;
      }
    }
    Arrays.sort(cps, 0, n);
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (m == 0 || cps[i] != cps[m - 1]) {
        cps[m++] = cps[i];
      }
    }
    cps = Arrays.copyOf(cps, m);
    int[] glyphOf = new int[m];
    for (int i = 0; i < m; i++) {
      glyphOf[i] = glyph(cps[i]);
    }
    Key key = new Key(tagged, cps);
    synchronized (recent) {
      byte[] program = recent.get(key);
      if (program != null) {
        return program.clone();
      }
    }
    try {
      int[] glyphs = distinct(glyphOf);
      String prefix = tagged ? tag(glyphs) + "+" : null;
      byte[] program;
      if (cff != null) {
        program = cffFont(cps, glyphOf, glyphs, prefix);
      } else {
        Set<Integer> used = new TreeSet<>();
        for (int cp : cps) {
          used.add(cp);
        }
        program = trueTypeFont(used, prefix);
      }
      synchronized (recent) {
        recent.put(key, program.clone());
      }
      return program;
    } catch (Cff.Unsupported e) {
      throw new IllegalArgumentException("cannot subset this CFF font: " + e.getMessage(), e);
    } catch (IndexOutOfBoundsException | java.nio.BufferUnderflowException e) {
      // an offset or count that points outside the file: a damaged font, not a bug of ours
      throw new IllegalArgumentException("damaged font: " + e, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The values ascending, each once. */
  private static int[] distinct(int[] values) {
    int[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, n);
  }

  /** Six capitals from the glyph ids (ascending, each once). */
  private static String tag(int[] glyphs) {
    long h = 1125899906842597L;
    for (int g : glyphs) {
      h = 31 * h + g;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      sb.append((char) ('A' + Math.floorMod(h, 26)));
      h = Math.floorDiv(h, 26);
    }
    return sb.toString();
  }

  /**
   * The CFF program for code points {@code cps} (ascending) mapping to {@code glyphOf}, whose
   * distinct glyphs ascending are {@code used}.
   */
  private byte[] cffFont(int[] cps, int[] glyphOf, int[] used, String prefix) {
    // the glyphs kept, ascending and each once, .notdef first
    int[] glyphs = used.length > 0 && used[0] == 0 ? used : new int[used.length + 1];
    if (glyphs != used) {
      System.arraycopy(used, 0, glyphs, 1, used.length);
    }
    int[] newGlyph = new int[cps.length];
    for (int i = 0; i < cps.length; i++) {
      newGlyph[i] = Arrays.binarySearch(glyphs, glyphOf[i]);
    }

    SfntWriter out = new SfntWriter(Sfnt.OPENTYPE_CFF);
    out.put("CFF ", cff.subset(glyphs));
    out.put("cmap", SfntWriter.cmap(cps, newGlyph));
    out.put("head", sfnt.bytes("head"));
    byte[] hhea = sfnt.bytes("hhea");
    ByteBuffer.wrap(hhea).putShort(34, (short) glyphs.length);
    out.put("hhea", hhea);
    out.put("hmtx", hmtx(glyphs));
    byte[] maxp = new byte[6];
    ByteBuffer.wrap(maxp).putInt(0x00005000).putShort((short) glyphs.length);
    out.put("maxp", maxp);
    if (sfnt.has("OS/2")) {
      out.put("OS/2", sfnt.bytes("OS/2"));
    }
    if (sfnt.has("name")) {
      out.put("name", prefix == null ? sfnt.bytes("name") : SfntWriter.prefixPostScriptName(sfnt.table("name"), prefix));
    }
    byte[] post = new byte[32];
    if (sfnt.has("post") && sfnt.length("post") >= 32) {
      sfnt.table("post").get(post);
    }
    ByteBuffer.wrap(post).putInt(0, 0x00030000); // no glyph names: they are the original's
    out.put("post", post);
    return out.toByteArray();
  }

  /** Each kept glyph's advance and left side bearing, as in the original. */
  private byte[] hmtx(int[] glyphs) {
    ByteBuffer hmtx = sfnt.table("hmtx");
    int metrics = sfnt.table("hhea").getShort(34) & 0xFFFF;
    ByteBuffer out = ByteBuffer.allocate(4 * glyphs.length);
    for (int g : glyphs) {
      int advance = hmtx.getShort(4 * Math.min(g, metrics - 1)) & 0xFFFF;
      int lsbAt = g < metrics ? 4 * g + 2 : 4 * metrics + 2 * (g - metrics);
      short lsb = lsbAt + 2 <= hmtx.limit() ? hmtx.getShort(lsbAt) : 0;
      out.putShort((short) advance).putShort(lsb);
    }
    return out.array();
  }

  private synchronized byte[] trueTypeFont(Set<Integer> codePoints, String prefix) throws IOException {
    if (trueType == null) {
      // a face of a collection as a font of its own, which is what FontBox's parser reads
      SfntWriter copy = new SfntWriter(Sfnt.TRUETYPE);
      for (String tag : sfnt.tags()) {
        copy.put(tag, sfnt.bytes(tag));
      }
      trueType = new TTFParser().parse(new ByteArrayInputStream(copy.toByteArray()));
    }
    TTFSubsetter subsetter = new TTFSubsetter(trueType);
    subsetter.addAll(codePoints);
    if (prefix != null) {
      subsetter.setPrefix(prefix);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    subsetter.writeToStream(out);
    return out.toByteArray();
  }
}
