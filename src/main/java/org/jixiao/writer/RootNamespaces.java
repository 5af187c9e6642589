package org.jixiao.writer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts the namespace declarations on an XML part's root element. docx4j's JAXB marshaller
 * declares the same namespaces in an order that depends on what the JVM marshalled before, so a
 * unit's DOCX differed by which units were rendered ahead of it in the same run.
 */
final class RootNamespaces {
  private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([A-Za-z_][\\w.:-]*)=\"([^\"<>]*)\"");
  private static final Pattern NAME = Pattern.compile("<([A-Za-z_][\\w.:-]*)");

  private RootNamespaces() {}

  /** {@code xml} with its root's xmlns attributes first, sorted; unchanged if it cannot tell. */
  static byte[] sort(byte[] xml) {
    String s = new String(xml, StandardCharsets.UTF_8);
    int start = rootStart(s);
    if (start < 0) {
      return xml;
    }
    int end = s.indexOf('>', start);
    if (end < 0) {
      return xml;
    }
    boolean empty = s.charAt(end - 1) == '/';
    String tag = s.substring(start, empty ? end - 1 : end).stripTrailing();
    Matcher n = NAME.matcher(tag);
    if (!n.lookingAt()) {
      return xml;
    }
    List<String[]> namespaces = new ArrayList<>();
    List<String[]> others = new ArrayList<>();
    Matcher a = ATTRIBUTE.matcher(tag);
    int at = n.end();
    while (at < tag.length()) {
      if (!a.find(at) || a.start() != at) {
        return xml; // something this simple reader does not know: leave the part as it is
      }
      String[] attr = {a.group(1), a.group(2)};
      (a.group(1).equals("xmlns") || a.group(1).startsWith("xmlns:") ? namespaces : others).add(attr);
      at = a.end();
    }
    namespaces.sort(Comparator.comparing((String[] x) -> x[0]));
    StringBuilder rebuilt = new StringBuilder("<").append(n.group(1));
    for (List<String[]> group : List.of(namespaces, others)) {
      for (String[] x : group) {
        rebuilt.append(' ').append(x[0]).append("=\"").append(x[1]).append('"');
      }
    }
    if (rebuilt.toString().equals(tag)) {
      return xml;
    }
    return (s.substring(0, start) + rebuilt + s.substring(empty ? end - 1 : end))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Where the root element's start tag begins, after the XML declaration and comments. */
  private static int rootStart(String s) {
    int i = 0;
    while (true) {
      i = s.indexOf('<', i);
      if (i < 0 || i + 1 >= s.length()) {
        return -1;
      }
      char c = s.charAt(i + 1);
      if (c == '?' || c == '!') {
        i = s.indexOf('>', i);
        if (i < 0) {
          return -1;
        }
        continue;
      }
      return i;
    }
  }
}
