package org.jixiao.writer.xlsx;

import org.jixiao.layout.Align;
import org.jixiao.layout.Paragraph;
import org.jixiao.layout.VAlign;

/** How the text of a region is drawn: which face (title or body), size in points, weight, alignment. */
record Look(Paragraph.Style face, double size, boolean bold, Align align, VAlign valign) {
  // written out: part of the key of each cell's style, and a record's go through method handles
  // that C1 does not inline; the same comparisons as the record's (size by Double.compare)
  @Override
  public boolean equals(Object o) {
    return o instanceof Look l && face == l.face && Double.compare(size, l.size) == 0
        && bold == l.bold && align == l.align && valign == l.valign;
  }

  @Override
  public int hashCode() {
    int h = java.util.Objects.hashCode(face);
    h = h * 31 + Double.hashCode(size);
    h = h * 31 + Boolean.hashCode(bold);
    h = h * 31 + java.util.Objects.hashCode(align);
    return h * 31 + java.util.Objects.hashCode(valign);
  }
}
