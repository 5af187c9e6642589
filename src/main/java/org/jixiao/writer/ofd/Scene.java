package org.jixiao.writer.ofd;

import java.util.List;

/**
 * What one PDF page draws, in the page's own units (points, y up from the bottom edge): the
 * rules and filled shapes, and the text runs with the origin of every glyph. The OFD page is
 * written from this, so both files show the same lines at the same places.
 */
record Scene(double width, double height, List<Mark> marks) {
  Scene {
    marks = List.copyOf(marks);
  }

  /** What the page paints, in painting order. */
  sealed interface Mark permits Shape, Run {}

  /** The text runs, in painting order. */
  List<Run> runs() {
    return marks.stream().filter(Run.class::isInstance).map(Run.class::cast).toList();
  }

  /** One painted path: its subpaths as moves, lines, curves and closes. */
  record Shape(List<Step> steps, boolean stroke, boolean fill, double lineWidth, Rgb strokeColor,
      Rgb fillColor) implements Mark {
    Shape {
      steps = List.copyOf(steps);
    }
  }

  /** A path step: M (move), L (line), C (cubic curve to x3, y3 through two control points), Z (close). */
  record Step(char op, double[] xy) {}

  /**
   * Glyphs set in one text-showing operation on one baseline: the text (one code point per
   * glyph), each glyph's origin x and its advance, the baseline y, the font (PostScript name
   * without the subset tag), the size in points, and how it is painted (bold faces made by
   * stroking the outline are stroked and filled).
   */
  record Run(String font, double size, double hScale, int[] codePoints, double[] x, double[] advance,
      double y, boolean fill, boolean stroke, double lineWidth, Rgb fillColor, Rgb strokeColor) implements Mark {}

  /** A colour as red, green, blue from 0 to 1. */
  record Rgb(double r, double g, double b) {
    static final Rgb BLACK = new Rgb(0, 0, 0);

    boolean black() {
      return r == 0 && g == 0 && b == 0;
    }
  }
}
