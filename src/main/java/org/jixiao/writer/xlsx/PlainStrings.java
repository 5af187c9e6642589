package org.jixiao.writer.xlsx;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * POI's shared-strings table, looking a plain string up by its text. POI keys each string by its
 * XML, and serialised every cell's text through XMLBeans to find it; a string of one text and no
 * runs or phonetics has the same XML as any other of that text (POI derives xml:space from the
 * text), so the text is as good a key. Anything else is keyed by its XML, as before; the table
 * written is the same.
 */
final class PlainStrings extends SharedStringsTable {
  /** Makes workbooks with this table: POI's factory in every other part. */
  static final XSSFFactory FACTORY = new Factory();

  @Override
  protected String xmlText(CTRst st) {
    if (st.isSetT() && st.sizeOfRArray() == 0 && st.sizeOfRPhArray() == 0 && !st.isSetPhoneticPr()) {
      return "\0" + st.getT(); // never the XML's first character, so never an XML key
    }
    return super.xmlText(st);
  }

  private static final class Factory extends XSSFFactory {
    @Override
    public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
      return descriptor == XSSFRelation.SHARED_STRINGS ? new PlainStrings() : super.newDocumentPart(descriptor);
    }
  }
}
