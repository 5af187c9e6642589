package org.jixiao.writer.docx;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/** Reads a DOCX back with docx4j into tables of cells: text, grid column, span and vMerge. */
final class DocxReadBack {
  /** A cell as Word sees it; {@code merge} is "restart", "continue" or "" (no vertical merge). */
  record DCell(String text, int col, int span, String merge) {}

  private DocxReadBack() {}

  static List<List<List<DCell>>> tables(byte[] docx) throws Exception {
    WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
    List<List<List<DCell>>> out = new ArrayList<>();
    for (Object o : pkg.getMainDocumentPart().getContent()) {
      Object u = unwrap(o);
      if (u instanceof Tbl t) {
        List<List<DCell>> rows = new ArrayList<>();
        for (Object ro : t.getContent()) {
          if (unwrap(ro) instanceof Tr tr) {
            List<DCell> cells = new ArrayList<>();
            int col = 0;
            for (Object co : tr.getContent()) {
              if (unwrap(co) instanceof Tc tc) {
                int span = tc.getTcPr().getGridSpan() == null ? 1
                    : tc.getTcPr().getGridSpan().getVal().intValue();
                String merge = tc.getTcPr().getVMerge() == null ? ""
                    : "restart".equals(tc.getTcPr().getVMerge().getVal()) ? "restart" : "continue";
                cells.add(new DCell(text(tc), col, span, merge));
                col += span;
              }
            }
            rows.add(cells);
          }
        }
        out.add(rows);
      }
    }
    return out;
  }

  private static Object unwrap(Object o) {
    return o instanceof JAXBElement<?> e ? e.getValue() : o;
  }

  static String text(Tc tc) {
    StringBuilder sb = new StringBuilder();
    for (Object po : tc.getContent()) {
      if (unwrap(po) instanceof P p) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        for (Object ro : p.getContent()) {
          if (unwrap(ro) instanceof R r) {
            for (Object x : r.getContent()) {
              if (unwrap(x) instanceof Text t) {
                sb.append(t.getValue());
              }
            }
          }
        }
      }
    }
    return sb.toString();
  }
}
