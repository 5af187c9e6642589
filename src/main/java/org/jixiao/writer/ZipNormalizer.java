package org.jixiao.writer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an OOXML zip so it is reproducible: entries in a fixed order ([Content_Types].xml
 * first, as Office expects, then by name), every entry stamped with one fixed time, and the
 * namespace declarations of each XML part in a fixed order, without docx4j's "Created by"
 * comment. docx4j and POI stamp the current time, and docx4j orders namespaces differently from
 * run to run and names the machine's Java; this is the one place that undoes all that.
 */
public final class ZipNormalizer {
  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final byte[] STAMP = "<!-- Created by docx4j".getBytes(StandardCharsets.US_ASCII);
  /**
   * The part docx4j stamps (through {@code MainDocumentPartFilterOutputStream}); searching every
   * other part, sheets and bodies of hundreds of KB, for the stamp found nothing at some cost.
   */
  private static final String STAMPED_PART = "word/document.xml";
  private static final byte[] COMMENT_END = "-->".getBytes(StandardCharsets.US_ASCII);

  private ZipNormalizer() {}

  public static void normalize(byte[] zip, Instant time, OutputStream out) throws IOException {
    normalize(zip, Map.of(), time, out);
  }

  /**
   * As {@link #normalize(byte[], Instant, OutputStream)}, with the entries named in {@code parts}
   * taking those bytes instead of the zip's: for a part the writer marshalled itself (the zip
   * then holds a placeholder of that name).
   */
  public static void normalize(byte[] zip, Map<String, byte[]> parts, Instant time, OutputStream out)
      throws IOException {
    write(entries(zip, parts), time, out);
  }

  /**
   * The entries of {@code zip} by name, as {@link #normalize} writes them: the entries named in
   * {@code parts} with those bytes, every XML part with its namespaces in order and without
   * docx4j's comment. For a writer that keeps parts that do not change from file to file.
   */
  public static Map<String, byte[]> entries(byte[] zip, Map<String, byte[]> parts) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          byte[] own = parts.get(e.getName());
          byte[] data = own != null ? own : in.readAllBytes();
          // only docx4j's main document part carries its comment; a part of ours never does
          boolean stamped = own == null && e.getName().equals(STAMPED_PART);
          entries.put(e.getName(), xml(e.getName()) ? XmlnsOrder.canonical(stamped ? unstamped(data) : data) : data);
        }
      }
    }
    return entries;
  }

  private static boolean xml(String name) {
    return name.endsWith(".xml") || name.endsWith(".rels");
  }

  /** An XML part with the namespace declarations of its root element in order of prefix. */
  public static byte[] canonicalNamespaces(byte[] xml) {
    return XmlnsOrder.canonical(xml);
  }

  /**
   * Writes {@code entries} (name to bytes, taken as they are) as a reproducible zip:
   * [Content_Types].xml first, then by name, each stamped with {@code time}.
   */
  public static void write(Map<String, byte[]> entries, Instant time, OutputStream out) throws IOException {
    FileTime ft = FileTime.from(time);
    ZipOutputStream zout = new ZipOutputStream(out);
    zout.setLevel(6);
    byte[] types = entries.get(CONTENT_TYPES);
    if (types != null) {
      put(zout, CONTENT_TYPES, types, ft);
    }
    for (Map.Entry<String, byte[]> e : new TreeMap<>(entries).entrySet()) {
      if (!e.getKey().equals(CONTENT_TYPES)) {
        put(zout, e.getKey(), e.getValue(), ft);
      }
    }
    zout.finish();
  }

  /**
   * Without docx4j's {@code <!-- Created by docx4j 11.5.1 … using … Java 17.0.15 on Linux -->}:
   * it names the machine's Java and system, so the same form differed between machines, and
   * docx4j reads its own version lazily and racily ("docx4j null" now and then).
   */
  static byte[] unstamped(byte[] xml) {
    int at = indexOf(xml, STAMP);
    if (at < 0) {
      return xml;
    }
    int end = indexOf(xml, COMMENT_END, at);
    if (end < 0) {
      return xml;
    }
    end += COMMENT_END.length;
    byte[] out = new byte[xml.length - (end - at)];
    System.arraycopy(xml, 0, out, 0, at);
    System.arraycopy(xml, end, out, at, xml.length - end);
    return out;
  }

  private static int indexOf(byte[] b, byte[] what) {
    return indexOf(b, what, 0);
  }

  private static int indexOf(byte[] b, byte[] what, int from) {
    outer:
    for (int i = from; i <= b.length - what.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (b[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static void put(ZipOutputStream zout, String name, byte[] data, FileTime time)
      throws IOException {
    put(zout, name, data, time.toInstant());
  }

  /** One entry stamped with {@code time} the reproducible way, for writers that zip parts themselves. */
  public static void put(ZipOutputStream zout, String name, byte[] data, Instant time)
      throws IOException {
    ZipEntry e = new ZipEntry(name);
    // DOS time only, read as UTC: no extended-time field, no dependence on the machine's zone.
    e.setTimeLocal(java.time.LocalDateTime.ofInstant(time, java.time.ZoneOffset.UTC));
    zout.putNextEntry(e);
    zout.write(data);
    zout.closeEntry();
  }

  /** Convenience for writers that build the whole file in memory first. */
  public static byte[] normalize(byte[] zip, Instant time) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    normalize(zip, time, out);
    return out.toByteArray();
  }
}
