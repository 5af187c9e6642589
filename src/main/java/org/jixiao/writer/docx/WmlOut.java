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

  WmlOut(int capacity) {
    chars = new Chars(capacity);
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

  /** What was written, as characters (the writer is flushed). */
  CharSequence written() throws XMLStreamException {
    x.flush();
    return chars.sb;
  }

  /** An unsynchronised {@link Writer} into a {@link StringBuilder}. */
  private static final class Chars extends Writer {
    final StringBuilder sb;

    Chars(int capacity) {
      sb = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] c, int off, int len) {
      sb.append(c, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
      sb.append(s, off, off + len);
    }

    @Override
    public void write(int c) {
      sb.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
