package org.jixiao.writer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
 * namespace declarations of each XML part in a fixed order. docx4j and POI stamp the current
 * time, and docx4j orders namespaces differently from run to run; this is the one place that
 * undoes both.
 */
public final class ZipNormalizer {
  private static final String CONTENT_TYPES = "[Content_Types].xml";

  private ZipNormalizer() {}

  public static void normalize(byte[] zip, Instant time, OutputStream out) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          byte[] data = in.readAllBytes();
          boolean xml = e.getName().endsWith(".xml") || e.getName().endsWith(".rels");
          entries.put(e.getName(), xml ? XmlnsOrder.canonical(data) : data);
        }
      }
    }
    FileTime ft = FileTime.from(time);
    ZipOutputStream zout = new ZipOutputStream(out);
    zout.setLevel(6);
    if (entries.containsKey(CONTENT_TYPES)) {
      put(zout, CONTENT_TYPES, entries.remove(CONTENT_TYPES), ft);
    }
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      put(zout, e.getKey(), e.getValue(), ft);
    }
    zout.finish();
  }

  private static void put(ZipOutputStream zout, String name, byte[] data, FileTime time)
      throws IOException {
    ZipEntry e = new ZipEntry(name);
    // DOS time only, read as UTC: no extended-time field, no dependence on the machine's zone.
    e.setTimeLocal(java.time.LocalDateTime.ofInstant(time.toInstant(), java.time.ZoneOffset.UTC));
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
