package org.jixiao.writer.ofd;

import java.awt.geom.GeneralPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.cff.CFFType1Font;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFTable;

/**
 * A standalone OpenType font (CFF outlines) holding only the glyphs of some characters of a
 * CFF-outline face such as Noto CJK, which FontBox reads but cannot subset. Each glyph's outline
 * is taken from FontBox with its subroutines resolved and written again as a plain Type 2
 * charstring (moves, lines and curves, in whole font units, without hints) in a name-keyed
 * CFF; cmap, hmtx, maxp, hhea, head and post are rebuilt for the new glyph order, OS/2 and name
 * are the face's own.
 */
final class CffSubset {
  /** Standard strings in every CFF; a font's own strings are numbered after them. */
  private static final int STANDARD_STRINGS = 391;

  private final OpenTypeFont font;
  /** Old glyph IDs in new order: .notdef first, then ascending. */
  private final List<Integer> glyphs;
  /** Code point to new glyph ID. */
  private final Map<Integer, Integer> cmap = new TreeMap<>();

  private CffSubset(OpenTypeFont font, Set<Integer> codePoints) throws IOException {
    this.font = font;
    CmapLookup lookup = font.getUnicodeCmapLookup();
    Set<Integer> old = new TreeSet<>(Set.of(0));
    Map<Integer, Integer> oldByCp = new TreeMap<>();
    for (int cp : codePoints) {
      int gid = lookup.getGlyphId(cp);
      if (gid > 0) {
        old.add(gid);
        oldByCp.put(cp, gid);
      }
    }
    this.glyphs = List.copyOf(old);
    oldByCp.forEach((cp, gid) -> cmap.put(cp, glyphs.indexOf(gid)));
  }

  /** The subset of {@code font} for {@code codePoints}; characters the face lacks are left out. */
  static byte[] of(OpenTypeFont font, Set<Integer> codePoints) throws IOException {
    synchronized (font) { // FontBox caches charstrings in plain maps
      return new CffSubset(font, codePoints).build();
    }
  }

  private byte[] build() throws IOException {
    Map<String, byte[]> tables = new TreeMap<>();
    tables.put("CFF ", cff());
    tables.put("OS/2", raw("OS/2"));
    tables.put("cmap", cmapTable());
    tables.put("head", head());
    tables.put("hhea", hhea());
    tables.put("hmtx", hmtx());
    tables.put("maxp", ByteBuffer.allocate(6).putInt(0x00005000).putShort((short) glyphs.size()).array());
    tables.put("name", raw("name"));
    tables.put("post", post());
    return OpenTypeFile.assemble(tables);
  }

  private byte[] raw(String tag) throws IOException {
    TTFTable t = font.getTableMap().get(tag);
    if (t == null) {
      throw new IOException("the face has no " + tag + " table");
    }
    return font.getTableBytes(t);
  }

  private byte[] head() throws IOException {
    byte[] head = raw("head").clone();
    ByteBuffer.wrap(head).putInt(8, 0); // checkSumAdjustment, set once the file is assembled
    return head;
  }

  private byte[] hhea() throws IOException {
    byte[] hhea = raw("hhea").clone();
    ByteBuffer.wrap(hhea).putShort(34, (short) glyphs.size());
    return hhea;
  }

  private byte[] hmtx() throws IOException {
    HorizontalMetricsTable metrics = font.getHorizontalMetrics();
    ByteBuffer b = ByteBuffer.allocate(4 * glyphs.size());
    for (int gid : glyphs) {
      b.putShort((short) metrics.getAdvanceWidth(gid)).putShort((short) metrics.getLeftSideBearing(gid));
    }
    return b.array();
  }

  /** post version 3: no glyph names. */
  private byte[] post() throws IOException {
    byte[] post = java.util.Arrays.copyOf(raw("post"), 32);
    ByteBuffer.wrap(post).putInt(0, 0x00030000);
    return post;
  }

