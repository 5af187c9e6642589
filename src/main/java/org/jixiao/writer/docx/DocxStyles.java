package org.jixiao.writer.docx;

import java.math.BigInteger;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STHint;
import org.docx4j.wml.STLineSpacingRule;
import org.docx4j.wml.Text;
import org.jixiao.layout.Align;

/** Paragraphs and runs in plain, direct formatting: fonts named as the official forms name them. */
final class DocxStyles {
  static final ObjectFactory WML = new ObjectFactory();

  private DocxStyles() {}

  /** Millimetres to twentieths of a point. */
  static BigInteger twips(double mm) {
    return BigInteger.valueOf(Math.round(mm * 1440 / 25.4));
  }

  static P paragraph(String text, String font, double size, boolean bold, Align align) {
    P p = WML.createP();
    p.setPPr(paragraphProperties(align, size));
    if (!text.isEmpty()) {
      p.getContent().add(run(text, font, size, bold));
    }
    return p;
  }

  static PPr paragraphProperties(Align align, double size) {
    PPr ppr = WML.createPPr();
    Jc jc = WML.createJc();
    jc.setVal(switch (align) {
      case LEFT -> JcEnumeration.LEFT;
      case CENTER -> JcEnumeration.CENTER;
      case RIGHT -> JcEnumeration.RIGHT;
      case JUSTIFY -> JcEnumeration.BOTH;
    });
    ppr.setJc(jc);
    PPrBase.Spacing sp = WML.createPPrBaseSpacing();
    sp.setBefore(BigInteger.ZERO);
    sp.setAfter(BigInteger.ZERO);
    sp.setLine(BigInteger.valueOf(Math.round(size * 20 * 1.25)));
    sp.setLineRule(STLineSpacingRule.AT_LEAST);
    ppr.setSpacing(sp);
    // The paragraph mark carries the size too, so an empty cell is not taller than its text.
    ppr.setRPr(WML.createParaRPr());
    ppr.getRPr().setSz(halfPoints(size));
    ppr.getRPr().setSzCs(halfPoints(size));
    return ppr;
  }

  static R run(String text, String font, double size, boolean bold) {
    R r = WML.createR();
    RPr rpr = WML.createRPr();
    RFonts f = WML.createRFonts();
    f.setAscii(font);
    f.setHAnsi(font);
    f.setEastAsia(font);
    f.setCs(font);
    f.setHint(STHint.EAST_ASIA);
    rpr.setRFonts(f);
    rpr.setSz(halfPoints(size));
    rpr.setSzCs(halfPoints(size));
    if (bold) {
      rpr.setB(new BooleanDefaultTrue());
      rpr.setBCs(new BooleanDefaultTrue());
    }
    r.setRPr(rpr);
    Text t = WML.createText();
    t.setValue(text);
    t.setSpace("preserve");
    r.getContent().add(WML.createRT(t));
    return r;
  }

  static HpsMeasure halfPoints(double size) {
    HpsMeasure m = WML.createHpsMeasure();
    m.setVal(BigInteger.valueOf(Math.round(size * 2)));
    return m;
  }
}
