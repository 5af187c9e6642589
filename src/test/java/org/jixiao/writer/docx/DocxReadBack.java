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

  /** The one table of {@code form} of the sample {@code file}, written to DOCX and read back. */
  static List<List<DCell>> onlyTable(java.nio.file.Path file, String form) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    new DocxLayoutWriter(org.jixiao.writer.WriteOptions.defaults())
        .write(org.jixiao.render.Samples.layout(file, form), out);
    List<List<List<DCell>>> tables = tables(out.toByteArray());
    org.junit.jupiter.api.Assertions.assertEquals(1, tables.size());
    return tables.get(0);
  }

  /** The {@code index}th of the {@code count} tables of {@code form} of the sample {@code file}. */
  static List<List<DCell>> table(java.nio.file.Path file, String form, int count, int index)
      throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    new DocxLayoutWriter(org.jixiao.writer.WriteOptions.defaults())
        .write(org.jixiao.render.Samples.layout(file, form), out);
    List<List<List<DCell>>> tables = tables(out.toByteArray());
    org.junit.jupiter.api.Assertions.assertEquals(count, tables.size());
    return tables.get(index);
  }

  /** The index of the first row of {@code table} with a cell reading {@code text}. */
  static int rowWith(List<List<DCell>> table, String text) {
    for (int r = 0; r < table.size(); r++) {
      if (table.get(r).stream().anyMatch(c -> c.text().equals(text))) {
        return r;
      }
    }
    throw new AssertionError("no row holds " + text);
  }

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
