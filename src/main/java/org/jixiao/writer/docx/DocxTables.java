package org.jixiao.writer.docx;

import static org.jixiao.writer.docx.DocxStyles.WML;
import static org.jixiao.writer.docx.DocxStyles.twips;

import java.math.BigInteger;
import java.util.List;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.CTHeight;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.CTTblCellMar;
import org.docx4j.wml.CTVerticalJc;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STHeightRule;
import org.docx4j.wml.STTblLayoutType;
import org.docx4j.wml.STVerticalJc;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.TcPrInner;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;
import org.jixiao.layout.Cell;
import org.jixiao.layout.Row;
import org.jixiao.layout.Side;
import org.jixiao.layout.Table;
import org.jixiao.layout.TableGrid;
import org.jixiao.layout.VAlign;

/**
 * Layout tables as WordprocessingML: fixed grid, every cell ruled, rowspans as vMerge with a
 * continuation cell in each covered row, colspans as gridSpan, head rows marked to repeat, and
 * rows that do not split across pages.
 */
final class DocxTables {
  private DocxTables() {}

  /**
   * The table, with its merged cells cut and its rows kept together as {@code pages} plans from
   * where the page stands (see {@link DocxPages}).
   */
  static Tbl table(Table t, double bodyWidthMm, String font, DocxPages pages) {
    long[] cols = columnTwips(t, bodyWidthMm);
    Tbl tbl = WML.createTbl();
    tbl.setTblPr(tableProperties(sum(cols)));
    TblGrid grid = WML.createTblGrid();
    for (long w : cols) {
      TblGridCol gc = WML.createTblGridCol();
      gc.setW(BigInteger.valueOf(w));
      grid.getGridCol().add(gc);
    }
    tbl.setTblGrid(grid);
    TableGrid g = TableGrid.of(t);
    DocxPages.Plan plan = pages.table(t, g, cols);
    List<Row> rows = t.rows();
    for (int r = 0; r < g.rowCount(); r++) {
      Row row = rows.get(r);
      Tr tr = WML.createTr();
      tr.setTrPr(rowProperties(row, r < t.head().size()));
      int c = 0;
      while (c < g.columns()) {
        TableGrid.Placed p = g.at(r, c);
        Tc tc = cell(p, pieceStart(p, r, plan.cutBefore()), pieceEnd(p, r, plan.cutBefore()), r, cols,
            t.size(), font);
        if (plan.keepNext()[r]) {
          keepWithNext(tc);
        }
        tr.getContent().add(tc);
        c = p.lastCol() + 1;
      }
      tbl.getContent().add(tr);
    }
    return tbl;
  }

  /** The first row of the piece of merged cell {@code p} that row {@code r} is in. */
  private static int pieceStart(TableGrid.Placed p, int r, boolean[] cut) {
    int s = r;
    while (s > p.row() && !cut[s]) {
      s--;
    }
    return s;
  }

  /** The last row of the piece of merged cell {@code p} that row {@code r} is in. */
  private static int pieceEnd(TableGrid.Placed p, int r, boolean[] cut) {
    int e = r;
    while (e < p.lastRow() && !cut[e + 1]) {
      e++;
    }
    return e;
  }

  /** Keep-with-next on every paragraph of the cell: Word and LibreOffice then keep the row with the next. */
  private static void keepWithNext(Tc tc) {
    for (Object o : tc.getContent()) {
      if (o instanceof P para) {
        para.getPPr().setKeepNext(new BooleanDefaultTrue());
      }
    }
  }

  private static long[] columnTwips(Table t, double bodyWidthMm) {
    double[] f = t.fractions();
    long total = twips(bodyWidthMm).longValue();
    long[] cols = new long[f.length];
    long used = 0;
    for (int i = 0; i < f.length; i++) {
      cols[i] = i == f.length - 1 ? total - used : Math.round(total * f[i]);
      used += cols[i];
    }
    return cols;
  }

  private static long sum(long[] v) {
    long s = 0;
    for (long x : v) {
      s += x;
    }
    return s;
  }

  private static TblPr tableProperties(long width) {
    TblPr tp = WML.createTblPr();
    TblWidth w = WML.createTblWidth();
    w.setType("dxa");
    w.setW(BigInteger.valueOf(width));
    tp.setTblW(w);
    CTTblLayoutType lay = WML.createCTTblLayoutType();
    lay.setType(STTblLayoutType.FIXED);
    tp.setTblLayout(lay);
    Jc jc = WML.createJc();
    jc.setVal(JcEnumeration.CENTER);
    tp.setJc(jc);
    TblBorders b = WML.createTblBorders();
    b.setTop(line());
    b.setLeft(line());
    b.setBottom(line());
    b.setRight(line());
    b.setInsideH(line());
    b.setInsideV(line());
    tp.setTblBorders(b);
    CTTblCellMar mar = WML.createCTTblCellMar();
    mar.setLeft(width(57));
    mar.setRight(width(57));
    mar.setTop(width(20));
    mar.setBottom(width(20));
    tp.setTblCellMar(mar);
    return tp;
  }

