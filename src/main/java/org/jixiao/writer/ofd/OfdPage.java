package org.jixiao.writer.ofd;

import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One page's Content.xml: the scene of a PDF page as OFD path and text objects. OFD measures in
 * millimetres from the top left corner, PDF in points from the bottom left; every coordinate is
 * rounded once to a micrometre, and the gaps between glyphs (DeltaX) are differences of rounded
 * positions, so no rounding error adds up along a line.
 */
final class OfdPage {
  /** Micrometres per point. */
  private static final double UM_PER_PT = 25400.0 / 72;
  /** Room below the baseline and above the glyphs in a text object's box, as parts of the size. */
  private static final double DESCENT = 0.3;
  private static final double ASCENT = 1.0;

  private final Scene scene;
  private final Map<String, Integer> fontIds;

  /** {@code fontIds}: the OFD resource ID of each font name the scene's runs use. */
  OfdPage(Scene scene, Map<String, Integer> fontIds) {
    this.scene = scene;
    this.fontIds = fontIds;
  }

  /** The page's PhysicalBox, in millimetres. */
  String box() {
    return "0 0 " + mm(um(scene.width())) + " " + mm(um(scene.height()));
  }

  /** Writes the Page element; {@code nextId[0]} is the next free ID, advanced as IDs are used. */
  void write(XMLStreamWriter w, int[] nextId) throws XMLStreamException {
    OfdPackage.root(w, "Page");
    OfdPackage.start(w, "Area");
    OfdPackage.element(w, "PhysicalBox", box());
    w.writeEndElement();
    OfdPackage.start(w, "Content");
    OfdPackage.start(w, "Layer");
    w.writeAttribute("ID", Integer.toString(nextId[0]++));
    for (Scene.Mark m : scene.marks()) {
      if (m instanceof Scene.Shape s) {
        path(w, s, nextId[0]++);
      } else if (m instanceof Scene.Run r) {
        text(w, r, nextId);
      }
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
  }

  private void path(XMLStreamWriter w, Scene.Shape s, int id) throws XMLStreamException {
    long minX = Long.MAX_VALUE;
    long minY = Long.MAX_VALUE;
    long maxX = Long.MIN_VALUE;
    long maxY = Long.MIN_VALUE;
    for (Scene.Step step : s.steps()) {
      for (int i = 0; i < step.xy().length; i += 2) {
        long x = x(step.xy()[i]);
        long y = y(step.xy()[i + 1]);
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
    if (minX == Long.MAX_VALUE) {
      return;
    }
    long lw = um(s.lineWidth());
    long pad = s.stroke() ? (lw + 1) / 2 : 0;
    long left = minX - pad;
    long top = minY - pad;
    OfdPackage.start(w, "PathObject");
    w.writeAttribute("ID", Integer.toString(id));
    w.writeAttribute("Boundary", mm(left) + " " + mm(top) + " " + mm(maxX + pad - left) + " " + mm(maxY + pad - top));
    if (s.stroke()) {
      w.writeAttribute("LineWidth", mm(lw));
    } else {
      w.writeAttribute("Stroke", "false");
    }
    if (s.fill()) {
      w.writeAttribute("Fill", "true");
    }
    if (s.stroke() && !s.strokeColor().black()) {
      color(w, "StrokeColor", s.strokeColor());
    }
    if (s.fill()) {
      color(w, "FillColor", s.fillColor());
    }
    StringBuilder d = new StringBuilder();
    for (Scene.Step step : s.steps()) {
      d.append(d.length() == 0 ? "" : " ").append(switch (step.op()) {
        case 'M' -> 'M';
        case 'L' -> 'L';
        case 'C' -> 'B'; // OFD's cubic Bézier
        default -> 'C'; // OFD's close
      });
      for (int i = 0; i < step.xy().length; i += 2) {
        d.append(' ').append(mm(x(step.xy()[i]) - left)).append(' ').append(mm(y(step.xy()[i + 1]) - top));
      }
    }
    OfdPackage.element(w, "AbbreviatedData", d.toString());
    w.writeEndElement();
  }

  /** A run without its leading and trailing blanks; nothing for a run of blanks. */
  private void text(XMLStreamWriter w, Scene.Run r, int[] nextId) throws XMLStreamException {
    int[] cps = r.codePoints();
    int from = 0;
    int to = cps.length;
    while (from < to && Character.isWhitespace(cps[from])) {
      from++;
    }
    while (to > from && Character.isWhitespace(cps[to - 1])) {
      to--;
    }
    if (from == to) {
      return;
    }
    long size = um(r.size());
    long lw = r.stroke() ? um(r.lineWidth()) : 0;
    long baseline = y(r.y());
    long first = x(r.x()[from]);
    long left = first - lw;
    long top = baseline - Math.round(size * ASCENT) - lw;
    long right = x(r.x()[to - 1] + r.advance()[to - 1]) + lw;
    long bottom = baseline + Math.round(size * DESCENT) + lw;
    OfdPackage.start(w, "TextObject");
    w.writeAttribute("ID", Integer.toString(nextId[0]++));
    w.writeAttribute("Boundary", mm(left) + " " + mm(top) + " " + mm(right - left) + " " + mm(bottom - top));
    w.writeAttribute("Font", Integer.toString(fontIds.get(r.font())));
    w.writeAttribute("Size", mm(size));
    if (Math.abs(r.hScale() - 1) > 1e-6) {
      w.writeAttribute("HScale", String.format(java.util.Locale.ROOT, "%.4f", r.hScale()));
    }
    if (r.stroke()) {
      w.writeAttribute("Stroke", "true");
      w.writeAttribute("LineWidth", mm(lw));
    }
    if (!r.fill()) {
      w.writeAttribute("Fill", "false");
    }
    if (r.fill() && !r.fillColor().black()) {
      color(w, "FillColor", r.fillColor());
    }
    if (r.stroke()) {
      color(w, "StrokeColor", r.strokeColor());
    }
    OfdPackage.start(w, "TextCode");
    w.writeAttribute("X", mm(first - left));
    w.writeAttribute("Y", mm(baseline - top));
    if (to - from > 1) {
      StringBuilder delta = new StringBuilder();
      for (int i = from + 1; i < to; i++) {
        delta.append(i == from + 1 ? "" : " ").append(mm(x(r.x()[i]) - x(r.x()[i - 1])));
      }
      w.writeAttribute("DeltaX", delta.toString());
    }
    w.writeCharacters(new String(cps, from, to - from));
    w.writeEndElement();
    w.writeEndElement();
  }

  private static void color(XMLStreamWriter w, String element, Scene.Rgb c) throws XMLStreamException {
    OfdPackage.start(w, element);
    w.writeAttribute("Value", channel(c.r()) + " " + channel(c.g()) + " " + channel(c.b()));
    w.writeEndElement();
  }

  private static long channel(double v) {
    return Math.round(Math.max(0, Math.min(1, v)) * 255);
  }

  private static long x(double pt) {
    return um(pt);
  }

  /** PDF's y (up from the bottom) as OFD's (down from the top). */
  private long y(double pt) {
    return um(scene.height() - pt);
  }

  private static long um(double pt) {
    return Math.round(pt * UM_PER_PT);
  }

  /** Micrometres as millimetres: "12.7", "0.176", "-3". */
  static String mm(long um) {
    StringBuilder sb = new StringBuilder(10);
    if (um < 0) {
      sb.append('-');
    }
    long a = Math.abs(um);
    sb.append(a / 1000);
    long frac = a % 1000;
    if (frac != 0) {
      sb.append('.').append((char) ('0' + frac / 100));
      if (frac % 100 != 0) {
        sb.append((char) ('0' + frac / 10 % 10));
        if (frac % 10 != 0) {
          sb.append((char) ('0' + frac % 10));
        }
      }
    }
    return sb.toString();
  }
}