  /** A (3,1) format 4 subtable for the BMP and a (3,10) format 12 one when a character is beyond it. */
  private byte[] cmapTable() {
    Map<Integer, Integer> bmp = new TreeMap<>();
    cmap.forEach((cp, gid) -> {
      if (cp <= 0xFFFE) {
        bmp.put(cp, gid);
      }
    });
    boolean astral = cmap.size() > bmp.size();
    int segments = bmp.size() + 1;
    ByteBuffer f4 = ByteBuffer.allocate(16 + 8 * segments);
    int log = 31 - Integer.numberOfLeadingZeros(segments);
    f4.putShort((short) 4).putShort((short) (16 + 8 * segments)).putShort((short) 0)
        .putShort((short) (2 * segments)).putShort((short) (2 << log)).putShort((short) log)
        .putShort((short) (2 * segments - (2 << log)));
    bmp.keySet().forEach(cp -> f4.putShort((short) (int) cp));
    f4.putShort((short) 0xFFFF).putShort((short) 0);
    bmp.keySet().forEach(cp -> f4.putShort((short) (int) cp));
    f4.putShort((short) 0xFFFF);
    bmp.forEach((cp, gid) -> f4.putShort((short) (gid - cp)));
    f4.putShort((short) 1);
    for (int i = 0; i < segments; i++) {
      f4.putShort((short) 0);
    }
    ByteBuffer f12 = ByteBuffer.allocate(16 + 12 * cmap.size());
    f12.putShort((short) 12).putShort((short) 0).putInt(16 + 12 * cmap.size()).putInt(0).putInt(cmap.size());
    cmap.forEach((cp, gid) -> f12.putInt(cp).putInt(cp).putInt(gid));
    int count = astral ? 2 : 1;
    ByteBuffer out = ByteBuffer.allocate(4 + 8 * count + f4.capacity() + (astral ? f12.capacity() : 0));
    out.putShort((short) 0).putShort((short) count);
    out.putShort((short) 3).putShort((short) 1).putInt(4 + 8 * count);
    if (astral) {
      out.putShort((short) 3).putShort((short) 10).putInt(4 + 8 * count + f4.capacity());
    }
    out.put(f4.array());
    if (astral) {
      out.put(f12.array());
    }
    return out.array();
  }

  /** A name-keyed CFF: header, Name, Top DICT, String and (empty) Global Subr INDEXes, charset, CharStrings, Private. */
  private byte[] cff() throws IOException {
    CFFFont cff = font.getCFF().getFont();
    HorizontalMetricsTable metrics = font.getHorizontalMetrics();
    List<byte[]> charStrings = new ArrayList<>();
    for (int gid : glyphs) {
      GeneralPath path = cff instanceof CFFCIDFont cid
          ? cid.getType2CharString(cid.getCharset().getCIDForGID(gid)).getPath()
          : ((CFFType1Font) cff).getType2CharString(gid).getPath();
      charStrings.add(Type2.charString(metrics.getAdvanceWidth(gid), path));
    }
    List<byte[]> strings = new ArrayList<>();
    for (int i = 1; i < glyphs.size(); i++) {
      strings.add(("g" + glyphs.get(i)).getBytes(StandardCharsets.US_ASCII));
    }
    byte[] header = {1, 0, 4, 4};
    byte[] names = Type2.index(List.of(font.getName().getBytes(StandardCharsets.US_ASCII)));
    byte[] stringIndex = Type2.index(strings);
    byte[] globalSubrs = Type2.index(List.of());
    ByteArrayOutputStream charset = new ByteArrayOutputStream();
    charset.write(0);
    for (int i = 1; i < glyphs.size(); i++) {
      int sid = STANDARD_STRINGS + i - 1;
      charset.write(sid >> 8);
      charset.write(sid);
    }
    byte[] charStringIndex = Type2.index(charStrings);
    // defaultWidthX 0, nominalWidthX 0: every charstring carries its width
    byte[] priv = {(byte) 139, 20, (byte) 139, 21};
    short[] box = {font.getHeader().getXMin(), font.getHeader().getYMin(), font.getHeader().getXMax(),
        font.getHeader().getYMax()};
    int topSize = 2 + 1 + 2 * 4 + Type2.topDictSize(); // an INDEX of one DICT with 4-byte offsets
    int charsetAt = header.length + names.length + topSize + stringIndex.length + globalSubrs.length;
    int charStringsAt = charsetAt + charset.size();
    int privateAt = charStringsAt + charStringIndex.length;
    byte[] top = Type2.index(List.of(Type2.topDict(box, charsetAt, charStringsAt, priv.length, privateAt)), 4);
    if (top.length != topSize) {
      throw new IllegalStateException("Top DICT INDEX is " + top.length + " bytes, not " + topSize);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : List.of(header, names, top, stringIndex, globalSubrs, charset.toByteArray(),
        charStringIndex, priv)) {
      out.write(part);
    }
    return out.toByteArray();
  }
}
