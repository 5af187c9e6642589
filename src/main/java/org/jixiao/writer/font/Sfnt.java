package org.jixiao.writer.font;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.TreeMap;

/**
 * One face of an OpenType or TrueType file (or of a .ttc collection) read in place: its table
 * directory, with each table a view of the file's bytes, never a copy.
 */
final class Sfnt {
  static final int TRUETYPE = 0x00010000;
  static final int OPENTYPE_CFF = 0x4F54544F; // 'OTTO'
  private static final int COLLECTION = 0x74746366; // 'ttcf'

  private final byte[] file;
  private final int version;
  /** Table tag to {offset, length} in {@link #file}. */
  private final Map<String, int[]> tables = new TreeMap<>();

  private Sfnt(byte[] file, int version) {
    this.file = file;
    this.version = version;
  }

  /**
   * Face {@code index} of {@code file}: the only face of a .ttf or .otf (index 0), or one of a
   * .ttc collection.
   *
   * @throws IllegalArgumentException when the bytes are not a font or the index is out of range
   */
  static Sfnt read(byte[] file, int index) {
    ByteBuffer b = ByteBuffer.wrap(file);
    int at = 0;
    if (b.getInt(0) == COLLECTION) {
      int count = b.getInt(8);
      if (index < 0 || index >= count) {
        throw new IllegalArgumentException("face " + index + " of a collection of " + count);
      }
      at = b.getInt(12 + 4 * index);
    } else if (index != 0) {
      throw new IllegalArgumentException("face " + index + " of a single font");
    }
    int version = b.getInt(at);
    if (version != TRUETYPE && version != OPENTYPE_CFF && version != 0x74727565) { // 'true'
      throw new IllegalArgumentException("not a TrueType or OpenType font");
    }
    Sfnt sfnt = new Sfnt(file, version == OPENTYPE_CFF ? OPENTYPE_CFF : TRUETYPE);
    int n = b.getShort(at + 4) & 0xFFFF;
    for (int i = 0; i < n; i++) {
      int rec = at + 12 + 16 * i;
      String tag = new String(file, rec, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      int offset = b.getInt(rec + 8);
      int length = b.getInt(rec + 12);
      if (offset < 0 || length < 0 || (long) offset + length > file.length) {
        throw new IllegalArgumentException("table " + tag + " lies outside the file");
      }
      sfnt.tables.put(tag, new int[] {offset, length});
    }
    return sfnt;
  }

  /** Whether the outlines are CFF (an 'OTTO' font) rather than TrueType glyf. */
  boolean cff() {
    return version == OPENTYPE_CFF && tables.containsKey("CFF ");
  }

  boolean has(String tag) {
    return tables.containsKey(tag);
  }

  /** The table as a big-endian view (position 0 is its first byte). */
  ByteBuffer table(String tag) {
    int[] t = tables.get(tag);
    if (t == null) {
      throw new IllegalArgumentException("no " + tag.strip() + " table");
    }
    return ByteBuffer.wrap(file, t[0], t[1]).slice();
  }

  /** A copy of the table's bytes. */
  byte[] bytes(String tag) {
    ByteBuffer t = table(tag);
    byte[] out = new byte[t.remaining()];
    t.get(out);
    return out;
  }

  /** The whole file and the table's offset in it, for readers that want absolute positions. */
  byte[] file() {
    return file;
  }

  int offset(String tag) {
    return tables.get(tag)[0];
  }

  int length(String tag) {
    return tables.get(tag)[1];
  }

  /** Every table tag, sorted. */
  Iterable<String> tags() {
    return tables.keySet();
  }

  /** Number of glyphs (maxp). */
  int glyphCount() {
    return table("maxp").getShort(4) & 0xFFFF;
  }

  /**
   * The Unicode cmap: code point to glyph id, from the full-repertoire subtable (3,10 format
   * 12) when there is one, else the BMP subtable (3,1 or 0,3 format 4).
   */
  Map<Integer, Integer> unicodeCmap() {
    ByteBuffer c = table("cmap");
    int n = c.getShort(2) & 0xFFFF;
    int bmp = -1;
    int full = -1;
    for (int i = 0; i < n; i++) {
      int platform = c.getShort(4 + 8 * i) & 0xFFFF;
      int encoding = c.getShort(6 + 8 * i) & 0xFFFF;
      int offset = c.getInt(8 + 8 * i);
      int format = c.getShort(offset) & 0xFFFF;
      if (format == 12 && (platform == 3 && encoding == 10 || platform == 0 && (encoding == 4 || encoding == 6))) {
        full = offset;
      } else if (format == 4 && (platform == 3 && encoding == 1 || platform == 0 && encoding <= 3)) {
        bmp = bmp < 0 || platform == 3 ? offset : bmp;
      }
    }
    Map<Integer, Integer> map = new TreeMap<>();
    if (full >= 0) {
      readFormat12(c, full, map);
    } else if (bmp >= 0) {
      readFormat4(c, bmp, map);
    } else {
      throw new IllegalArgumentException("no Unicode cmap");
    }
    return map;
  }

  private static void readFormat12(ByteBuffer c, int at, Map<Integer, Integer> map) {
    int groups = c.getInt(at + 12);
    for (int g = 0; g < groups; g++) {
      int start = c.getInt(at + 16 + 12 * g);
      int end = c.getInt(at + 20 + 12 * g);
      int glyph = c.getInt(at + 24 + 12 * g);
      for (int cp = start; cp <= end && cp <= Character.MAX_CODE_POINT; cp++) {
        map.put(cp, glyph + cp - start);
      }
    }
  }

  private static void readFormat4(ByteBuffer c, int at, Map<Integer, Integer> map) {
    int segments = (c.getShort(at + 6) & 0xFFFF) / 2;
    int ends = at + 14;
    int starts = ends + 2 * segments + 2;
    int deltas = starts + 2 * segments;
    int ranges = deltas + 2 * segments;
    for (int s = 0; s < segments; s++) {
      int end = c.getShort(ends + 2 * s) & 0xFFFF;
      int start = c.getShort(starts + 2 * s) & 0xFFFF;
      int delta = c.getShort(deltas + 2 * s);
      int range = c.getShort(ranges + 2 * s) & 0xFFFF;
      for (int cp = start; cp <= end && cp != 0xFFFF; cp++) {
        int glyph;
        if (range == 0) {
          glyph = (cp + delta) & 0xFFFF;
        } else {
          int g = c.getShort(ranges + 2 * s + range + 2 * (cp - start)) & 0xFFFF;
          glyph = g == 0 ? 0 : (g + delta) & 0xFFFF;
        }
        if (glyph != 0) {
          map.put(cp, glyph);
        }
      }
    }
  }
}