  private static TblWidth width(long twips) {
    TblWidth w = WML.createTblWidth();
    w.setType("dxa");
    w.setW(BigInteger.valueOf(twips));
    return w;
  }

  private static CTBorder line() {
    CTBorder b = new CTBorder();
    b.setVal(STBorder.SINGLE);
    b.setSz(BigInteger.valueOf(4));
    b.setSpace(BigInteger.ZERO);
    b.setColor("000000");
    return b;
  }

  private static CTBorder none() {
    CTBorder b = new CTBorder();
    b.setVal(STBorder.NIL);
    return b;
  }

  private static TrPr rowProperties(Row row, boolean head) {
    TrPr trPr = WML.createTrPr();
    var props = trPr.getCnfStyleOrDivIdOrGridBefore();
    props.add(WML.createCTTrPrBaseCantSplit(new BooleanDefaultTrue()));
    if (head) {
      props.add(WML.createCTTrPrBaseTblHeader(new BooleanDefaultTrue()));
    }
    if (row.minHeight() > 0) {
      CTHeight h = WML.createCTHeight();
      h.setVal(twips(row.minHeight()));
      h.setHRule(STHeightRule.AT_LEAST);
      props.add(WML.createCTTrPrBaseTrHeight(h));
    }
    return trPr;
  }

  /**
   * The piece {@code first..last} of a cell, at row {@code r}: where the piece starts, the cell
   * with its text, else the vMerge continuation. A piece is the whole cell unless a page cuts it;
   * a cut piece starts again with the text, and its cut edges are ruled.
   */
  private static Tc cell(TableGrid.Placed p, int first, int last, int r, long[] cols, double size,
      String font) {
    Cell cell = p.cell();
    boolean starts = r == first;
    Tc tc = WML.createTc();
    TcPr pr = WML.createTcPr();
    long w = 0;
    for (int c = p.col(); c <= p.lastCol(); c++) {
      w += cols[c];
    }
    pr.setTcW(width(w));
    if (cell.colspan() > 1) {
      TcPrInner.GridSpan gs = WML.createTcPrInnerGridSpan();
      gs.setVal(BigInteger.valueOf(cell.colspan()));
      pr.setGridSpan(gs);
    }
    if (last > first) {
      TcPrInner.VMerge vm = WML.createTcPrInnerVMerge();
      vm.setVal(starts ? "restart" : null);
      pr.setVMerge(vm);
    }
    CTVerticalJc vj = WML.createCTVerticalJc();
    vj.setVal(cell.valign() == VAlign.TOP ? STVerticalJc.TOP
        : cell.valign() == VAlign.BOTTOM ? STVerticalJc.BOTTOM : STVerticalJc.CENTER);
    pr.setVAlign(vj);
    boolean cutTop = first > p.row();
    boolean cutBottom = last < p.lastRow();
    if (!fullyRuled(cell, cutTop, cutBottom)) {
      // the table's own borders (outside and inside) rule every other cell: per-cell borders
      // on all of them were half the bytes of document.xml
      pr.setTcBorders(borders(cell, cutTop, cutBottom));
    }
    tc.setTcPr(pr);
    if (starts && !cell.paragraphs().isEmpty()) {
      for (String text : cell.paragraphs()) {
        tc.getContent().add(DocxStyles.paragraph(text, font, size, cell.bold(), cell.align()));
      }
    } else {
      // Every cell needs a paragraph, even an empty one.
      tc.getContent().add(DocxStyles.paragraph("", font, size, false, cell.align()));
    }
    return tc;
  }

  /** Whether every side of the piece is ruled: by the cell, or as an edge a page cut. */
  private static boolean fullyRuled(Cell cell, boolean cutTop, boolean cutBottom) {
    return cell.ruled(Side.LEFT) && cell.ruled(Side.RIGHT) && (cutTop || cell.ruled(Side.TOP))
        && (cutBottom || cell.ruled(Side.BOTTOM));
  }

  private static TcPrInner.TcBorders borders(Cell cell, boolean cutTop, boolean cutBottom) {
    TcPrInner.TcBorders b = WML.createTcPrInnerTcBorders();
    b.setTop(cutTop || cell.ruled(Side.TOP) ? line() : none());
    b.setBottom(cutBottom || cell.ruled(Side.BOTTOM) ? line() : none());
    b.setLeft(cell.ruled(Side.LEFT) ? line() : none());
    b.setRight(cell.ruled(Side.RIGHT) ? line() : none());
    return b;
  }
}
