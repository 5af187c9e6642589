package org.jixiao.writer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the namespace declarations on an XML part's root element in order of prefix. docx4j
 * (through JAXB) declares them in an order that changes from one JVM run to the next, so the
 * same form gave other DOCX bytes in another process; the order means nothing to XML, so it is
 * fixed here. Everything else in the part is left byte for byte.
 */
final class XmlnsOrder {
  private static final Pattern ATTR = Pattern.compile("\\s+([^\\s=/>]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");

  private XmlnsOrder() {}

  static byte[] canonical(byte[] xml) {
    int start = rootStart(xml);
    if (start < 0) {
      return xml;
    }
    int end = tagEnd(xml, start);
    if (end < 0) {
      return xml;
    }
    String tag = new String(xml, start, end - start, StandardCharsets.UTF_8);
    String fixed = reorder(tag);
    if (fixed.equals(tag)) {
      return xml;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length);
    out.write(xml, 0, start);
    out.writeBytes(fixed.getBytes(StandardCharsets.UTF_8));
    out.write(xml, end, xml.length - end);
    return out.toByteArray();
  }

  /** {@code <name a="1" ...>} with xmlns declarations first, sorted, then the rest as they were. */
  static String reorder(String tag) {
    int nameEnd = 1;
    while (nameEnd < tag.length() && !Character.isWhitespace(tag.charAt(nameEnd))
        && tag.charAt(nameEnd) != '>' && tag.charAt(nameEnd) != '/') {
      nameEnd++;
    }
    String name = tag.substring(0, nameEnd);
    int close = tag.endsWith("/>") ? tag.length() - 2 : tag.length() - 1;
    String attrs = tag.substring(nameEnd, close);
    TreeMap<String, String> ns = new TreeMap<>();
    List<String> other = new ArrayList<>();
    Matcher m = ATTR.matcher(attrs);
    int consumed = 0;
    while (m.find()) {
      if (m.start() != consumed) {
        return tag; // not the simple shape this understands: leave it alone
      }
      consumed = m.end();
      String a = m.group(1);
      String item = a + "=" + m.group(2);
      if (a.equals("xmlns") || a.startsWith("xmlns:")) {
        ns.put(a, item);
      } else {
        other.add(item);
      }
    }
    if (!attrs.substring(consumed).isBlank()) {
      return tag;
    }
    StringBuilder sb = new StringBuilder(name);
    ns.values().forEach(v -> sb.append(' ').append(v));
    other.forEach(v -> sb.append(' ').append(v));
    return sb.append(tag.substring(close)).toString();
  }

  /** Where the root element's start tag begins: after the declaration, comments and PIs. */
  private static int rootStart(byte[] b) {
    int i = 0;
    while (i < b.length) {
      if (b[i] != '<') {
        i++;
        continue;
      }
      if (i + 1 < b.length && (b[i + 1] == '?' || b[i + 1] == '!')) {
        i = indexOf(b, (byte) '>', i);
        if (i < 0) {
          return -1;
        }
        continue;
      }
      return i;
    }
    return -1;
  }

  /** Just past the {@code >} that closes the tag at {@code start}, quotes respected. */
  private static int tagEnd(byte[] b, int start) {
    byte quote = 0;
    for (int i = start; i < b.length; i++) {
      byte c = b[i];
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] b, byte c, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }
}
