package org.jixiao.writer.ofd;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads back what each page of a PDF draws: a small interpreter of the content stream operators
 * OpenPDF writes (graphics state, paths, colours, text, form XObjects). Clipping, images and
 * shading are not drawn by our typesetter and are ignored.
 */
final class PdfScenes {
  private final PdfReader reader;
  private final Map<PdfDictionary, PdfFontInfo> fonts = new HashMap<>();
  private final List<Scene.Mark> marks = new ArrayList<>();
  private final List<Scene.Step> path = new ArrayList<>();
  private final Deque<State> stack = new ArrayDeque<>();
  private State gs;
  /** The text matrix and the text line matrix, between BT and ET. */
  private double[] tm;
  private double[] tlm;

  private PdfScenes(PdfReader reader) {
    this.reader = reader;
  }

  /** The scene of every page, first page first. */
  static List<Scene> read(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfScenes scenes = new PdfScenes(reader);
      List<Scene> out = new ArrayList<>();
      for (int p = 1; p <= reader.getNumberOfPages(); p++) {
        out.add(scenes.page(p));
      }
      return out;
    } finally {
      reader.close();
    }
  }

  private Scene page(int p) throws IOException {
    marks.clear();
    path.clear();
    stack.clear();
    Rectangle box = reader.getPageSize(p);
    gs = new State();
    gs.ctm = new double[] {1, 0, 0, 1, -box.getLeft(), -box.getBottom()};
    PdfDictionary page = reader.getPageN(p);
    run(reader.getPageContent(p), (PdfDictionary) PdfReader.getPdfObject(page.get(PdfName.RESOURCES)), 0);
    return new Scene(box.getWidth(), box.getHeight(), marks);
  }

  /** The graphics state that q and Q save and restore, text state included. */
  private static final class State implements Cloneable {
    double[] ctm;
    double lineWidth = 1;
    Scene.Rgb stroke = Scene.Rgb.BLACK;
    Scene.Rgb fill = Scene.Rgb.BLACK;
    double charSpacing;
    double wordSpacing;
    double hScale = 1;
    double leading;
    double rise;
    int render;
    PdfFontInfo font;
    double size;

    State copy() {
      try {
        State s = (State) clone();
        s.ctm = ctm.clone();
        return s;
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private void run(byte[] content, PdfDictionary resources, int depth) throws IOException {
    PdfContentParser parser = new PdfContentParser(new PRTokeniser(content));
    List<PdfObject> operands = new ArrayList<>();
    while (!parser.parse(operands).isEmpty()) {
      String op = operands.get(operands.size() - 1).toString();
      operate(op, operands.subList(0, operands.size() - 1), resources, depth);
    }
  }

  private void operate(String op, List<PdfObject> a, PdfDictionary resources, int depth) throws IOException {
    switch (op) {
      case "q" -> stack.push(gs.copy());
      case "Q" -> gs = stack.isEmpty() ? gs : stack.pop();
      case "cm" -> gs.ctm = multiply(matrix(a, 0), gs.ctm);
      case "w" -> gs.lineWidth = num(a, 0);
      case "g" -> gs.fill = gray(num(a, 0));
      case "G" -> gs.stroke = gray(num(a, 0));
      case "rg" -> gs.fill = new Scene.Rgb(num(a, 0), num(a, 1), num(a, 2));
      case "RG" -> gs.stroke = new Scene.Rgb(num(a, 0), num(a, 1), num(a, 2));
      case "k" -> gs.fill = cmyk(a);
      case "K" -> gs.stroke = cmyk(a);
      case "sc", "scn" -> gs.fill = colour(a, gs.fill);
      case "SC", "SCN" -> gs.stroke = colour(a, gs.stroke);
      case "m" -> path.add(step('M', a));
      case "l" -> path.add(step('L', a));
      case "c" -> path.add(step('C', a));
      case "v" -> path.add(curveFromCurrent(a));
      case "y" -> path.add(new Scene.Step('C', new double[] {num(a, 0), num(a, 1), num(a, 2), num(a, 3),
          num(a, 2), num(a, 3)}));
      case "h" -> path.add(new Scene.Step('Z', new double[0]));
      case "re" -> rectangle(num(a, 0), num(a, 1), num(a, 2), num(a, 3));
      case "S" -> paint(true, false, false);
      case "s" -> paint(true, false, true);
      case "f", "F", "f*" -> paint(false, true, true);
      case "B", "B*" -> paint(true, true, true);
      case "b", "b*" -> paint(true, true, true);
      case "n" -> path.clear();
      case "BT" -> {
        tm = identity();
        tlm = identity();
      }
      case "Tc" -> gs.charSpacing = num(a, 0);
      case "Tw" -> gs.wordSpacing = num(a, 0);
      case "Tz" -> gs.hScale = num(a, 0) / 100;
      case "TL" -> gs.leading = num(a, 0);
      case "Ts" -> gs.rise = num(a, 0);
      case "Tr" -> gs.render = (int) num(a, 0);
      case "Tf" -> {
        gs.font = font(resources, (PdfName) a.get(0));
        gs.size = num(a, 1);
      }
      case "Td" -> nextLine(num(a, 0), num(a, 1));
      case "TD" -> {
        gs.leading = -num(a, 1);
        nextLine(num(a, 0), num(a, 1));
      }
      case "Tm" -> {
        tm = matrix(a, 0);
        tlm = tm.clone();
      }
      case "T*" -> nextLine(0, -gs.leading);
      case "Tj" -> show((PdfString) a.get(0));
      case "'" -> {
        nextLine(0, -gs.leading);
        show((PdfString) a.get(0));
      }
      case "\"" -> {
        gs.wordSpacing = num(a, 0);
        gs.charSpacing = num(a, 1);
        nextLine(0, -gs.leading);
        show((PdfString) a.get(2));
      }
      case "TJ" -> showArray((PdfArray) a.get(0));
      case "Do" -> form(resources, (PdfName) a.get(0), depth);
      default -> {
        // clipping, marked content, dashes, joins, graphics state dictionaries: nothing we draw
      }
    }
  }

  private void rectangle(double x, double y, double w, double h) {
    path.add(new Scene.Step('M', new double[] {x, y}));
    path.add(new Scene.Step('L', new double[] {x + w, y}));
    path.add(new Scene.Step('L', new double[] {x + w, y + h}));
    path.add(new Scene.Step('L', new double[] {x, y + h}));
    path.add(new Scene.Step('Z', new double[0]));
  }

  /** Paints the current path, mapped to the page through the CTM. */
  private void paint(boolean stroke, boolean fill, boolean close) {
    if (path.isEmpty()) {
      return;
    }
    List<Scene.Step> steps = new ArrayList<>();
    for (Scene.Step s : path) {
      double[] xy = new double[s.xy().length];
      for (int i = 0; i < xy.length; i += 2) {
        double[] p = apply(gs.ctm, s.xy()[i], s.xy()[i + 1]);
        xy[i] = p[0];
        xy[i + 1] = p[1];
      }
      steps.add(new Scene.Step(s.op(), xy));
    }
    if (close && stroke && steps.get(steps.size() - 1).op() != 'Z') {
      steps.add(new Scene.Step('Z', new double[0]));
    }
    marks.add(new Scene.Shape(steps, stroke, fill, gs.lineWidth * scale(gs.ctm), gs.stroke, gs.fill));
    path.clear();
  }

  private void nextLine(double tx, double ty) {
    tlm = multiply(new double[] {1, 0, 0, 1, tx, ty}, tlm);
    tm = tlm.clone();
  }

  private void showArray(PdfArray array) {
    for (int i = 0; i < array.size(); i++) {
      PdfObject o = array.getPdfObject(i);
      if (o instanceof PdfString s) {
        show(s);
      } else if (o instanceof PdfNumber n) {
        advance(-n.doubleValue() / 1000 * gs.size * gs.hScale);
      }
    }
  }

  /** One run per string: every glyph's origin on the page, then the text matrix moved past it. */
  private void show(PdfString string) {
    PdfFontInfo font = gs.font;
    byte[] b = string.getOriginalBytes();
    int step = font.twoByte() ? 2 : 1;
    int n = b.length / step;
    int[] cps = new int[n];
    double[] xs = new double[n];
    double[] advances = new double[n];
    double y = 0;
    double[] trm = multiply(tm, gs.ctm);
    double xScale = Math.hypot(trm[0], trm[1]);
    double yScale = Math.hypot(trm[2], trm[3]);
    for (int i = 0; i < n; i++) {
      int code = step == 2 ? ((b[2 * i] & 0xFF) << 8) | (b[2 * i + 1] & 0xFF) : b[i] & 0xFF;
      double[] origin = apply(multiply(tm, gs.ctm), 0, gs.rise);
      xs[i] = origin[0];
      y = origin[1];
      cps[i] = font.unicode(code);
      double w = font.width(code) / 1000 * gs.size * gs.hScale;
      advances[i] = w * xScale;
      double wordSpace = step == 1 && code == ' ' ? gs.wordSpacing : 0;
      advance(w + (gs.charSpacing + wordSpace) * gs.hScale);
    }
    if (n == 0 || gs.render == 3 || gs.render == 7) {
      return; // invisible text
    }
    boolean fill = gs.render == 0 || gs.render == 2 || gs.render == 4 || gs.render == 6;
    boolean stroke = gs.render == 1 || gs.render == 2 || gs.render == 5 || gs.render == 6;
    double size = gs.size * yScale;
    marks.add(new Scene.Run(font.name(), size, gs.hScale * xScale / yScale, cps, xs, advances, y, fill, stroke,
        gs.lineWidth * scale(gs.ctm), gs.fill, gs.stroke));
  }

  private void advance(double tx) {
    tm = multiply(new double[] {1, 0, 0, 1, tx, 0}, tm);
  }

  private void form(PdfDictionary resources, PdfName name, int depth) throws IOException {
    PdfDictionary xobjects = resources == null ? null
        : (PdfDictionary) PdfReader.getPdfObject(resources.get(PdfName.XOBJECT));
    PdfObject o = xobjects == null ? null : PdfReader.getPdfObject(xobjects.get(name));
    if (!(o instanceof PRStream s) || !PdfName.FORM.equals(s.get(PdfName.SUBTYPE)) || depth > 8) {
      return;
    }
    State saved = gs.copy();
    PdfArray m = (PdfArray) PdfReader.getPdfObject(s.get(PdfName.MATRIX));
    if (m != null) {
      gs.ctm = multiply(matrix(m.getElements(), 0), gs.ctm);
    }
    PdfDictionary own = (PdfDictionary) PdfReader.getPdfObject(s.get(PdfName.RESOURCES));
    run(PdfReader.getStreamBytes(s), own != null ? own : resources, depth + 1);
    gs = saved;
  }

  private PdfFontInfo font(PdfDictionary resources, PdfName name) throws IOException {
    PdfDictionary all = (PdfDictionary) PdfReader.getPdfObject(resources.get(PdfName.FONT));
    PdfDictionary font = (PdfDictionary) PdfReader.getPdfObject(all.get(name));
    PdfFontInfo info = fonts.get(font);
    if (info == null) {
      info = PdfFontInfo.of(font);
      fonts.put(font, info);
    }
    return info;
  }

  private Scene.Step step(char op, List<PdfObject> a) {
    double[] xy = new double[a.size()];
    for (int i = 0; i < xy.length; i++) {
      xy[i] = num(a, i);
    }
    return new Scene.Step(op, xy);
  }

  /** v: a curve whose first control point is the current point. */
  private Scene.Step curveFromCurrent(List<PdfObject> a) {
    double[] last = path.isEmpty() ? new double[] {0, 0} : path.get(path.size() - 1).xy();
    double x0 = last.length >= 2 ? last[last.length - 2] : 0;
    double y0 = last.length >= 2 ? last[last.length - 1] : 0;
    return new Scene.Step('C', new double[] {x0, y0, num(a, 0), num(a, 1), num(a, 2), num(a, 3)});
  }

  private static Scene.Rgb gray(double v) {
    return new Scene.Rgb(v, v, v);
  }

  private static Scene.Rgb cmyk(List<PdfObject> a) {
    double k = num(a, 3);
    return new Scene.Rgb((1 - num(a, 0)) * (1 - k), (1 - num(a, 1)) * (1 - k), (1 - num(a, 2)) * (1 - k));
  }

  private static Scene.Rgb colour(List<PdfObject> a, Scene.Rgb was) {
    if (a.size() == 1 && a.get(0) instanceof PdfNumber) {
      return gray(num(a, 0));
    }
    if (a.size() == 3) {
      return new Scene.Rgb(num(a, 0), num(a, 1), num(a, 2));
    }
    return a.size() == 4 ? cmyk(a) : was;
  }

  private static double num(List<PdfObject> a, int i) {
    return ((PdfNumber) a.get(i)).doubleValue();
  }

  private static double[] matrix(List<PdfObject> a, int from) {
    double[] m = new double[6];
    for (int i = 0; i < 6; i++) {
      m[i] = ((PdfNumber) PdfReader.getPdfObject(a.get(from + i))).doubleValue();
    }
    return m;
  }

  private static double[] identity() {
    return new double[] {1, 0, 0, 1, 0, 0};
  }

  /** m × n, PDF's row-vector convention: apply m first, then n. */
  static double[] multiply(double[] m, double[] n) {
    return new double[] {
        m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]};
  }

  private static double[] apply(double[] m, double x, double y) {
    return new double[] {x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]};
  }

  /** How much a length grows under the CTM (its mean scale; ours are never skewed). */
  private static double scale(double[] m) {
    return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
  }
}
