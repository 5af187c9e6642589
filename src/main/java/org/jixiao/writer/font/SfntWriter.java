package org.jixiao.writer.font;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Assembles an sfnt (TrueType / OpenType) file from its tables: directory, padding, checksums. */
final class SfntWriter {
  private static final long CHECKSUM_MAGIC = 0xB1B0AFBAL;

  private final int version;
  /** Tables by tag; tags sort as the directory wants them (by their bytes). */
  private final Map<String, byte[]> tables = new TreeMap<>();

  SfntWriter(int version) {
    this.version = version;
  }

  void put(String tag, byte[] table) {
    tables.put(tag, table);
  }

  byte[] toByteArray() {
    int n = tables.size();
    int entrySelector = 31 - Integer.numberOfLeadingZeros(Math.max(1, n));
    int searchRange = 16 << entrySelector;
    ByteBuffer dir = ByteBuffer.allocate(12 + 16 * n);
    dir.putInt(version).putShort((short) n).putShort((short) searchRange)
        .putShort((short) entrySelector).putShort((short) (16 * n - searchRange));
    int offset = 12 + 16 * n;
    List<byte[]> bodies = new ArrayList<>();
    int headAt = -1;
    // the whole font's checksum is the sum of the directory's and the tables' (each padded with
    // zeros to a whole word, as the tables lie in the file): no need to read the font again
    long sum = 0;
    for (Map.Entry<String, byte[]> t : tables.entrySet()) {
      byte[] body = t.getValue();
      if (t.getKey().equals("head")) {
        body = body.clone();
        ByteBuffer.wrap(body).putInt(8, 0); // checkSumAdjustment, set below
        headAt = offset;
      }
      long checksum = checksum(body);
      sum += checksum;
      dir.put(t.getKey().getBytes(StandardCharsets.ISO_8859_1)).putInt((int) checksum)
          .putInt(offset).putInt(body.length);
      bodies.add(body);
      offset += (body.length + 3) & ~3;
    }
    byte[] font = new byte[offset];
    System.arraycopy(dir.array(), 0, font, 0, dir.capacity());
    int at = dir.capacity();
    for (byte[] body : bodies) {
      System.arraycopy(body, 0, font, at, body.length);
      at += (body.length + 3) & ~3;
    }
    if (headAt >= 0) {
      long whole = (checksum(dir.array()) + sum) & 0xFFFFFFFFL;
      ByteBuffer.wrap(font).putInt(headAt + 8, (int) (CHECKSUM_MAGIC - whole));
    }
    return font;
  }

  /** The sum of the data as big-endian 32-bit words, zero-padded, modulo 2^32. */
  static long checksum(byte[] data) {
    long sum = 0;
    int whole = data.length & ~3;
    for (int i = 0; i < whole; i += 4) {
      sum += ((data[i] & 0xFFL) << 24) | ((data[i + 1] & 0xFF) << 16) | ((data[i + 2] & 0xFF) << 8)
          | (data[i + 3] & 0xFF);
    }
    for (int i = whole; i < data.length; i += 4) {
      long word = 0;
      for (int j = 0; j < 4; j++) {
        word = (word << 8) | (i + j < data.length ? data[i + j] & 0xFF : 0);
      }
      sum += word;
    }
    return sum & 0xFFFFFFFFL;
  }

  /**
   * The name table with {@code prefix} before each PostScript name (name id 6): UTF-16 for
   * Unicode and Windows records, ASCII for Macintosh ones. Language-tag records of a format 1
   * table are left out, and with them the names that use them.
   */
  static byte[] prefixPostScriptName(ByteBuffer name, String prefix) {
    int count = name.getShort(2) & 0xFFFF;
    int strings = name.getShort(4) & 0xFFFF;
    List<int[]> records = new ArrayList<>();
    List<byte[]> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int at = 6 + 12 * i;
      int platform = name.getShort(at) & 0xFFFF;
      int language = name.getShort(at + 4) & 0xFFFF;
      int id = name.getShort(at + 6) & 0xFFFF;
      int length = name.getShort(at + 8) & 0xFFFF;
      int offset = name.getShort(at + 10) & 0xFFFF;
      if (language >= 0x8000 || strings + offset + length > name.limit()) {
        continue;
      }
      byte[] value = new byte[length];
      name.get(strings + offset, value);
      if (id == 6) {
        byte[] p = prefix.getBytes(platform == 1 ? StandardCharsets.US_ASCII : StandardCharsets.UTF_16BE);
        byte[] v = new byte[p.length + length];
        System.arraycopy(p, 0, v, 0, p.length);
        System.arraycopy(value, 0, v, p.length, length);
        value = v;
      }
      records.add(new int[] {platform, name.getShort(at + 2) & 0xFFFF, language, id});
      values.add(value);
    }
    int head = 6 + 12 * records.size();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    ByteBuffer b = ByteBuffer.allocate(head);
    b.putShort((short) 0).putShort((short) records.size()).putShort((short) head);
    for (int i = 0; i < records.size(); i++) {
      int[] r = records.get(i);
      b.putShort((short) r[0]).putShort((short) r[1]).putShort((short) r[2]).putShort((short) r[3])
          .putShort((short) values.get(i).length).putShort((short) body.size());
      body.writeBytes(values.get(i));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(b.array());
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }

