package org.jixiao.writer.ofd;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Test helper: where a PDF puts each glyph and each rule, read with PDFBox, which shares no code
 * with the OFD writer's own PDF reading; in millimetres from the page's top left, as OFD counts.
 */
final class PdfGeometry {
  private static final double MM_PER_PT = 25.4 / 72;

  private PdfGeometry() {}

  /** Each page's glyphs (blanks left out) and rule segments. */
  static List<Ofds.PageContent> pages(byte[] pdf) {
    try (PDDocument doc = PDDocument.load(pdf)) {
      List<Ofds.PageContent> pages = new ArrayList<>();
      for (int p = 0; p < doc.getNumberOfPages(); p++) {
        PDPage page = doc.getPage(p);
        pages.add(new Ofds.PageContent("", glyphs(doc, p + 1), segments(page)));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Ofds.Glyph> glyphs(PDDocument doc, int page) throws IOException {
    List<Ofds.Glyph> out = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition t) {
        int cp = t.getUnicode().codePointAt(0);
        if (!Character.isWhitespace(cp)) {
          out.add(new Ofds.Glyph(cp, t.getXDirAdj() * MM_PER_PT, t.getYDirAdj() * MM_PER_PT));
        }
      }
    };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(doc);
    return out;
  }

  private static List<Ofds.Segment> segments(PDPage page) throws IOException {
    double height = page.getMediaBox().getHeight();
    List<Ofds.Segment> out = new ArrayList<>();
    new PDFGraphicsStreamEngine(page) {
      private final List<Ofds.Segment> path = new ArrayList<>();
      private Point2D start = new Point2D.Double();
      private Point2D current = new Point2D.Double();

      private void line(Point2D a, Point2D b) {
        path.add(new Ofds.Segment(a.getX() * MM_PER_PT, (height - a.getY()) * MM_PER_PT,
            b.getX() * MM_PER_PT, (height - b.getY()) * MM_PER_PT));
      }

      @Override
      public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        line(p0, p1);
        line(p1, p2);
        line(p2, p3);
        line(p3, p0);
        start = p0;
        current = p0;
      }

      @Override
      public void moveTo(float x, float y) {
        start = new Point2D.Float(x, y);
        current = start;
      }

      @Override
      public void lineTo(float x, float y) {
        Point2D to = new Point2D.Float(x, y);
        line(current, to);
        current = to;
      }

      @Override
      public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
      }

      @Override
      public Point2D getCurrentPoint() {
        return current;
      }

      @Override
      public void closePath() {
        line(current, start);
        current = start;
      }

      @Override
      public void endPath() {
        path.clear();
      }

      @Override
      public void strokePath() {
        out.addAll(path);
        path.clear();
      }

      @Override
      public void fillPath(int windingRule) {
        out.addAll(path);
        path.clear();
      }

      @Override
      public void fillAndStrokePath(int windingRule) {
        strokePath();
      }

      @Override
      public void drawImage(PDImage pdImage) {}

      @Override
      public void clip(int windingRule) {}

      @Override
      public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {}

      void run() throws IOException {
        processPage(page);
      }
    }.run();
    return out;
  }
}
