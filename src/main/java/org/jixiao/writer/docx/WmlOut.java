package org.jixiao.writer.docx;

import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * WordprocessingML written as a stream through the JDK's {@link XMLStreamWriter}, which escapes
 * every text and attribute value: the document part without building docx4j's object tree and
 * marshalling it through JAXB. The writer is not namespace-repairing and names are given
 * qualified ({@code "w:p"}, {@code "w:val"}): every prefix used is declared on the root element
 * (see {@link DocxRoot}), so the writer need not look prefixes up for each element and attribute
 * (that lookup, through Xerces' symbol table and namespace stack, took longer than the rest of
 * the writing).
 */
final class WmlOut {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final XMLStreamWriter x;
  private final Chars chars;

  /**
   * A writer of about {@code capacity} bytes, starting with {@code prolog} as it is (the XML
   * declaration: the JDK's writer cannot write {@code standalone="yes"}).
   */
  WmlOut(int capacity, byte[] prolog) {
    chars = new Chars(Math.max(capacity, prolog.length + 64));
    System.arraycopy(prolog, 0, chars.buf, 0, prolog.length);
    chars.pos = prolog.length;
    try {
      x = FACTORY.createXMLStreamWriter(chars);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the JDK's XML writer could not be made", e);
    }
  }

  XMLStreamWriter raw() {
    return x;
  }

  /** {@code <name>} ({@code "w:p"}), left open for attributes and content. */
  WmlOut start(String name) throws XMLStreamException {
    x.writeStartElement(name);
    return this;
  }

  /** {@code <name/>}: attributes may follow, no content. */
  WmlOut empty(String name) throws XMLStreamException {
    x.writeEmptyElement(name);
    return this;
  }

  /** {@code name="value"} ({@code "w:val"}) on the element just started, escaped by the writer. */
  WmlOut attr(String name, String value) throws XMLStreamException {
    x.writeAttribute(name, value);
    return this;
  }

  WmlOut attr(String name, long value) throws XMLStreamException {
    return attr(name, Long.toString(value));
  }

  /**
   * Text content, escaped by the writer. A carriage return goes out as the character reference
   * {@code &#13;}, as JAXB wrote it (the JDK's writer would write it raw, and a reader would take
   * it for a line end); it reaches a layout only from a template's {@code &#13;}.
   */
  WmlOut text(String s) throws XMLStreamException {
    int from = 0;
    for (int cr = s.indexOf('\r'); cr >= 0; cr = s.indexOf('\r', from)) {
      x.writeCharacters(s.substring(from, cr));
      x.writeEntityRef("#13");
      from = cr + 1;
    }
    x.writeCharacters(from == 0 ? s : s.substring(from));
    return this;
  }

  WmlOut end() throws XMLStreamException {
    x.writeEndElement();
    return this;
  }

  /** What was written, in UTF-8 (the writer is flushed). */
  byte[] utf8() throws XMLStreamException {
    x.flush();
    return chars.bytes();
  }

  /**
   * An unsynchronised {@link Writer} that encodes into a growing byte array as UTF-8 (what
   * {@code String.getBytes(UTF_8)} gives, a lone surrogate as {@code ?}), so the document is not
   * built as UTF-16 first and copied and encoded again.
   */
  private static final class Chars extends Writer {
    private byte[] buf;
    private int pos;
    private char high;

    Chars(int capacity) {
      buf = new byte[capacity];
    }

    @Override
    public void write(char[] c, int off, int len) {
      room(len);
      for (int i = off; i < off + len; i++) {
        put(c[i]);
      }
    }

    @Override
    public void write(String s, int off, int len) {
      room(len);
      for (int i = off; i < off + len; i++) {
        put(s.charAt(i));
      }
    }

    @Override
    public void write(int c) {
      room(1);
      put((char) c);
    }

    /** Room for {@code chars} more characters, three bytes each at most (a pair is four for two). */
    private void room(int chars) {
      if (buf.length - pos < 3 * chars + 3) {
        buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, pos + 3 * chars + 3));
      }
    }

    private void put(char c) {
      if (high != 0) {
        char h = high;
        high = 0;
        if (Character.isLowSurrogate(c)) {
          int cp = Character.toCodePoint(h, c);
          buf[pos++] = (byte) (0xF0 | cp >> 18);
          buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
          buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
          buf[pos++] = (byte) (0x80 | cp & 0x3F);
          return;
        }
        buf[pos++] = '?';
      }
      if (c < 0x80) {
        buf[pos++] = (byte) c;
      } else if (c < 0x800) {
        buf[pos++] = (byte) (0xC0 | c >> 6);
        buf[pos++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c)) {
        high = c;
      } else if (Character.isLowSurrogate(c)) {
        buf[pos++] = '?';
      } else {
        buf[pos++] = (byte) (0xE0 | c >> 12);
        buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
        buf[pos++] = (byte) (0x80 | c & 0x3F);
      }
    }

    byte[] bytes() {
      if (high != 0) {
        high = 0;
        room(1);
        buf[pos++] = '?';
      }
      return java.util.Arrays.copyOf(buf, pos);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
