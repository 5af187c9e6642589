package org.jixiao.writer.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.internal.marshallers.ZipPackagePropertiesMarshaller;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.writer.ZipNormalizer;

/**
 * The parts of a workbook's XLSX, by zip entry name, normalised as {@link ZipNormalizer#entries}
 * gives them from POI's saved package, without saving the package and unzipping it again.
 *
 * <p>POI writes every byte. {@code XSSFWorkbook.write} commits each part (the workbook, sheet,
 * styles and shared strings, serialised by XMLBeans into the package's parts), commits the
 * extended properties (app.xml), and saves the package: the content types and relationships
 * (from DOMs), the core properties (POI's marshaller) and the parts, zipped. Here POI commits the
 * parts as its {@code write} does ({@link Workbook#commitParts}) and marshals core.xml with the
 * marshaller its save uses; the parts that a package of this shape always gets alike (content
 * types, relationships, app.xml) are taken once per run from POI's own save of a workbook made
 * the same way ({@link Skeleton}).
 *
 * <p>Alike means: the same parts with the same content types and the same relationships (the
 * {@linkplain #shape shape}), which is all the content types and relationship parts are made
 * from; a workbook of another shape (another part, a hyperlink, a second sheet) is saved whole
 * by POI, as before. app.xml holds only what POI puts in the extended properties of a new
 * workbook; the writer never sets them.
 */
final class WorkbookParts {
  private WorkbookParts() {}

  /** A workbook whose parts POI commits without saving the package ({@code onSave} is protected). */
  static final class Workbook extends XSSFWorkbook {
    /** What {@code POIXMLDocument.write} does before it saves the package: every part committed. */
    void commitParts() throws IOException {
      onSave(new HashSet<>());
    }

    /** The same, but the parts in {@code skip} are not committed (POI takes them as saved). */
    void commitParts(Set<PackagePart> skip) throws IOException {
      onSave(new HashSet<>(skip));
    }
  }

  /**
   * From POI's save of a workbook made as the writer makes one: its shape, the parts that do not
   * come from a committed part or from the core properties (normalised), and each committed
   * part's bytes as committed and as normalised (a part committed alike is taken as it was).
   */
  private record Skeleton(String shape, Map<String, byte[]> constant, Map<String, byte[]> committed,
      Map<String, byte[]> normalised) {}

  private static volatile Skeleton skeleton;

  private static Skeleton skeleton() throws IOException {
    Skeleton s = skeleton;
    if (s == null) {
      synchronized (WorkbookParts.class) {
        s = skeleton;
        if (s == null) {
          s = makeSkeleton();
          skeleton = s;
        }
      }
    }
    return s;
  }

  private static Skeleton makeSkeleton() throws IOException {
    Workbook book = new Workbook();
    DeferredSXSSFWorkbook wb = new DeferredSXSSFWorkbook(book, -1);
    try {
      wb.createSheet("Sheet1");
      book.commitParts();
      String shape = shape(book.getPackage());
      Map<String, byte[]> committed = committed(book.getPackage(), Set.of());
      Map<String, byte[]> all = whole(book);
      Map<String, byte[]> constant = new TreeMap<>(all);
      constant.keySet().removeAll(committed.keySet());
      if (constant.remove(coreName(book.getPackage())) == null) {
        throw new IOException("POI saved no core properties part");
      }
      Map<String, byte[]> normalised = new HashMap<>();
      for (String name : committed.keySet()) {
        normalised.put(name, all.get(name));
      }
      return new Skeleton(shape, Map.copyOf(constant), Map.copyOf(committed), Map.copyOf(normalised));
    } finally {
      book.getPackage().revert();
    }
  }

  /** For tests: the skeleton's shape, the names of its constant parts, one of its parts. */
  static String skeletonShape() throws IOException {
    return skeleton().shape();
  }

  static java.util.Set<String> constantNames() throws IOException {
    return new java.util.TreeSet<>(skeleton().constant().keySet());
  }

  static byte[] skeletonPart(String name) throws IOException {
    return skeleton().constant().get(name);
  }

  /**
   * The entries of {@code book}'s XLSX as {@link ZipNormalizer#entries} gives them from
   * {@code book.write}: POI commits the parts and marshals the core properties; the rest is the
   * skeleton's when the package has its shape, else the whole package is saved.
   */
  static Map<String, byte[]> of(Workbook book) throws IOException {
    return of(book, Map.of());
  }

