package org.jixiao.writer.ofd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jixiao.writer.ZipNormalizer;

/**
 * Writes the OFD package (GB/T 33190-2016): OFD.xml, one document with its public resources
 * (the fonts), one content file per page, and the embedded font subsets. Every part is built in
 * a fixed order with IDs counted from 1, and zipped in that order with one fixed time, so the
 * same pages give the same bytes.
 */
final class OfdPackage {
  static final String NS = "http://www.ofdspec.org/2016";
  private static final String DOC = "Doc_0/";
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

  /** The document information of OFD.xml; {@code date} may be null (no date is written then). */
  record Info(String docId, String title, String author, OffsetDateTime date, String creator) {}

  /** A font resource: its PostScript and family name, and its subset program or null (named only). */
  record Font(String name, String family, boolean bold, byte[] program) {}

  private OfdPackage() {}

  /** Writes pages drawn in {@code fonts} (indices into the list) as one OFD file. */
  static void write(Info info, List<Font> fonts, List<OfdPage> pages, Instant time, OutputStream out)
      throws IOException {
    try {
      int[] nextId = {fonts.size() + 1}; // font i has ID i + 1
      List<byte[]> contents = new java.util.ArrayList<>();
      int[] pageIds = new int[pages.size()];
      for (int i = 0; i < pages.size(); i++) {
        pageIds[i] = nextId[0]++;
        OfdPage page = pages.get(i);
        contents.add(part(w -> page.write(w, nextId)));
      }
      ZipOutputStream zip = new ZipOutputStream(out);
      zip.setLevel(6);
      ZipNormalizer.put(zip, "OFD.xml", part(w -> ofd(w, info)), time);
      ZipNormalizer.put(zip, DOC + "Document.xml", part(w -> document(w, pages, pageIds, nextId[0] - 1)), time);
      ZipNormalizer.put(zip, DOC + "PublicRes.xml", part(w -> resources(w, fonts)), time);
      for (int i = 0; i < pages.size(); i++) {
        ZipNormalizer.put(zip, DOC + "Pages/Page_" + i + "/Content.xml", contents.get(i), time);
      }
      for (int i = 0; i < fonts.size(); i++) {
        if (fonts.get(i).program() != null) {
          ZipNormalizer.put(zip, DOC + "Res/" + fontFile(i, fonts.get(i)), fonts.get(i).program(), time);
        }
      }
      zip.finish();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** The part body of one XML file. */
  interface Body {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  private static byte[] part(Body body) throws XMLStreamException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    XMLStreamWriter w = XML.createXMLStreamWriter(bytes, "UTF-8");
    w.writeStartDocument("UTF-8", "1.0");
    w.setPrefix("ofd", NS);
    body.write(w);
    w.writeEndDocument();
    w.close();
    return bytes.toByteArray();
  }

  /** Opens the root element {@code name}, declaring the OFD namespace. */
  static void root(XMLStreamWriter w, String name) throws XMLStreamException {
    w.writeStartElement("ofd", name, NS);
    w.writeNamespace("ofd", NS);
  }

  static void start(XMLStreamWriter w, String name) throws XMLStreamException {
    w.writeStartElement("ofd", name, NS);
  }

  static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
    start(w, name);
    w.writeCharacters(text);
    w.writeEndElement();
  }

  private static void ofd(XMLStreamWriter w, Info info) throws XMLStreamException {
    root(w, "OFD");
    w.writeAttribute("Version", "1.0");
    w.writeAttribute("DocType", "OFD");
    start(w, "DocBody");
    start(w, "DocInfo");
    element(w, "DocID", info.docId());
    element(w, "Title", info.title());
    if (!info.author().isEmpty()) {
      element(w, "Author", info.author());
    }
    if (info.date() != null) {
      String day = info.date().toLocalDate().toString();
      element(w, "CreationDate", day);
      element(w, "ModDate", day);
    }
    element(w, "Creator", info.creator());
    w.writeEndElement();
    element(w, "DocRoot", DOC + "Document.xml");
    w.writeEndElement();
    w.writeEndElement();
  }

  private static void document(XMLStreamWriter w, List<OfdPage> pages, int[] pageIds, int maxId)
      throws XMLStreamException {
    root(w, "Document");
    start(w, "CommonData");
    element(w, "MaxUnitID", Integer.toString(maxId));
    start(w, "PageArea");
    element(w, "PhysicalBox", pages.isEmpty() ? "0 0 210 297" : pages.get(0).box());
    w.writeEndElement();
    element(w, "PublicRes", "PublicRes.xml");
    w.writeEndElement();
    start(w, "Pages");
    for (int i = 0; i < pages.size(); i++) {
      start(w, "Page");
      w.writeAttribute("ID", Integer.toString(pageIds[i]));
      w.writeAttribute("BaseLoc", "Pages/Page_" + i + "/Content.xml");
      w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
  }

  private static void resources(XMLStreamWriter w, List<Font> fonts) throws XMLStreamException {
    root(w, "Res");
    w.writeAttribute("BaseLoc", "Res");
    if (!fonts.isEmpty()) {
      start(w, "Fonts");
      for (int i = 0; i < fonts.size(); i++) {
        Font f = fonts.get(i);
        start(w, "Font");
        w.writeAttribute("ID", Integer.toString(i + 1));
        w.writeAttribute("FontName", f.name());
        w.writeAttribute("FamilyName", f.family());
        if (f.bold()) {
          w.writeAttribute("Bold", "true");
        }
        if (f.program() != null) {
          element(w, "FontFile", fontFile(i, f));
        }
        w.writeEndElement();
      }
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  /** font_1.otf for CFF outlines ('OTTO'), font_1.ttf for TrueType ones. */
  private static String fontFile(int i, Font f) {
    byte[] p = f.program();
    boolean cff = p.length >= 4 && p[0] == 'O' && p[1] == 'T' && p[2] == 'T' && p[3] == 'O';
    return String.format(Locale.ROOT, "font_%d.%s", i + 1, cff ? "otf" : "ttf");
  }
}
