package org.jixiao.writer.pdf;

import org.apache.commons.codec.digest.MurmurHash3;
import org.jixiao.layout.Block;
import org.jixiao.layout.Cell;
import org.jixiao.layout.Layout;
import org.jixiao.layout.PageBreak;
import org.jixiao.layout.PageSetup;
import org.jixiao.layout.Paragraph;
import org.jixiao.layout.Row;
import org.jixiao.layout.SpreadLine;
import org.jixiao.layout.Table;
import org.jixiao.layout.Side;
import org.jixiao.writer.WriteOptions;

/**
 * A 128-bit hash of everything that decides a PDF's bytes, for the file /ID and the seed of the
 * subset prefixes: the same layout and options always give the same 16 bytes, and any change of
 * them other ones. Fed field by field (hashCode and toString are no use across runs: enum hashes
 * and Set order change from one JVM to the next) into one buffer, hashed at once (a form has
 * thousands of fields): a kind byte per block, row and cell, enums by ordinal, ints in four
 * bytes, numbers in the double's eight, texts as their length then their UTF-16 chars.
 *
 * <p>MurmurHash3 (x64, 128 bits; Apache Commons Codec), not SHA-256: the /ID only has to tell
 * files apart, not resist an attacker (ISO 32000 asks no more), and SHA-256 was about 5 % of
 * writing a PDF on the launcher's C1-only JVM, which has no SHA intrinsic.
 */
final class LayoutDigest {
  private byte[] buf = new byte[8192];
  private int size;
  /** A text's chars, copied out at once rather than asked one by one. */
  private char[] chars = new char[256];

  private LayoutDigest() {}

  private void ensure(int more) {
    if (size + more > buf.length) {
      buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
  }

  /** h1 then h2, each big-endian. */
  private byte[] digest() {
    long[] h = MurmurHash3.hash128x64(buf, 0, size, 0);
    byte[] out = new byte[16];
    for (int i = 0; i < 8; i++) {
      out[i] = (byte) (h[0] >>> (56 - 8 * i));
      out[8 + i] = (byte) (h[1] >>> (56 - 8 * i));
    }
    return out;
  }

  static byte[] of(Layout layout, WriteOptions options, PdfProfile profile) {
    LayoutDigest d = new LayoutDigest();
    d.text(profile.id());
    d.text(layout.title()).text(layout.bodyFont()).text(layout.titleFont()).text(layout.author())
        .text(String.valueOf(layout.date()));
    PageSetup p = layout.page();
    d.flag(p.landscape()).num(p.top()).num(p.right()).num(p.bottom()).num(p.left());
    for (Block b : layout.blocks()) {
      d.block(b);
    }
    d.flag(options.fromSourceDateEpoch()).num(options.timestamp().toEpochMilli());
    return d.digest();
  }

  private void block(Block b) {
    if (b instanceof Paragraph p) {
      kind(1).text(p.text()).kind(p.style().ordinal()).kind(p.align().ordinal()).flag(p.bold())
          .num(p.size());
    } else if (b instanceof SpreadLine l) {
      kind(2).text(l.left()).text(l.center()).text(l.right()).num(l.size());
    } else if (b instanceof Table t) {
      kind(3).flag(t.joined()).num(t.size()).integer(t.head().size()).integer(t.widths().size())
          .integer(t.rows().size());
      t.widths().forEach(this::num);
      for (Row r : t.rows()) {
        kind(4).num(r.minHeight()).integer(r.cells().size());
        r.cells().forEach(this::cell);
      }
    } else if (b instanceof PageBreak) {
      kind(5);
    }
  }

  private void cell(Cell c) {
    int ruled = 0;
    for (Side s : Side.values()) {
      ruled = ruled << 1 | (c.ruled(s) ? 1 : 0);
    }
    kind(6).integer(c.rowspan()).integer(c.colspan()).kind(c.align().ordinal())
        .kind(c.valign().ordinal()).flag(c.bold()).kind(ruled).integer(c.paragraphs().size());
    c.paragraphs().forEach(this::text);
  }

  private LayoutDigest text(String s) {
    int n = s.length();
    integer(n);
    ensure(2 * n);
    if (chars.length < n) {
      chars = new char[Math.max(2 * chars.length, n)];
    }
    s.getChars(0, n, chars, 0);
    byte[] b = buf;
    int at = size;
    for (int i = 0; i < n; i++) {
      char ch = chars[i];
      b[at] = (byte) (ch >>> 8);
      b[at + 1] = (byte) ch;
      at += 2;
    }
    size = at;
    return this;
  }

  /** The double's eight bytes, big-endian. */
  private LayoutDigest num(double v) {
    long bits = Double.doubleToRawLongBits(v);
    ensure(Long.BYTES);
    for (int i = 56; i >= 0; i -= 8) {
      buf[size++] = (byte) (bits >>> i);
    }
    return this;
  }

  private LayoutDigest integer(int v) {
    ensure(Integer.BYTES);
    buf[size++] = (byte) (v >>> 24);
    buf[size++] = (byte) (v >>> 16);
    buf[size++] = (byte) (v >>> 8);
    buf[size++] = (byte) v;
    return this;
  }

  /** A block's, row's or cell's kind, an enum's ordinal or a few flags: one byte. */
  private LayoutDigest kind(int v) {
    ensure(1);
    buf[size++] = (byte) v;
    return this;
  }

  private LayoutDigest flag(boolean v) {
    return kind(v ? 1 : 0);
  }
}
