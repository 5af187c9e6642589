package org.jixiao.writer.ofd;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.JixiaoException;
import org.jixiao.layout.Layout;
import org.jixiao.writer.WriteOptions;
import org.jixiao.writer.pdf.PdfFonts;
import org.jixiao.writer.pdf.PdfLayoutWriter;
import org.junit.jupiter.api.Assumptions;
import org.ofdrw.core.basicStructure.pageObj.Page;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.OFDReader;

/**
 * Test helpers: the pinned Noto fonts (or a skipped test), writing PDF and OFD, and reading an
 * OFD back with ofdrw-reader into glyphs and rule segments in millimetres from the top left.
 */
final class Ofds {
  private static final List<String> DIRS = List.of("/usr/share/fonts/opentype/noto/",
      "/usr/share/fonts/noto-cjk/", "/usr/share/fonts/google-noto-serif-cjk-fonts/",
      "/usr/share/fonts/google-noto-sans-cjk-fonts/");

  /** One glyph: its character, origin x and baseline y, in mm from the page's top left. */
  record Glyph(int cp, double x, double y) {}

  /** One straight piece of a rule, in mm from the page's top left. */
  record Segment(double x1, double y1, double x2, double y2) {
    /** The same segment with its ends in a fixed order, for comparing. */
    Segment normal() {
      return x1 < x2 - 1e-9 || (Math.abs(x1 - x2) <= 1e-9 && y1 <= y2) ? this : new Segment(x2, y2, x1, y1);
    }

    boolean near(Segment o, double tolerance) {
      return Math.abs(x1 - o.x1) <= tolerance && Math.abs(y1 - o.y1) <= tolerance
          && Math.abs(x2 - o.x2) <= tolerance && Math.abs(y2 - o.y2) <= tolerance;
    }
  }

  /** What one OFD page holds: its text in painting order, its glyphs and its rules. */
  record PageContent(String text, List<Glyph> glyphs, List<Segment> segments) {}

  private Ofds() {}

  /** Noto Serif CJK (body) and Noto Sans CJK Bold (titles), nothing else; skips without them. */
  static PdfFonts fonts() {
    String serif = installed("NotoSerifCJK-Regular.ttc");
    String sans = installed("NotoSansCJK-Bold.ttc");
    try {
      return PdfFonts.find(List.of(serif, sans), false);
    } catch (JixiaoException e) {
      return Assumptions.abort("Noto CJK cannot be used: " + e.getMessage());
    }
  }

  private static String installed(String file) {
    return DIRS.stream().map(d -> d + file).filter(p -> Files.isRegularFile(Path.of(p))).findFirst()
        .orElseGet(() -> Assumptions.abort(file + " (fonts-noto-cjk) is not installed"));
  }

  static byte[] ofd(Layout layout, PdfFonts fonts, WriteOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new OfdLayoutWriter(fonts, options).write(layout, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] pdf(Layout layout, PdfFonts fonts, WriteOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new PdfLayoutWriter(fonts, options).write(layout, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Every page of {@code ofd} as ofdrw-reader reads it, first page first. */
  static List<PageContent> pages(byte[] ofd) {
    try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
      List<PageContent> pages = new ArrayList<>();
      for (int p = 1; p <= reader.getNumberOfPages(); p++) {
        pages.add(content(reader.getPage(p)));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PageContent content(Page page) {
    StringBuilder text = new StringBuilder();
    List<Glyph> glyphs = new ArrayList<>();
    List<Segment> segments = new ArrayList<>();
    for (CT_Layer layer : page.getContent().getLayers()) {
      for (PageBlockType block : layer.getPageBlocks()) {
        if (block instanceof TextObject t) {
          ST_Box box = t.getBoundary();
          for (TextCode code : t.getTextCodes()) {
            String s = code.getContent();
            text.append(s);
            double x = box.getTopLeftX() + code.getX();
            double y = box.getTopLeftY() + code.getY();
            ST_Array delta = code.getDeltaX();
            int i = 0;
            for (int k = 0; k < s.length(); k += Character.charCount(s.codePointAt(k)), i++) {
              glyphs.add(new Glyph(s.codePointAt(k), x, y));
              if (delta != null && i < delta.getArray().size()) {
                x += delta.get(i);
              }
            }
          }
        } else if (block instanceof PathObject p) {
          segments.addAll(segments(p.getBoundary(), p.getAbbreviatedData()));
        }
      }
    }
    return new PageContent(text.toString(), glyphs, segments);
  }

  /** The straight pieces of an abbreviated path (M, L, C: all our rules use). */
  private static List<Segment> segments(ST_Box box, String data) {
    List<Segment> out = new ArrayList<>();
    String[] t = data.trim().split("\\s+");
    double sx = 0;
    double sy = 0;
    double cx = 0;
    double cy = 0;
    for (int i = 0; i < t.length; ) {
      switch (t[i]) {
        case "M", "S" -> {
          cx = box.getTopLeftX() + Double.parseDouble(t[i + 1]);
          cy = box.getTopLeftY() + Double.parseDouble(t[i + 2]);
          sx = cx;
          sy = cy;
          i += 3;
        }
        case "L" -> {
          double x = box.getTopLeftX() + Double.parseDouble(t[i + 1]);
          double y = box.getTopLeftY() + Double.parseDouble(t[i + 2]);
          out.add(new Segment(cx, cy, x, y));
          cx = x;
          cy = y;
          i += 3;
        }
        case "C" -> {
          out.add(new Segment(cx, cy, sx, sy));
          cx = sx;
          cy = sy;
          i += 1;
        }
        default -> throw new AssertionError("unexpected path command " + t[i] + " in " + data);
      }
    }
    return out;
  }

  /** {@code s} without blanks: what both formats must agree on, however they space text. */
  static String solid(String s) {
    return s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }
}