  /**
   * A cmap with a (3,1) format 4 subtable for the Basic Multilingual Plane and, when a code point
   * lies beyond it, a (3,10) format 12 subtable for all.
   */
  static byte[] cmap(TreeMap<Integer, Integer> map) {
    int[] cps = new int[map.size()];
    int[] glyphs = new int[map.size()];
    int i = 0;
    for (Map.Entry<Integer, Integer> e : map.entrySet()) {
      cps[i] = e.getKey();
      glyphs[i++] = e.getValue();
    }
    return cmap(cps, glyphs);
  }

  /** As {@link #cmap(TreeMap)}: code point {@code cps[i]} (ascending, each once) is glyph {@code glyphs[i]}. */
  static byte[] cmap(int[] cps, int[] glyphs) {
    int bmpEnd = 0;
    while (bmpEnd < cps.length && cps[bmpEnd] < 0x10000) {
      bmpEnd++;
    }
    byte[] bmp = format4(cps, glyphs, bmpEnd);
    boolean full = bmpEnd < cps.length;
    byte[] all = full ? format12(cps, glyphs) : null;
    ByteBuffer b = ByteBuffer.allocate(4 + 8 * (full ? 2 : 1) + bmp.length + (full ? all.length : 0));
    int first = 4 + 8 * (full ? 2 : 1);
    b.putShort((short) 0).putShort((short) (full ? 2 : 1));
    b.putShort((short) 3).putShort((short) 1).putInt(first);
    if (full) {
      b.putShort((short) 3).putShort((short) 10).putInt(first + bmp.length);
    }
    b.put(bmp);
    if (full) {
      b.put(all);
    }
    return b.array();
  }

  /**
   * Segments of consecutive code points with consecutive glyphs, each by its idDelta: the first
   * {@code count} code points.
   */
  private static byte[] format4(int[] cps, int[] glyphs, int count) {
    List<int[]> segments = new ArrayList<>(); // start, end, first glyph
    for (int i = 0; i < count; i++) {
      int cp = cps[i];
      int glyph = glyphs[i];
      if (cp == 0xFFFF) {
        continue;
      }
      int[] last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
      if (last != null && last[1] == cp - 1 && last[2] + (cp - last[0]) == glyph) {
        last[1] = cp;
      } else {
        segments.add(new int[] {cp, cp, glyph});
      }
    }
    segments.add(new int[] {0xFFFF, 0xFFFF, 0});
    int n = segments.size();
    int entrySelector = 31 - Integer.numberOfLeadingZeros(n);
    int searchRange = 2 << entrySelector;
    int length = 16 + 8 * n;
    ByteBuffer b = ByteBuffer.allocate(length);
    b.putShort((short) 4).putShort((short) length).putShort((short) 0).putShort((short) (2 * n))
        .putShort((short) searchRange).putShort((short) entrySelector).putShort((short) (2 * n - searchRange));
    segments.forEach(s -> b.putShort((short) s[1]));
    b.putShort((short) 0);
    segments.forEach(s -> b.putShort((short) s[0]));
    // the last segment maps 0xFFFF to glyph 0: delta 1
    segments.forEach(s -> b.putShort((short) (s[0] == 0xFFFF ? 1 : s[2] - s[0])));
    segments.forEach(s -> b.putShort((short) 0));
    return b.array();
  }

  private static byte[] format12(int[] cps, int[] glyphs) {
    List<int[]> groups = new ArrayList<>();
    for (int i = 0; i < cps.length; i++) {
      int cp = cps[i];
      int glyph = glyphs[i];
      int[] last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && last[1] == cp - 1 && last[2] + (cp - last[0]) == glyph) {
        last[1] = cp;
      } else {
        groups.add(new int[] {cp, cp, glyph});
      }
    }
    ByteBuffer b = ByteBuffer.allocate(16 + 12 * groups.size());
    b.putShort((short) 12).putShort((short) 0).putInt(16 + 12 * groups.size()).putInt(0).putInt(groups.size());
    groups.forEach(g -> b.putInt(g[0]).putInt(g[1]).putInt(g[2]));
    return b.array();
  }
}
