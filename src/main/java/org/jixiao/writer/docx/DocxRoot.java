package org.jixiao.writer.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.docx4j.jaxb.Context;
import org.docx4j.jaxb.McIgnorableNamespaceDeclarator;
import org.docx4j.jaxb.NamespacePrefixMapperUtils;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.Document;

/**
 * The start of document.xml as docx4j's JAXB marshaller writes it: the XML declaration and the
 * root element's namespace declarations (all of docx4j's prefixes, whatever the body uses) and
 * attributes. Read once per run from docx4j marshalling an empty document with the settings
 * {@code JaxbXmlPart.marshal} uses, so the streamed document starts exactly as docx4j's did.
 * The declarations are put in order of prefix, as {@code XmlnsOrder} puts every part's (JAXB's
 * own order changes from one run to the next).
 */
final class DocxRoot {
  private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  /** {@code <?xml version="1.0" encoding="UTF-8" standalone="yes"?>}, as JAXB wrote it. */
  final byte[] declaration;
  /** Prefix and URI pairs, in the order they are declared. */
  final List<String[]> namespaces;
  /** Prefix, URI, local name and value of the root's other attributes (mc:Ignorable), in order. */
  final List<String[]> attributes;

  private DocxRoot(byte[] declaration, List<String[]> namespaces, List<String[]> attributes) {
    this.declaration = declaration;
    this.namespaces = namespaces;
    this.attributes = attributes;
  }

  static DocxRoot fromDocx4j() {
    try {
      MainDocumentPart main = new MainDocumentPart();
      Document empty = Context.getWmlObjectFactory().createDocument();
      empty.setBody(Context.getWmlObjectFactory().createBody());
      main.setJaxbElement(empty);
      Marshaller m = main.getJAXBContext().createMarshaller();
      Object mapper = NamespacePrefixMapperUtils.getPrefixMapper();
      NamespacePrefixMapperUtils.setProperty(m, mapper);
      String ignorable = main.getMceIgnorable() == null ? "" : main.getMceIgnorable();
      ((McIgnorableNamespaceDeclarator) mapper).setMcIgnorable(ignorable + main.getMcChoiceNamespaces());
      ByteArrayOutputStream xml = new ByteArrayOutputStream(8 * 1024);
      m.marshal(empty, xml);
      return parse(xml.toByteArray());
    } catch (JAXBException | InvalidFormatException | XMLStreamException e) {
      throw new IllegalStateException("docx4j's document root could not be read", e);
    }
  }

  static DocxRoot parse(byte[] xml) throws XMLStreamException {
    int lt = 1;
    while (lt < xml.length && xml[lt] != '<') {
      lt++;
    }
    if (xml.length < 2 || xml[0] != '<' || xml[1] != '?') {
      throw new XMLStreamException("no XML declaration in docx4j's document.xml");
    }
    byte[] declaration = Arrays.copyOf(xml, lt);
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml), "UTF-8");
    while (r.next() != XMLStreamConstants.START_ELEMENT) {
      // the declaration only
    }
    if (!"document".equals(r.getLocalName()) || !WmlOut.W.equals(r.getNamespaceURI())
        || !"w".equals(r.getPrefix())) {
      throw new XMLStreamException("docx4j's document.xml starts with " + r.getName());
    }
    List<String[]> ns = new ArrayList<>();
    for (int i = 0; i < r.getNamespaceCount(); i++) {
      String p = r.getNamespacePrefix(i);
      ns.add(new String[] {p == null ? "" : p, r.getNamespaceURI(i)});
    }
    if (ns.stream().noneMatch(n -> n[0].equals("r") && n[1].equals(R))) {
      // the streamed body names w: and r: (footerReference) without declaring them again
      throw new XMLStreamException("docx4j's document.xml does not declare r: as " + R);
    }
    // "xmlns" then "xmlns:a", "xmlns:b"…: the order of XmlnsOrder (attribute names sorted)
    ns.sort(Comparator.comparing(n -> n[0].isEmpty() ? "xmlns" : "xmlns:" + n[0]));
    List<String[]> attrs = new ArrayList<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String p = r.getAttributePrefix(i);
      attrs.add(new String[] {p == null ? "" : p, r.getAttributeNamespace(i), r.getAttributeLocalName(i),
          r.getAttributeValue(i)});
    }
    r.close();
    return new DocxRoot(declaration, List.copyOf(ns), List.copyOf(attrs));
  }

  /** Starts {@code w:document} on {@code out} with the namespaces and attributes docx4j gave it. */
  void start(WmlOut out) throws XMLStreamException {
    out.start("w:document");
    for (String[] n : namespaces) {
      if (n[0].isEmpty()) {
        out.raw().writeDefaultNamespace(n[1]);
      } else {
        out.raw().writeNamespace(n[0], n[1]);
      }
    }
    for (String[] a : attributes) {
      if (a[0].isEmpty()) {
        out.raw().writeAttribute(a[2], a[3]);
      } else {
        out.raw().writeAttribute(a[0], a[1] == null ? "" : a[1], a[2], a[3]);
      }
    }
  }
}
