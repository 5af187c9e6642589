package org.jixiao.writer.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;
import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutReader;
import org.jixiao.render.Samples;
import org.jixiao.writer.WriteOptions;
import org.jixiao.writer.docx.DocxReadBack.DCell;
import org.junit.jupiter.api.Test;

/**
 * A merged group of rows that fits on a page is kept on one page (keep-with-next on every row
 * but its last); one taller than a page is cut into pieces, each starting with the group's label.
 * Read back with docx4j.
 */
class DocxContinuationTest {
  /** A portrait form with one table: a head row, then groups of {@code sizes[i]} rows under a label. */
  private static Layout groups(int... sizes) {
    StringBuilder xml = new StringBuilder("<form title=\"T\" body-font=\"宋体\" title-font=\"黑体\">"
        + "<page orientation=\"portrait\" margin-top=\"20\" margin-right=\"20\" margin-bottom=\"20\""
        + " margin-left=\"20\"/><table size=\"10\"><columns><col width=\"1\"/><col width=\"3\"/></columns>"
        + "<head><row><cell>一级指标</cell><cell>指标</cell></row></head><body>");
    for (int g = 0; g < sizes.length; g++) {
      for (int r = 0; r < sizes[g]; r++) {
        xml.append("<row>");
        if (r == 0) {
          xml.append("<cell rowspan=\"").append(sizes[g]).append("\">组").append(g).append("</cell>");
        }
        xml.append("<cell>第").append(g).append("组第").append(r).append("行</cell></row>");
      }
    }
    return LayoutReader.read(xml.append("</body></table></form>").toString());
  }

  private static byte[] docx(Layout l) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxLayoutWriter(WriteOptions.defaults()).write(l, out);
    return out.toByteArray();
  }

  /** For each row of the first table: whether every paragraph in it keeps with the next. */
  private static List<Boolean> keepNext(byte[] docx) throws Exception {
    WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
    List<Boolean> out = new ArrayList<>();
    for (Object o : pkg.getMainDocumentPart().getContent()) {
      if (unwrap(o) instanceof Tbl t) {
        for (Object ro : t.getContent()) {
          if (unwrap(ro) instanceof Tr tr) {
            boolean all = true;
            for (Object co : tr.getContent()) {
              if (unwrap(co) instanceof Tc tc) {
                for (Object po : tc.getContent()) {
                  if (unwrap(po) instanceof P p) {
                    all &= p.getPPr() != null && p.getPPr().getKeepNext() != null
                        && p.getPPr().getKeepNext().isVal();
                  }
                }
              }
            }
            out.add(all);
          }
        }
        return out;
      }
    }
    throw new AssertionError("no table");
  }

  private static Object unwrap(Object o) {
    return o instanceof JAXBElement<?> e ? e.getValue() : o;
  }

  /** The rows each piece of the merged label {@code text} in column 0 spans. */
  private static List<Integer> pieces(List<List<DCell>> table, String text) {
    List<Integer> out = new ArrayList<>();
    for (int r = 0; r < table.size(); r++) {
      DCell c = table.get(r).get(0);
      if (c.text().equals(text)) {
        int n = 1;
        while (r + n < table.size() && table.get(r + n).get(0).merge().equals("continue")) {
          n++;
        }
        out.add(n);
      }
    }
    return out;
  }

  @Test
  void aGroupThatFitsOnAPageKeepsEachRowButItsLastWithTheNext() throws Exception {
    byte[] d = docx(groups(3, 4));
    List<Boolean> keep = keepNext(d);
    // head, 组0 (3 rows), 组1 (4 rows)
    assertEquals(List.of(true, true, true, false, true, true, true, false), keep);
    List<List<DCell>> t = DocxReadBack.tables(d).get(0);
    assertEquals(List.of(3), pieces(t, "组0"));
    assertEquals(List.of(4), pieces(t, "组1"));
  }

  @Test
  void aGroupTallerThanAPageIsCutIntoPiecesThatEachStartWithTheLabel() throws Exception {
    byte[] d = docx(groups(2, 120));
    List<List<DCell>> t = DocxReadBack.tables(d).get(0);
    List<Integer> pieces = pieces(t, "组1");
    assertTrue(pieces.size() >= 3, "120 rows of 10 pt take three A4 pages at least: " + pieces);
    assertEquals(120, pieces.stream().mapToInt(Integer::intValue).sum());
    for (int n : pieces) {
      assertTrue(n < 60, "a piece fits on a page: " + pieces);
    }
    // each piece is kept together; a page may end only after a piece's last row
    List<Boolean> keep = keepNext(d);
    int row = 1 + 2;
    for (int n : pieces) {
      for (int i = 0; i < n; i++) {
        assertEquals(i < n - 1, keep.get(row + i), "row " + (row + i) + " of " + pieces);
      }
      row += n;
    }
  }

  @Test
  void everyHengyangProjectBlockIsKeptOnOnePage() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxLayoutWriter(WriteOptions.defaults()).write(Samples.layout(Samples.hengyang(), "项目支出绩效目标表"),
        out);
    List<List<DCell>> t = DocxReadBack.tables(out.toByteArray()).get(0);
    List<Boolean> keep = keepNext(out.toByteArray());
    int blocks = 0;
    for (int r = 0; r < t.size(); r++) {
      DCell first = t.get(r).get(0);
      if (first.text().equals("062001") && first.merge().equals("restart")) {
        int n = 1;
        while (r + n < t.size() && t.get(r + n).get(0).merge().equals("continue")) {
          n++;
        }
        for (int i = 0; i < n; i++) {
          assertEquals(i < n - 1, keep.get(r + i), "block at row " + r + ", row " + i);
        }
        blocks++;
      }
    }
    assertTrue(blocks >= 4, blocks + " project blocks");
    assertFalse(keep.get(t.size() - 1));
  }

  @Test
  void onlyAFormLongerThanAPageHasPageNumbersInItsFooter() throws Exception {
    assertEquals(List.of(), footers(docx(groups(3, 4))));
    List<String> two = footers(docx(groups(2, 120)));
    assertEquals(1, two.size());
    assertTrue(two.get(0).matches("(?s).*第 .*PAGE.* 页 共 .*NUMPAGES.* 页.*"), two.get(0));
  }

  /** The XML of every footer part of {@code docx}. */
  private static List<String> footers(byte[] docx) throws Exception {
    WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
    List<String> out = new ArrayList<>();
    for (var part : pkg.getParts().getParts().values()) {
      if (part instanceof org.docx4j.openpackaging.parts.WordprocessingML.FooterPart f) {
        out.add(org.docx4j.XmlUtils.marshaltoString(f.getJaxbElement(), true, false));
      }
    }
    return out;
  }
}
