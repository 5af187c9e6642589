package org.jixiao.writer.docx;

import static org.jixiao.writer.docx.DocxStyles.twips;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.xml.bind.JAXBException;
import javax.xml.stream.XMLStreamException;
import org.docx4j.model.structure.PageSizePaper;
import org.docx4j.Docx4jProperties;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.jaxb.Context;
import org.docx4j.docProps.core.dc.elements.SimpleLiteral;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCorePart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.Document;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.SectPr;
import org.jixiao.layout.Align;
import org.jixiao.layout.Block;
import org.jixiao.layout.Layout;
import org.jixiao.layout.PageBreak;
import org.jixiao.layout.PageSetup;
import org.jixiao.layout.Paragraph;
import org.jixiao.layout.SpreadLine;
import org.jixiao.layout.Table;
import org.jixiao.writer.DocumentInfo;
import org.jixiao.writer.LayoutWriter;
import org.jixiao.writer.WriteOptions;
import org.jixiao.writer.ZipNormalizer;

/**
 * Writes a layout as a plain, standard DOCX, for editing in Word or WPS: docx4j makes the package
 * (content types, relationships, settings, styles, properties, the footer), and the body,
 * document.xml, is streamed from the layout through the JDK's XML writer (see {@link WmlOut}),
 * byte for byte what docx4j's JAXB marshalling of the same WordprocessingML gave.
 */
public final class DocxLayoutWriter implements LayoutWriter {
  static {
    // docx4j pretty-prints every part by default: for a four-page form that is 1 MB of
    // indentation in document.xml, marshalled, zipped and normalised for nothing
    Docx4jProperties.setProperty("docx4j.jaxb.formatted.output", false);
  }

  private static final String DOCUMENT_XML = "word/document.xml";
  private static final String STYLES_XML = "word/styles.xml";
  private static final String CORE_XML = "docProps/core.xml";
  private static final String DEFAULT_STYLES_PROPERTY =
      "docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart.DefaultStyles";
  /**
   * docx4j's default styles.xml, as docx4j marshals it, once per run. The writer never changes
   * the styles, yet {@code createPackage} unmarshalled docx4j's 16 KB of them for every document
   * and {@code save} marshalled them again; now it reads a placeholder and the normalizer puts
   * these bytes in its place.
   */
  private static final byte[] DEFAULT_STYLES = defaultStyles();
  /** How docx4j starts document.xml: declaration, root namespaces. */
  private static final DocxRoot ROOT = DocxRoot.fromDocx4j();

  private static byte[] defaultStyles() {
    try {
      StyleDefinitionsPart styles = new StyleDefinitionsPart();
      styles.unmarshalDefaultStyles();
      ByteArrayOutputStream xml = new ByteArrayOutputStream(32 * 1024);
      styles.marshal(xml);
      Docx4jProperties.setProperty(DEFAULT_STYLES_PROPERTY, "org/jixiao/writer/docx/styles-placeholder.xml");
      return xml.toByteArray();
    } catch (Docx4JException | JAXBException e) {
      throw new IllegalStateException("docx4j's default styles could not be read", e);
    }
  }

  private final WriteOptions options;

  public DocxLayoutWriter(WriteOptions options) {
    this.options = options;
  }

  @Override
  public String format() {
    return "docx";
  }

  @Override
  public void write(Layout layout, OutputStream out) throws IOException {
    try {
      PageSetup page = layout.page();
      WmlOut w = new WmlOut(256 * 1024, ROOT.declaration);
      ROOT.start(w);
      w.start("w:body");
      DocxPages pages = new DocxPages(page.bodyHeightMm() * 72 / 25.4);
      Block previous = null;
      for (Block b : layout.blocks()) {
        if (b instanceof Table t && previous instanceof Table) {
          joint(w, t.joined());
          pages.paragraph(1, t.joined() ? 1 : 10.5);
        }
        block(w, b, layout, pages);
        previous = b;
      }
      Skeleton skeleton = skeleton(page.landscape(),
          layout.pageNumbers() && pages.pages() > 1 ? layout.bodyFont() : null);
      section(w, skeleton, page);
      w.end().end();
      Map<String, byte[]> entries = new TreeMap<>(skeleton.parts());
      entries.put(DOCUMENT_XML, w.utf8());
      entries.put(CORE_XML, core(layout));
      ZipNormalizer.write(entries, options.timestamp(), out);
    } catch (Docx4JException | XMLStreamException | JAXBException e) {
      throw new IOException("DOCX could not be written: " + e.getMessage(), e);
    }
  }

  /**
   * The parts of a DOCX that docx4j makes the same for every form (content types, relationships,
   * settings, styles, app properties, the page-number footer), normalised, without document.xml
   * and core.xml; the footer's relationship id (null without one) and docx4j's A4 page size.
   */
  private record Skeleton(Map<String, byte[]> parts, String footerId, SectPr.PgSz size) {}

