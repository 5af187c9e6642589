package org.jixiao.writer.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * A SHA-256 of everything that decides a PDF's bytes, fed field by field: hashCode and toString
 * are no use across runs (enum hashes and Set order change from one JVM to the next). The fields
 * are gathered in one buffer and hashed at once (a form has thousands of them).
 */
final class LayoutDigest {
  private byte[] buf = new byte[4096];
  private int size;

  private LayoutDigest() {}

  private void put(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, buf, size, b.length);
    size += b.length;
  }

  private void ensure(int more) {
    if (size + more > buf.length) {
      buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
  }

  private byte[] digest() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(buf, 0, size);
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
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
      text("p").text(p.text()).text(p.style().name()).text(p.align().name()).flag(p.bold()).num(p.size());
    } else if (b instanceof SpreadLine l) {
      text("line").text(l.left()).text(l.center()).text(l.right()).num(l.size());
    } else if (b instanceof Table t) {
      text("table").flag(t.joined()).num(t.size()).num(t.head().size());
      t.widths().forEach(this::num);
      for (Row r : t.rows()) {
        text("row").num(r.minHeight());
        r.cells().forEach(this::cell);
      }
    } else if (b instanceof PageBreak) {
      text("break");
    }
  }

  private void cell(Cell c) {
    text("cell").num(c.rowspan()).num(c.colspan()).text(c.align().name()).text(c.valign().name())
        .flag(c.bold());
    for (Side s : Side.values()) {
      flag(c.ruled(s));
    }
    num(c.paragraphs().size());
    c.paragraphs().forEach(this::text);
  }

  private LayoutDigest text(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    num(b.length);
    put(b);
    return this;
  }

  /** The double's eight bytes, big-endian, as {@code ByteBuffer.putDouble} writes them. */
  private LayoutDigest num(double v) {
    long bits = Double.doubleToRawLongBits(v);
    ensure(Long.BYTES);
    for (int i = 56; i >= 0; i -= 8) {
      buf[size++] = (byte) (bits >>> i);
    }
    return this;
  }

  private LayoutDigest flag(boolean v) {
    ensure(1);
    buf[size++] = (byte) (v ? 1 : 0);
    return this;
  }
}
