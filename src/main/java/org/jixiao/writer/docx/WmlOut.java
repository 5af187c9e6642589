package org.jixiao.writer.docx;

import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * WordprocessingML written as a stream through the JDK's {@link XMLStreamWriter}, which escapes
 * every text and attribute value: the document part without building docx4j's object tree and
 * marshalling it through JAXB. Elements and attributes are in the {@code w:} namespace unless
 * named otherwise; the writer is not namespace-repairing, so the prefixes must be declared on the
 * root (as {@link DocxRoot} does).
 */
final class WmlOut {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String XML = "http://www.w3.org/XML/1998/namespace";
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

  /** {@code <w:name>}, left open for attributes and content. */
  WmlOut start(String name) throws XMLStreamException {
    x.writeStartElement("w", name, W);
    return this;
  }

  /** {@code <w:name/>}: attributes may follow, no content. */
  WmlOut empty(String name) throws XMLStreamException {
    x.writeEmptyElement("w", name, W);
    return this;
  }

  /** {@code w:name="value"} on the element just started, escaped by the writer. */
  WmlOut attr(String name, String value) throws XMLStreamException {
    x.writeAttribute("w", W, name, value);
    return this;
  }

  WmlOut attr(String name, long value) throws XMLStreamException {
    return attr(name, Long.toString(value));
  }

  WmlOut attr(String prefix, String uri, String name, String value) throws XMLStreamException {
    x.writeAttribute(prefix, uri, name, value);
    return this;
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