  /** Orientation and footer font (null: no footer). */
  private record SkeletonKey(boolean landscape, String footerFont) {}

  /**
   * Skeletons made in this run. docx4j made and saved a whole package for each form (a third of
   * the DOCX writer's time once the body was streamed), yet only document.xml and core.xml
   * differ from form to form; the rest depends on the orientation and the footer's font at most.
   */
  private static final Map<SkeletonKey, Skeleton> SKELETONS = new ConcurrentHashMap<>();

  private static Skeleton skeleton(boolean landscape, String footerFont) throws IOException {
    try {
      return SKELETONS.computeIfAbsent(new SkeletonKey(landscape, footerFont), k -> {
        try {
          return makeSkeleton(k);
        } catch (Docx4JException | IOException e) {
          throw new SkeletonException(e);
        }
      });
    } catch (SkeletonException e) {
      throw new IOException("DOCX could not be written: " + e.getCause().getMessage(), e.getCause());
    }
  }

  private static final class SkeletonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SkeletonException(Exception cause) {
      super(cause);
    }
  }

  private static Skeleton makeSkeleton(SkeletonKey key) throws Docx4JException, IOException {
    WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage(PageSizePaper.A4,
        key.landscape());
    MainDocumentPart main = pkg.getMainDocumentPart();
    SectPr.PgSz size = main.getJaxbElement().getBody().getSectPr().getPgSz();
    // docx4j saves a placeholder body in document.xml's place; the body is streamed per form
    Document placeholder = Context.getWmlObjectFactory().createDocument();
    placeholder.setBody(Context.getWmlObjectFactory().createBody());
    main.setJaxbElement(placeholder);
    String footer = key.footerFont() == null ? null : pageNumbers(pkg, key.footerFont());
    ByteArrayOutputStream raw = new ByteArrayOutputStream(16 * 1024);
    pkg.save(raw);
    Map<String, byte[]> parts = ZipNormalizer.entries(raw.toByteArray(), Map.of(STYLES_XML, DEFAULT_STYLES));
    parts.remove(DOCUMENT_XML);
    if (parts.remove(CORE_XML) == null) {
      throw new IOException("docx4j made no " + CORE_XML);
    }
    return new Skeleton(Map.copyOf(parts), footer, size);
  }

  /**
   * The section: the footer (when there is one), docx4j's A4 page size for the orientation, the
   * layout's margins.
   */
  private static void section(WmlOut w, Skeleton skeleton, PageSetup page)
      throws XMLStreamException {
    String footer = skeleton.footerId();
    SectPr.PgSz size = skeleton.size();
    w.start("w:sectPr");
    if (footer != null) {
      w.empty("w:footerReference").attr("w:type", "default").attr("r:id", footer);
    }
    w.empty("w:pgSz");
    if (size.getW() != null) {
      w.attr("w:w", size.getW().toString());
    }
    if (size.getH() != null) {
      w.attr("w:h", size.getH().toString());
    }
    if (size.getOrient() != null) {
      w.attr("w:orient", size.getOrient().value());
    }
    if (size.getCode() != null) {
      w.attr("w:code", size.getCode().toString());
    }
    w.empty("w:pgMar").attr("w:top", twips(page.top())).attr("w:right", twips(page.right()))
        .attr("w:bottom", twips(page.bottom())).attr("w:left", twips(page.left()))
        .attr("w:header", twips(10)).attr("w:footer", twips(10));
    w.end();
  }

  private static void block(WmlOut w, Block b, Layout layout, DocxPages pages)
      throws XMLStreamException {
    double width = layout.page().bodyWidthMm() * 72 / 25.4;
    if (b instanceof Paragraph p) {
      pages.paragraph(DocxPages.lines(p.text(), width, p.size()), p.size());
      DocxStyles.paragraph(w, p.text(),
          p.style() == Paragraph.Style.TITLE ? layout.titleFont() : layout.bodyFont(), p.size(),
          p.bold(), p.align(), false);
    } else if (b instanceof SpreadLine l) {
      pages.paragraph(1, l.size());
      spread(w, l, layout);
    } else if (b instanceof Table t) {
      DocxTables.table(w, t, layout.page().bodyWidthMm(), layout.bodyFont(), pages);
    } else if (b instanceof PageBreak) {
      pages.newPage();
      pageBreak(w);
    } else {
      throw new IllegalArgumentException("unknown block " + b);
    }
  }

  /**
   * Two tables need a paragraph between them; for a joined table it is 0.1 pt high, so the two
   * tables' borders fall on one another (1 pt apart LibreOffice drew them as a double rule).
   */
  private static void joint(WmlOut w, boolean joined) throws XMLStreamException {
    if (joined) {
      w.start("w:p").start("w:pPr");
      DocxStyles.spacingToEnd(w, Align.LEFT, 1, 2, "exact");
      w.end();
    } else {
      DocxStyles.paragraph(w, "", "宋体", 10.5, false, Align.LEFT, false);
    }
  }

  /** Left, centre and right parts on one line, placed with a centre and a right tab stop. */
  private static void spread(WmlOut w, SpreadLine l, Layout layout) throws XMLStreamException {
    long width = twips(layout.page().bodyWidthMm());
    w.start("w:p").start("w:pPr");
    w.start("w:tabs");
    w.empty("w:tab").attr("w:val", "center").attr("w:pos", width / 2);
    w.empty("w:tab").attr("w:val", "right").attr("w:pos", width);
    w.end();
    DocxStyles.spacingToEnd(w, Align.LEFT, l.size(), Math.round(l.size() * 20 * 1.25), "atLeast");
    DocxStyles.run(w, l.left(), layout.bodyFont(), l.size(), false);
    tabRun(w);
    DocxStyles.run(w, l.center(), layout.bodyFont(), l.size(), false);
    tabRun(w);
    DocxStyles.run(w, l.right(), layout.bodyFont(), l.size(), false);
    w.end();
  }

  private static void tabRun(WmlOut w) throws XMLStreamException {
    w.start("w:r").empty("w:tab").end();
  }

  private static void pageBreak(WmlOut w) throws XMLStreamException {
    w.start("w:p").start("w:r").empty("w:br").attr("w:type", "page").end().end();
  }

  /**
   * 第 N 页 共 M 页 centred in the footer, from the PAGE and NUMPAGES fields that Word and
   * LibreOffice fill in as they lay the pages out. Only a form estimated to take more than one
   * page gets it, as in the PDF: a conditional field (IF NUMPAGES > 1) would say so exactly,
   * but LibreOffice and WPS do not evaluate fields nested in an IF.
   */
  private static String pageNumbers(WordprocessingMLPackage pkg, String font) throws Docx4JException {
    String f = font.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    String run = "<w:rPr><w:rFonts w:ascii=\"" + f + "\" w:hAnsi=\"" + f + "\" w:eastAsia=\"" + f
        + "\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr>";
    String xml = "<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
        + "<w:r>" + run + "<w:t xml:space=\"preserve\">第 </w:t></w:r>"
        + "<w:fldSimple w:instr=\" PAGE \"><w:r>" + run + "<w:t>1</w:t></w:r></w:fldSimple>"
        + "<w:r>" + run + "<w:t xml:space=\"preserve\"> 页 共 </w:t></w:r>"
        + "<w:fldSimple w:instr=\" NUMPAGES \"><w:r>" + run + "<w:t>1</w:t></w:r></w:fldSimple>"
        + "<w:r>" + run + "<w:t xml:space=\"preserve\"> 页</w:t></w:r></w:p></w:ftr>";
    FooterPart part = new FooterPart();
    part.setPackage(pkg);
    try {
      part.setJaxbElement((Ftr) org.docx4j.XmlUtils.unmarshalString(xml));
    } catch (jakarta.xml.bind.JAXBException e) {
      throw new IllegalStateException("page number footer", e);
    }
    Relationship rel = pkg.getMainDocumentPart().addTargetPart(part);
    return rel.getId();
  }

  /**
   * core.xml, marshalled by docx4j: title (form and unit), creator (the unit) and dates as the
   * PDF records them: from SOURCE_DATE_EPOCH or 填报日期, never the clock; no dates when there
   * is neither.
   */
  private byte[] core(Layout layout) throws Docx4JException, JAXBException {
    DocPropsCorePart part = new DocPropsCorePart();
    CoreProperties core = new org.docx4j.docProps.core.ObjectFactory().createCoreProperties();
    part.setJaxbElement(core);
    org.docx4j.docProps.core.dc.elements.ObjectFactory dc =
        new org.docx4j.docProps.core.dc.elements.ObjectFactory();
    core.setTitle(dc.createTitle(literal(dc.createSimpleLiteral(), DocumentInfo.title(layout))));
    if (!layout.author().isEmpty()) {
      core.setCreator(literal(dc.createSimpleLiteral(), layout.author()));
      core.setLastModifiedBy(layout.author());
    }
    OffsetDateTime date = DocumentInfo.date(layout, options);
    if (date != null) {
      // W3CDTF in UTC, as Word writes it
      String w3c = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
          .format(date.withOffsetSameInstant(ZoneOffset.UTC));
      var terms = new org.docx4j.docProps.core.dc.terms.ObjectFactory();
      core.setCreated(literal(terms.createW3CDTF(), w3c));
      core.setModified(literal(terms.createW3CDTF(), w3c));
    }
    ByteArrayOutputStream xml = new ByteArrayOutputStream(1024);
    part.marshal(xml);
    return ZipNormalizer.canonicalNamespaces(xml.toByteArray());
  }

  private static <T extends SimpleLiteral> T literal(T l, String value) {
    l.getContent().add(value);
    return l;
  }
}
