package org.jixiao.writer.xlsx;

import org.jixiao.layout.Align;
import org.jixiao.layout.Paragraph;
import org.jixiao.layout.VAlign;

/** How the text of a region is drawn: which face (title or body), size in points, weight, alignment. */
record Look(Paragraph.Style face, double size, boolean bold, Align align, VAlign valign) {}
