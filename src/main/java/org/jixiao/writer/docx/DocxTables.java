package org.jixiao.writer.docx;

import static org.jixiao.writer.docx.DocxStyles.twips;

import java.util.List;
import javax.xml.stream.XMLStreamException;
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
  static void table(WmlOut w, Table t, double bodyWidthMm, String font, DocxPages pages)
      throws XMLStreamException {
    long[] cols = columnTwips(t, bodyWidthMm);
    w.start("w:tbl");
    tableProperties(w, sum(cols));
    w.start("w:tblGrid");
    for (long c : cols) {
      w.empty("w:gridCol").attr("w:w", c);
    }
    w.end();
    TableGrid g = TableGrid.of(t);
    DocxPages.Plan plan = pages.table(t, g, cols);
    List<Row> rows = t.rows();
    int head = t.head().size();
    for (int r = 0; r < g.rowCount(); r++) {
      Row row = rows.get(r);
      w.start("w:tr");
      rowProperties(w, row, r < head);
      int c = 0;
      while (c < g.columns()) {
        TableGrid.Placed p = g.at(r, c);
        cell(w, p, pieceStart(p, r, plan.cutBefore()), pieceEnd(p, r, plan.cutBefore()), r, cols,
            t.size(), font, plan.keepNext()[r]);
        c = p.lastCol() + 1;
      }
      w.end();
    }
    w.end();
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

  private static long[] columnTwips(Table t, double bodyWidthMm) {
    double[] f = t.fractions();
    long total = twips(bodyWidthMm);
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

  private static void tableProperties(WmlOut w, long width) throws XMLStreamException {
    w.start("w:tblPr");
    w.empty("w:tblW").attr("w:w", width).attr("w:type", "dxa");
    w.empty("w:jc").attr("w:val", "center");
    w.start("w:tblBorders");
    line(w, "w:top");
    line(w, "w:left");
    line(w, "w:bottom");
    line(w, "w:right");
    line(w, "w:insideH");
    line(w, "w:insideV");
    w.end();
    w.empty("w:tblLayout").attr("w:type", "fixed");
    w.start("w:tblCellMar");
    w.empty("w:top").attr("w:w", 20).attr("w:type", "dxa");
    w.empty("w:left").attr("w:w", 57).attr("w:type", "dxa");
    w.empty("w:bottom").attr("w:w", 20).attr("w:type", "dxa");
    w.empty("w:right").attr("w:w", 57).attr("w:type", "dxa");
    w.end();
    w.end();
  }

  /** A single black rule, half a point wide, as side {@code side}. */
  private static void line(WmlOut w, String side) throws XMLStreamException {
    w.empty(side).attr("w:val", "single").attr("w:color", "000000").attr("w:sz", "4").attr("w:space", "0");
  }

  /** Side {@code side} without a rule. */
  private static void none(WmlOut w, String side) throws XMLStreamException {
    w.empty(side).attr("w:val", "nil");
  }

  private static void rowProperties(WmlOut w, Row row, boolean head) throws XMLStreamException {
    w.start("w:trPr");
    w.empty("w:cantSplit");
    if (head) {
      w.empty("w:tblHeader");
    }
    if (row.minHeight() > 0) {
      w.empty("w:trHeight").attr("w:val", twips(row.minHeight())).attr("w:hRule", "atLeast");
    }
    w.end();
  }

  /**
   * The piece {@code first..last} of a cell, at row {@code r}: where the piece starts, the cell
   * with its text, else the vMerge continuation. A piece is the whole cell unless a page cuts it;
   * a cut piece starts again with the text, and its cut edges are ruled. With {@code keepNext},
   * keep-with-next on every paragraph of the cell: Word and LibreOffice then keep the row with
   * the next.
   */
  private static void cell(WmlOut w, TableGrid.Placed p, int first, int last, int r, long[] cols,
      double size, String font, boolean keepNext) throws XMLStreamException {
    Cell cell = p.cell();
    boolean starts = r == first;
    w.start("w:tc");
    w.start("w:tcPr");
    long width = 0;
    for (int c = p.col(); c <= p.lastCol(); c++) {
      width += cols[c];
    }
    w.empty("w:tcW").attr("w:w", width).attr("w:type", "dxa");
    if (cell.colspan() > 1) {
      w.empty("w:gridSpan").attr("w:val", cell.colspan());
    }
    if (last > first) {
      w.empty("w:vMerge");
      if (starts) {
        w.attr("w:val", "restart");
      }
    }
    boolean cutTop = first > p.row();
    boolean cutBottom = last < p.lastRow();
    if (!fullyRuled(cell, cutTop, cutBottom)) {
      // the table's own borders (outside and inside) rule every other cell: per-cell borders
      // on all of them were half the bytes of document.xml
      w.start("w:tcBorders");
      side(w, "w:top", cutTop || cell.ruled(Side.TOP));
      side(w, "w:left", cell.ruled(Side.LEFT));
      side(w, "w:bottom", cutBottom || cell.ruled(Side.BOTTOM));
      side(w, "w:right", cell.ruled(Side.RIGHT));
      w.end();
    }
    w.empty("w:vAlign").attr("w:val", cell.valign() == VAlign.TOP ? "top"
        : cell.valign() == VAlign.BOTTOM ? "bottom" : "center");
    w.end();
    if (starts && !cell.paragraphs().isEmpty()) {
      for (String text : cell.paragraphs()) {
        DocxStyles.paragraph(w, text, font, size, cell.bold(), cell.align(), keepNext);
      }
    } else {
      // Every cell needs a paragraph, even an empty one.
      DocxStyles.paragraph(w, "", font, size, false, cell.align(), keepNext);
    }
    w.end();
  }

  private static void side(WmlOut w, String side, boolean ruled) throws XMLStreamException {
    if (ruled) {
      line(w, side);
    } else {
      none(w, side);
    }
  }

  /** Whether every side of the piece is ruled: by the cell, or as an edge a page cut. */
  private static boolean fullyRuled(Cell cell, boolean cutTop, boolean cutBottom) {
    return cell.ruled(Side.LEFT) && cell.ruled(Side.RIGHT) && (cutTop || cell.ruled(Side.TOP))
        && (cutBottom || cell.ruled(Side.BOTTOM));
  }
}
