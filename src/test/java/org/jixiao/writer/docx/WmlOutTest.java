package org.jixiao.writer.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.docx4j.jaxb.Context;
import org.docx4j.jaxb.McIgnorableNamespaceDeclarator;
import org.docx4j.jaxb.NamespacePrefixMapperUtils;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Document;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STHint;
import org.docx4j.wml.Text;
import org.junit.jupiter.api.Test;

/**
 * The streamed document.xml escapes and encodes values as docx4j's JAXB marshalling did: runs of
 * awkward text and font names, written both ways, give the same bytes.
 */
class WmlOutTest {
  private static final ObjectFactory WML = Context.getWmlObjectFactory();
  private static final List<String> TEXTS = List.of("plain", "", "a & b < c > d", "\"quoted\" 'single'",
      "tab\there", "line\nend", "carriage\rreturn\r", "\r", "]]> <![CDATA[ x ]]> <!-- -->", "&amp; &#13;",
      "😀 𠀀𠀁 emoji and CJK extension B", "\u2028\u00a0\ufeff\u3000", "  spaces  ", "中文，全角（）");
  private static final List<String> FONTS = List.of("宋体", "A & B \"<font>\"", "Times New Roman");

  @Test
  void runsOfAwkwardTextAndFontsAreTheBytesJaxbWrote() throws Exception {
    for (String font : FONTS) {
      for (String text : TEXTS) {
        for (boolean bold : new boolean[] {false, true}) {
          assertEquals(jaxb(text, font, bold), streamed(text, font, bold), () -> "text " + text.codePoints()
              .mapToObj(Integer::toHexString).toList() + " font " + font);
        }
      }
    }
  }

  private static String streamed(String text, String font, boolean bold) throws Exception {
    WmlOut w = new WmlOut(1024, DocxRoot.fromDocx4j().declaration);
    DocxRoot.fromDocx4j().start(w);
    w.start("w:body");
    DocxStyles.run(w, text, font, 10.5, bold);
    w.end().end();
    return body(w.utf8());
  }

  private static String jaxb(String text, String font, boolean bold) throws Exception {
    R r = WML.createR();
    RPr rpr = WML.createRPr();
    RFonts f = WML.createRFonts();
    f.setAscii(font);
    f.setHAnsi(font);
    f.setEastAsia(font);
    f.setCs(font);
    f.setHint(STHint.EAST_ASIA);
    rpr.setRFonts(f);
    rpr.setSz(halfPoints(10.5));
    rpr.setSzCs(halfPoints(10.5));
    if (bold) {
      rpr.setB(new BooleanDefaultTrue());
      rpr.setBCs(new BooleanDefaultTrue());
    }
    r.setRPr(rpr);
    Text t = WML.createText();
    t.setValue(text);
    t.setSpace("preserve");
    r.getContent().add(WML.createRT(t));
    Document doc = WML.createDocument();
    doc.setBody(WML.createBody());
    // the run straight in the body: only its bytes are compared
    P holder = WML.createP();
    holder.getContent().add(r);
    doc.getBody().getContent().add(holder);
    MainDocumentPart main = new MainDocumentPart();
    main.setJaxbElement(doc);
    Marshaller m = main.getJAXBContext().createMarshaller();
    Object mapper = NamespacePrefixMapperUtils.getPrefixMapper();
    NamespacePrefixMapperUtils.setProperty(m, mapper);
    ((McIgnorableNamespaceDeclarator) mapper).setMcIgnorable("");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.marshal(doc, out);
    String body = body(out.toByteArray());
    return body.substring("<w:p>".length(), body.length() - "</w:p>".length());
  }

  private static HpsMeasure halfPoints(double size) {
    HpsMeasure h = WML.createHpsMeasure();
    h.setVal(BigInteger.valueOf(Math.round(size * 2)));
    return h;
  }

  /** What is between {@code <w:body>} and {@code </w:body>}. */
  private static String body(byte[] xml) {
    String s = new String(xml, StandardCharsets.UTF_8);
    return s.substring(s.indexOf("<w:body>") + "<w:body>".length(), s.lastIndexOf("</w:body>"));
  }
}
