package org.jixiao.layout;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** Reads layout XML, validated against layout.xsd, into a {@link Layout}. */
public final class LayoutReader {
  static final double BODY_SIZE = 10.5;
  static final double TITLE_SIZE = 18;
  static final double TABLE_SIZE = 9;

  private static final Schema SCHEMA = loadSchema();

  /**
   * One validating parser per thread, reset before each layout: making one (factory, features,
   * the parser's configuration and its schema validator) cost about as much as parsing a layout.
   * A SAX parser with the same schema check builds a small tree of its own ({@link Element}):
   * a DOM cost more to build and, expanded node by node as it was read, more again to walk.
   */
  private static final ThreadLocal<SAXParser> PARSER = ThreadLocal.withInitial(LayoutReader::newParser);

  private LayoutReader() {}

  private static SAXParser newParser() {
    try {
      SAXParserFactory f = SAXParserFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setSchema(SCHEMA);
      // The schema check reports the same errors without these: layout.xsd declares no
      // identity constraints (xs:key, xs:unique), no ID, IDREF or ENTITY types, and the reader
      // reads no post-schema-validation infoset (it takes the defaults and the normalised
      // values from the attributes, which the validator fills in whatever these say). Their
      // bookkeeping was a fifth of the parse.
      f.setFeature("http://apache.org/xml/features/validation/schema/augment-psvi", false);
      f.setFeature("http://apache.org/xml/features/validation/identity-constraint-checking", false);
      f.setFeature("http://apache.org/xml/features/validation/id-idref-checking", false);
      f.setFeature("http://apache.org/xml/features/validation/unparsed-entity-checking", false);
      return f.newSAXParser();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("no XML parser", e);
    }
  }

  /**
   * An element as the reader needs it: its name, its attributes (the schema's defaults
   * included, values as the schema check normalised them), its child elements, and its text.
   */
  private static final class Element {
    final String name;
    /**
     * Names and values, alternately: an element has a few attributes (a cell at most eight), so
     * a look-up along them costs less than making and filling a map for each element.
     */
    final String[] attrs;
    final List<Element> children = new ArrayList<>();
    /** Character data and child elements in document order, for {@link #textContent()}. */
    final List<Object> content = new ArrayList<>();

    Element(String name, Attributes a) {
      this.name = name;
      int n = a.getLength();
      this.attrs = new String[2 * n];
      for (int i = 0; i < n; i++) {
        attrs[2 * i] = a.getLocalName(i);
        attrs[2 * i + 1] = a.getValue(i);
      }
    }

    String getLocalName() {
      return name;
    }

    /** The attribute's value, null when it has none (the first, as a map kept the last: XML has one). */
    private String value(String n) {
      for (int i = 0; i < attrs.length; i += 2) {
        if (attrs[i].equals(n)) {
          return attrs[i + 1];
        }
      }
      return null;
    }

    boolean hasAttribute(String n) {
      return value(n) != null;
    }

    /** The attribute's value, or "" when it has none, as DOM's getAttribute. */
    String getAttribute(String n) {
      String v = value(n);
      return v == null ? "" : v;
    }

    /** All the character data inside, child elements' included, in order (DOM's getTextContent). */
    String textContent() {
      if (content.size() == 1 && content.get(0) instanceof StringBuilder sb) {
        return sb.toString();
      }
      StringBuilder out = new StringBuilder();
      appendText(out);
      return out.toString();
    }

    private void appendText(StringBuilder out) {
      for (Object o : content) {
        if (o instanceof StringBuilder sb) {
          out.append(sb);
        } else {
          ((Element) o).appendText(out);
        }
      }
    }
  }

  /** Builds the {@link Element} tree from the parser's events. */
  private static final class TreeBuilder extends DefaultHandler {
    final Deque<Element> open = new ArrayDeque<>();
    Element root;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      Element e = new Element(localName, attributes);
      Element parent = open.peek();
      if (parent == null) {
        root = e;
      } else {
        parent.children.add(e);
        parent.content.add(e);
      }
      open.push(e);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      open.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      Element e = open.peek();
      if (e == null || length == 0) {
        return;
      }
      List<Object> c = e.content;
      if (!c.isEmpty() && c.get(c.size() - 1) instanceof StringBuilder sb) {
        sb.append(ch, start, length);
      } else {
        c.add(new StringBuilder(length).append(ch, start, length));
      }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
      characters(ch, start, length);
    }

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
    Element form = parse(xml);
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

  private static Element parse(String xml) {
    try {
      SAXParser p = PARSER.get();
      p.reset();
      XMLReader r = p.getXMLReader();
      TreeBuilder tree = new TreeBuilder();
      r.setContentHandler(tree);
      r.setErrorHandler(tree); // every problem the parser reports is an error, a warning none
      r.parse(new InputSource(new StringReader(xml)));
      return tree.root;
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

  /**
   * The sides of {@code open="top bottom"}: the words between whitespace, as
   * {@code trim().split("\\s+")} gave them, without a regular expression compiled per cell.
   */
  private static java.util.Set<Side> sides(String list) {
    java.util.Set<Side> out = java.util.EnumSet.noneOf(Side.class);
    String l = list.trim();
    int i = 0;
    while (i < l.length()) {
      int end = i;
      while (end < l.length() && !space(l.charAt(end))) {
        end++;
      }
      if (end > i) {
        out.add(Side.valueOf(l.substring(i, end).toUpperCase(java.util.Locale.ROOT)));
      }
      i = end + 1;
    }
    return out;
  }

  /** The characters of the regular expression {@code \\s}. */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static List<Element> children(Element e) {
    return e.children;
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
    String all = Invisible.strip(e.textContent());
    if (all.indexOf('\n') < 0) {
      return all.strip(); // one line: what the loop below makes of it
    }
    StringBuilder sb = new StringBuilder();
    for (String line : all.split("\n", -1)) {
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