  /**
   * As {@link #of(Workbook)}, but the parts in {@code known} are not committed: their entries are
   * the bytes given, which must be what POI committed, normalised, for a part made alike.
   */
  static Map<String, byte[]> of(Workbook book, Map<PackagePart, byte[]> known) throws IOException {
    Skeleton s = skeleton();
    book.commitParts(known.keySet());
    OPCPackage pkg = book.getPackage();
    if (!shape(pkg).equals(s.shape())) {
      return whole(book);
    }
    Map<String, byte[]> entries = new TreeMap<>(s.constant());
    for (Map.Entry<PackagePart, byte[]> e : known.entrySet()) {
      entries.put(entryName(e.getKey()), e.getValue());
    }
    for (Map.Entry<String, byte[]> e : committed(pkg, known.keySet()).entrySet()) {
      byte[] before = s.committed().get(e.getKey());
      entries.put(e.getKey(), Arrays.equals(before, e.getValue()) ? s.normalised().get(e.getKey())
          : ZipNormalizer.canonicalNamespaces(e.getValue()));
    }
    entries.put(coreName(pkg), ZipNormalizer.canonicalNamespaces(core(pkg)));
    return entries;
  }

  /** The entries of {@code book}'s XLSX from POI's save of the whole package, unzipped. */
  static Map<String, byte[]> whole(XSSFWorkbook book) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
    book.write(bytes);
    return ZipNormalizer.entries(bytes.toByteArray(), Map.of());
  }

  /**
   * Every part of {@code pkg} with its content type and its relationships, and the package's
   * relationships: all that POI makes [Content_Types].xml and the relationship parts from.
   */
  static String shape(OPCPackage pkg) throws IOException {
    StringBuilder b = new StringBuilder(1024);
    try {
      for (PackageRelationship r : pkg.getRelationships()) {
        b.append(r).append('\n');
      }
      for (PackagePart p : pkg.getParts()) {
        b.append(p.getPartName().getName()).append(' ').append(p.getContentType()).append('\n');
        if (!p.isRelationshipPart()) {
          for (PackageRelationship r : p.getRelationships()) {
            b.append(r).append('\n');
          }
        }
      }
    } catch (InvalidFormatException e) {
      throw new IOException("XLSX could not be written: " + e.getMessage(), e);
    }
    return b.toString();
  }

  /** Each committed part's bytes (not relationships, the core properties, {@code skip}), by entry name. */
  private static Map<String, byte[]> committed(OPCPackage pkg, Set<PackagePart> skip)
      throws IOException {
    Map<String, byte[]> parts = new HashMap<>();
    PackagePart core = corePart(pkg);
    try {
      for (PackagePart p : pkg.getParts()) {
        if (!p.isRelationshipPart() && p != core && !skip.contains(p)) {
          try (var in = p.getInputStream()) {
            parts.put(entryName(p), in.readAllBytes());
          }
        }
      }
    } catch (InvalidFormatException e) {
      throw new IOException("XLSX could not be written: " + e.getMessage(), e);
    }
    return parts;
  }

  private static PackagePart corePart(OPCPackage pkg) throws IOException {
    try {
      return (PackagePart) pkg.getPackageProperties();
    } catch (InvalidFormatException e) {
      throw new IOException("XLSX could not be written: " + e.getMessage(), e);
    }
  }

  private static String coreName(OPCPackage pkg) throws IOException {
    return entryName(corePart(pkg));
  }

  private static String entryName(PackagePart p) {
    return p.getPartName().getName().substring(1);
  }

  /** core.xml as POI's save marshals it (the marshaller its package uses for the part). */
  private static byte[] core(OPCPackage pkg) throws IOException {
    try (PartBytes out = new PartBytes()) {
      if (!new ZipPackagePropertiesMarshaller().marshall(corePart(pkg), out)) {
        throw new IOException("XLSX could not be written: POI did not marshal the core properties");
      }
      return out.bytes.toByteArray();
    } catch (OpenXML4JException e) {
      throw new IOException("XLSX could not be written: " + e.getMessage(), e);
    }
  }

  /**
   * What POI's core-properties marshaller writes into its zip entry: the marshaller takes only a
   * zip stream; this one opens no entry, keeps the bytes as they are written and writes no zip.
   */
  private static final class PartBytes extends ZipArchiveOutputStream {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);

    PartBytes() {
      super(OutputStream.nullOutputStream());
    }

    @Override
    public void putArchiveEntry(ZipArchiveEntry entry) {}

    @Override
    public void closeArchiveEntry() {}

    @Override
    public void write(byte[] b, int off, int len) {
      bytes.write(b, off, len);
    }

    /** No zip to end: {@code close} only frees the deflater the stream was made with. */
    @Override
    public void finish() {}
  }
}
