package org.jixiao.writer.docx;

import static org.jixiao.writer.docx.DocxStyles.WML;
import static org.jixiao.writer.docx.DocxStyles.twips;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import org.docx4j.model.structure.PageSizePaper;
import org.docx4j.Docx4jProperties;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.jaxb.Context;
import org.docx4j.jaxb.McIgnorableNamespaceDeclarator;
import org.docx4j.jaxb.NamespacePrefixMapperUtils;
import org.docx4j.docProps.core.dc.elements.SimpleLiteral;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.Br;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.CTTabStop;
import org.docx4j.wml.Document;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.STBrType;
import org.docx4j.wml.STTabJc;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tabs;
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

/** Writes a layout as a plain, standard DOCX (docx4j), for editing in Word or WPS. */
public final class DocxLayoutWriter implements LayoutWriter {
  static {
    // docx4j pretty-prints every part by default: for a four-page form that is 1 MB of
    // indentation in document.xml, marshalled, zipped and normalised for nothing
    Docx4jProperties.setProperty("docx4j.jaxb.formatted.output", false);
  }

  private static final String DOCUMENT_XML = "word/document.xml";
  private static final String STYLES_XML = "word/styles.xml";
  private static final String DEFAULT_STYLES_PROPERTY =
      "docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart.DefaultStyles";
  /**
   * docx4j's default styles.xml, as docx4j marshals it, once per run. The writer never changes
   * the styles, yet {@code createPackage} unmarshalled docx4j's 16 KB of them for every document
   * and {@code save} marshalled them again; now it reads a placeholder and the normalizer puts
   * these bytes in its place.
   */
  private static final byte[] DEFAULT_STYLES = defaultStyles();

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
      WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage(PageSizePaper.A4,
          page.landscape());
      MainDocumentPart main = pkg.getMainDocumentPart();
      List<Object> body = main.getContent();
      DocxPages pages = new DocxPages(page.bodyHeightMm() * 72 / 25.4);
      Block previous = null;
      for (Block b : layout.blocks()) {
        if (b instanceof Table t && previous instanceof Table) {
          body.add(joint(t.joined()));
          pages.paragraph(1, t.joined() ? 1 : 10.5);
        }
        body.add(block(b, layout, pages));
        previous = b;
      }
      setMargins(pkg, page);
      describe(pkg, layout);
      if (layout.pageNumbers() && pages.pages() > 1) {
        pageNumbers(pkg, layout.bodyFont());
      }
      byte[] document = marshal(main);
      // docx4j saves a placeholder body in document.xml's place; the normalizer puts ours there
      Document full = main.getJaxbElement();
      Document placeholder = Context.getWmlObjectFactory().createDocument();
      placeholder.setBody(Context.getWmlObjectFactory().createBody());
      main.setJaxbElement(placeholder);
      ByteArrayOutputStream raw = new ByteArrayOutputStream(16 * 1024);
      try {
        pkg.save(raw);
      } finally {
        main.setJaxbElement(full);
      }
      ZipNormalizer.normalize(raw.toByteArray(), Map.of(DOCUMENT_XML, document, STYLES_XML, DEFAULT_STYLES), options.timestamp(), out);
    } catch (Docx4JException | JAXBException e) {
      throw new IOException("DOCX could not be written: " + e.getMessage(), e);
    }
  }

  /**
   * document.xml as docx4j's {@code JaxbXmlPart.marshal} writes it (the same marshaller, prefix
   * mapper and mc:Ignorable list), straight into a buffer. docx4j passes the main part through
   * {@code MainDocumentPartFilterOutputStream}, which hands the marshaller's output on one byte at a
   * time to a synchronized stream to insert its "Created by docx4j" comment, which
   * {@link ZipNormalizer} then takes out again: over half of the DOCX writer's CPU went there.
   */
  private static byte[] marshal(MainDocumentPart main) throws JAXBException {
    Marshaller m = main.getJAXBContext().createMarshaller();
    Object mapper = NamespacePrefixMapperUtils.getPrefixMapper();
    NamespacePrefixMapperUtils.setProperty(m, mapper);
    String ignorable = main.getMceIgnorable() == null ? "" : main.getMceIgnorable();
    ((McIgnorableNamespaceDeclarator) mapper).setMcIgnorable(ignorable + main.getMcChoiceNamespaces());
    ByteArrayOutputStream xml = new ByteArrayOutputStream(256 * 1024);
    m.marshal(main.getJaxbElement(), xml);
    return xml.toByteArray();
  }

  private Object block(Block b, Layout layout, DocxPages pages) {
    double width = layout.page().bodyWidthMm() * 72 / 25.4;
    if (b instanceof Paragraph p) {
      pages.paragraph(DocxPages.lines(p.text(), width, p.size()), p.size());
      return DocxStyles.paragraph(p.text(),
          p.style() == Paragraph.Style.TITLE ? layout.titleFont() : layout.bodyFont(), p.size(),
          p.bold(), p.align());
    }
    if (b instanceof SpreadLine l) {
      pages.paragraph(1, l.size());
      return spread(l, layout);
    }
    if (b instanceof Table t) {
      return DocxTables.table(t, layout.page().bodyWidthMm(), layout.bodyFont(), pages);
    }
    if (b instanceof PageBreak) {
      pages.newPage();
      return pageBreak();
    }
    throw new IllegalArgumentException("unknown block " + b);
  }

  /**
   * Two tables need a paragraph between them; for a joined table it is 0.1 pt high, so the two
   * tables' borders fall on one another (1 pt apart LibreOffice drew them as a double rule).
   */
  private static P joint(boolean joined) {
    P p = DocxStyles.paragraph("", "宋体", joined ? 1 : 10.5, false, Align.LEFT);
    if (joined) {
      p.getPPr().getSpacing().setLine(BigInteger.valueOf(2));
      p.getPPr().getSpacing().setLineRule(org.docx4j.wml.STLineSpacingRule.EXACT);
    }
    return p;
  }

  /** Left, centre and right parts on one line, placed with a centre and a right tab stop. */
  private static P spread(SpreadLine l, Layout layout) {
    P p = DocxStyles.paragraph("", layout.bodyFont(), l.size(), false, Align.LEFT);
    Tabs tabs = WML.createTabs();
    BigInteger width = twips(layout.page().bodyWidthMm());
    tabs.getTab().add(tab(STTabJc.CENTER, width.divide(BigInteger.TWO)));
    tabs.getTab().add(tab(STTabJc.RIGHT, width));
    p.getPPr().setTabs(tabs);
    p.getContent().add(DocxStyles.run(l.left(), layout.bodyFont(), l.size(), false));
    p.getContent().add(tabRun());
    p.getContent().add(DocxStyles.run(l.center(), layout.bodyFont(), l.size(), false));
    p.getContent().add(tabRun());
    p.getContent().add(DocxStyles.run(l.right(), layout.bodyFont(), l.size(), false));
    return p;
  }

  private static CTTabStop tab(STTabJc kind, BigInteger pos) {
    CTTabStop t = WML.createCTTabStop();
    t.setVal(kind);
    t.setPos(pos);
    return t;
  }

  private static R tabRun() {
    R r = WML.createR();
    r.getContent().add(WML.createRTab(WML.createRTab()));
    return r;
  }

  private static P pageBreak() {
    P p = WML.createP();
    R r = WML.createR();
    Br br = WML.createBr();
    br.setType(STBrType.PAGE);
    r.getContent().add(br);
    p.getContent().add(r);
    return p;
  }

  /**
   * 第 N 页 共 M 页 centred in the footer, from the PAGE and NUMPAGES fields that Word and
   * LibreOffice fill in as they lay the pages out. Only a form estimated to take more than one
   * page gets it, as in the PDF: a conditional field (IF NUMPAGES > 1) would say so exactly,
   * but LibreOffice and WPS do not evaluate fields nested in an IF.
   */
  private static void pageNumbers(WordprocessingMLPackage pkg, String font) throws Docx4JException {
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
    FooterReference ref = WML.createFooterReference();
    ref.setId(rel.getId());
    ref.setType(HdrFtrRef.DEFAULT);
    pkg.getDocumentModel().getSections().get(0).getSectPr().getEGHdrFtrReferences().add(ref);
  }

  /**
   * Title (form and unit), creator (the unit) and dates as the PDF records them: from
   * SOURCE_DATE_EPOCH or 填报日期, never the clock; no dates when there is neither.
   */
  private void describe(WordprocessingMLPackage pkg, Layout layout) {
    CoreProperties core = pkg.getDocPropsCorePart().getJaxbElement();
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
  }

  private static <T extends SimpleLiteral> T literal(T l, String value) {
    l.getContent().add(value);
    return l;
  }

  private static void setMargins(WordprocessingMLPackage pkg, PageSetup page) {
    SectPr sect = pkg.getDocumentModel().getSections().get(0).getSectPr();
    SectPr.PgMar m = sect.getPgMar();
    m.setTop(twips(page.top()));
    m.setBottom(twips(page.bottom()));
    m.setLeft(twips(page.left()));
    m.setRight(twips(page.right()));
    m.setHeader(twips(10));
    m.setFooter(twips(10));
  }
}
