package org.jixiao.layout;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Reads layout XML, validated against layout.xsd, into a {@link Layout}. */
public final class LayoutReader {
  static final double BODY_SIZE = 10.5;
  static final double TITLE_SIZE = 18;
  static final double TABLE_SIZE = 9;

  private static final Schema SCHEMA = loadSchema();

  /** Every problem the parser reports is an error, a warning is none. */
  private static final ErrorHandler STRICT = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };

  /**
   * One validating parser per thread, reset before each layout: making one (factory, features,
   * the parser's configuration and its schema validator) cost about as much as parsing a layout.
   */
  private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(LayoutReader::newBuilder);

  private LayoutReader() {}

  private static DocumentBuilder newBuilder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setSchema(SCHEMA);
      return f.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML parser", e);
    }
  }

  private static Schema loadSchema() {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return f.newSchema(LayoutReader.class.getResource("layout.xsd"));
    } catch (SAXException e) {
      throw new IllegalStateException("layout.xsd is broken", e);
    }
  }

  /** The XSD, for tools and tests that validate layout XML themselves. */
  public static Schema schema() {
    return SCHEMA;
  }

  /** Parses and validates {@code xml}; a problem is reported with its line in the XML. */
  public static Layout read(String xml) {
    Document doc = parse(xml);
    Element form = doc.getDocumentElement();
    Element page = first(form, "page");
    PageSetup setup = new PageSetup("landscape".equals(page.getAttribute("orientation")),
        num(page, "margin-top", 20), num(page, "margin-right", 15),
        num(page, "margin-bottom", 20), num(page, "margin-left", 15));
    List<Block> blocks = new ArrayList<>();
    int tables = 0;
    for (Element e : children(form)) {
      switch (e.getLocalName()) {
        case "page" -> { }
        case "title" -> blocks.add(paragraph(e, Paragraph.Style.TITLE, Align.CENTER, true, TITLE_SIZE));
        case "p" -> blocks.add(paragraph(e, Paragraph.Style.BODY, Align.LEFT, false, BODY_SIZE));
        case "line" -> blocks.add(new SpreadLine(text(first(e, "left")), text(first(e, "center")),
            text(first(e, "right")), num(e, "size", BODY_SIZE)));
        case "table" -> blocks.add(table(e, "table " + ++tables));
        case "page-break" -> blocks.add(new PageBreak());
        default -> throw new LayoutException("unknown element <" + e.getLocalName() + ">");
      }
    }
    String date = form.getAttribute("date");
    return new Layout(Invisible.strip(form.getAttribute("title")), setup,
        attr(form, "body-font", "宋体"), attr(form, "title-font", "黑体"), blocks,
        !List.of("false", "0").contains(form.getAttribute("page-numbers").strip()),
        Invisible.strip(form.getAttribute("author")).strip(),
        date.isEmpty() ? null : java.time.LocalDate.parse(date));
  }

  private static Document parse(String xml) {
    try {
      DocumentBuilder b = BUILDER.get();
      b.reset(); // which may drop the error handler
      b.setErrorHandler(STRICT);
      return b.parse(new InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      throw new LayoutException("layout XML line " + e.getLineNumber() + ", column "
          + e.getColumnNumber() + ": " + e.getMessage(), e);
    } catch (SAXException | IOException e) {
      throw new LayoutException("layout XML: " + e.getMessage(), e);
    }
  }

  private static Paragraph paragraph(Element e, Paragraph.Style style, Align align, boolean bold,
      double size) {
    boolean b = e.hasAttribute("bold") ? Boolean.parseBoolean(e.getAttribute("bold")) : bold;
    return new Paragraph(text(e), style, Align.parse(e.getAttribute("align"), align), b,
        num(e, "size", size));
  }

  private static Table table(Element e, String what) {
    List<Double> widths = new ArrayList<>();
    for (Element col : children(first(e, "columns"))) {
      widths.add(Double.parseDouble(col.getAttribute("width")));
    }
    Element head = first(e, "head");
    Table t = new Table(widths,
        head == null ? List.of() : rows(head, widths.size(), what + ", head"),
        rows(first(e, "body"), widths.size(), what + ", body"),
        Boolean.parseBoolean(e.getAttribute("joined")), num(e, "size", TABLE_SIZE));
    TableGrid.of(t); // fails early, with the row, when spans do not fit the columns
    return t;
  }

  /** The rows of a head or body, with the cells that {@code merge=} joins made one ({@link Merges}). */
  private static List<Row> rows(Element parent, int columns, String what) {
    List<Merges.WrittenRow> rows = new ArrayList<>();
    for (Element row : children(parent)) {
      List<Merges.Written> cells = new ArrayList<>();
      for (Element c : children(row)) {
        cells.add(new Merges.Written(cell(c), c.getAttribute("merge")));
      }
      rows.add(new Merges.WrittenRow(cells, num(row, "min-height", 0)));
    }
    return Merges.resolve(rows, columns, what);
  }

  private static Cell cell(Element c) {
    List<String> paras = new ArrayList<>();
    List<Element> ps = children(c);
    if (ps.isEmpty()) {
      String t = text(c);
      if (!t.isEmpty()) {
        paras.addAll(List.of(t.split("\n")));
      }
    } else {
      for (Element p : ps) {
        paras.add(text(p));
      }
    }
    return new Cell(paras, intAttr(c, "rowspan"), intAttr(c, "colspan"),
        Align.parse(c.getAttribute("align"), Align.CENTER),
        VAlign.parse(c.getAttribute("valign"), VAlign.MIDDLE),
        Boolean.parseBoolean(c.getAttribute("bold")), sides(c.getAttribute("open")),
        "number".equals(c.getAttribute("type")));
  }

  private static java.util.Set<Side> sides(String list) {
    java.util.Set<Side> out = java.util.EnumSet.noneOf(Side.class);
    for (String s : list.trim().split("\\s+")) {
      if (!s.isEmpty()) {
        out.add(Side.valueOf(s.toUpperCase(java.util.Locale.ROOT)));
      }
    }
    return out;
  }

  private static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element el) {
        out.add(el);
      }
    }
    return out;
  }

  private static Element first(Element e, String name) {
    for (Element c : children(e)) {
      if (c.getLocalName().equals(name)) {
        return c;
      }
    }
    return null;
  }

  /**
   * Text with the template's indentation removed: each line trimmed, blank lines dropped; and
   * without invisible format characters ({@link Invisible}), whatever the format.
   */
  private static String text(Element e) {
    if (e == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (String line : Invisible.strip(e.getTextContent()).split("\n", -1)) {
      String t = line.strip();
      if (!t.isEmpty()) {
        sb.append(sb.length() == 0 ? "" : "\n").append(t);
      }
    }
    return sb.toString();
  }

  private static String attr(Element e, String name, String dflt) {
    return e.hasAttribute(name) && !e.getAttribute(name).isEmpty() ? e.getAttribute(name) : dflt;
  }

  private static double num(Element e, String name, double dflt) {
    return e.hasAttribute(name) && !e.getAttribute(name).isEmpty()
        ? Double.parseDouble(e.getAttribute(name)) : dflt;
  }

  private static int intAttr(Element e, String name) {
    return e.hasAttribute(name) && !e.getAttribute(name).isEmpty()
        ? Integer.parseInt(e.getAttribute(name)) : 1;
  }
}
