package org.jixiao.writer.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.layout.Block;
import org.jixiao.layout.Cell;
import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutReader;
import org.jixiao.layout.Row;
import org.jixiao.layout.Table;
import org.jixiao.render.Renderer;
import org.jixiao.render.Samples;
import org.jixiao.writer.WriteOptions;
import org.jixiao.writer.pdf.PdfFonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample form written as PDF and as OFD: the same pages, the same text, the same places. */
class OfdSamplesTest {
  /** How far a glyph or a rule may sit from the PDF's: the 0.1 mm. */
  private static final double TOLERANCE_MM = 0.1;

  private static PdfFonts fonts;

  @BeforeAll
  static void needsNotoCjk() {
    fonts = Ofds.fonts();
  }

  record Form(String name, Layout layout) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Form> forms() {
    Renderer r = Samples.renderer();
    List<Form> forms = new ArrayList<>();
    for (Path file : org.jixiao.render.Samples.files()) {
      for (Renderer.FormXml f : r.layouts(Samples.load(r, file))) {
        forms.add(new Form(file.getFileName() + " " + f.name(), LayoutReader.read(f.xml())));
      }
    }
    return forms;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void theOfdHasThePdfsPagesAndEveryCellsText(Form form) throws Exception {
    byte[] pdf = Ofds.pdf(form.layout(), fonts, WriteOptions.defaults());
    List<Ofds.PageContent> ofd = Ofds.pages(Ofds.ofd(form.layout(), fonts, WriteOptions.defaults()));
    PdfReader reader = new PdfReader(pdf);
    assertEquals(reader.getNumberOfPages(), ofd.size(), "pages");
    StringBuilder pdfText = new StringBuilder();
    StringBuilder ofdText = new StringBuilder();
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    for (int p = 1; p <= ofd.size(); p++) {
      String pdfPage = Ofds.solid(extractor.getTextFromPage(p));
      String ofdPage = Ofds.solid(ofd.get(p - 1).text());
      assertEquals(sorted(pdfPage), sorted(ofdPage), "the characters of page " + p);
      pdfText.append(pdfPage);
      ofdText.append(ofdPage);
    }
    List<String> cells = cellTexts(form.layout());
    List<String> notInPdf = new ArrayList<>();
    for (String text : cells) {
      if (pdfText.indexOf(text) >= 0) {
        assertTrue(ofdText.indexOf(text) >= 0, "cell text missing from the OFD: " + text);
      } else {
        notInPdf.add(text);
      }
    }
    assertEquals(List.of(), notInPdf, cells.size() + " cells");
  }

  /** The samples, a landscape page, and a cell taller than a page (split by the PDF writer). */
  static List<Form> formsAndEdges() {
    List<Form> forms = new ArrayList<>(forms());
    StringBuilder huge = new StringBuilder("<form title=\"大单元格\"><page orientation=\"portrait\"/>")
        .append("<table><columns><col width=\"1\"/><col width=\"4\"/></columns>")
        .append("<head><row><cell>项目</cell><cell>内容</cell></row></head><body>")
        .append("<row><cell>年度工作任务</cell><cell align=\"justify\" valign=\"top\">");
    for (int i = 1; i <= 120; i++) {
      huge.append("<p>第").append(i).append("段：组织开展教育教学质量监测，Budget ").append(i).append(".</p>");
    }
    huge.append("</cell></row></body></table></form>");
    forms.add(new Form("a cell taller than a page", LayoutReader.read(huge.toString())));
    forms.add(new Form("landscape", LayoutReader.read("<form title=\"横向\" author=\"某单位\">"
        + "<page orientation=\"landscape\"/><title>横向表</title><table><columns><col width=\"1\"/>"
        + "<col width=\"3\"/></columns><body><row><cell bold=\"true\">名称</cell><cell open=\"right\">横向页面的表格"
        + "</cell></row></body></table></form>")));
    return forms;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formsAndEdges")
  void everyGlyphAndRuleSitsWhereThePdfPutsIt(Form form) {
    List<Ofds.PageContent> pdf = PdfGeometry.pages(Ofds.pdf(form.layout(), fonts, WriteOptions.defaults()));
    List<Ofds.PageContent> ofd = Ofds.pages(Ofds.ofd(form.layout(), fonts, WriteOptions.defaults()));
    assertEquals(pdf.size(), ofd.size(), "pages");
    for (int p = 0; p < pdf.size(); p++) {
      String where = "page " + (p + 1) + ": ";
      List<Ofds.Glyph> left = matchGlyphs(pdf.get(p).glyphs(), ofd.get(p).glyphs());
      assertTrue(left.isEmpty(), where + left.size() + " of " + pdf.get(p).glyphs().size()
          + " PDF glyphs have no OFD glyph within 0.1 mm, first " + first(left) + " near " + nearest(left, ofd.get(p)));
      assertEquals(pdf.get(p).glyphs().size(), ofd.get(p).glyphs().stream()
          .filter(g -> !Character.isWhitespace(g.cp())).count(), where + "glyphs");
      List<Ofds.Segment> rules = matchSegments(pdf.get(p).segments(), ofd.get(p).segments());
      assertTrue(rules.isEmpty(), where + rules.size() + " of " + pdf.get(p).segments().size()
          + " PDF rule segments have no OFD segment within 0.1 mm, first " + first(rules));
      assertEquals(pdf.get(p).segments().size(), ofd.get(p).segments().size(), where + "rule segments");
      assertTrue(!pdf.get(p).segments().isEmpty() && !pdf.get(p).glyphs().isEmpty(), where + "nothing compared");
    }
  }

  /** The PDF glyphs with no OFD glyph of the same character within the tolerance (each used once). */
  private static List<Ofds.Glyph> matchGlyphs(List<Ofds.Glyph> pdf, List<Ofds.Glyph> ofd) {
    Map<Integer, List<Ofds.Glyph>> free = new HashMap<>();
    ofd.forEach(g -> free.computeIfAbsent(g.cp(), k -> new ArrayList<>()).add(g));
    List<Ofds.Glyph> unmatched = new ArrayList<>();
    for (Ofds.Glyph g : pdf) {
      List<Ofds.Glyph> same = free.getOrDefault(g.cp(), new ArrayList<>());
      int hit = -1;
      for (int i = 0; i < same.size() && hit < 0; i++) {
        if (Math.abs(same.get(i).x() - g.x()) <= TOLERANCE_MM && Math.abs(same.get(i).y() - g.y()) <= TOLERANCE_MM) {
          hit = i;
        }
      }
      if (hit < 0) {
        unmatched.add(g);
      } else {
        same.remove(hit);
      }
    }
    return unmatched;
  }

  private static List<Ofds.Segment> matchSegments(List<Ofds.Segment> pdf, List<Ofds.Segment> ofd) {
    List<Ofds.Segment> free = new ArrayList<>(ofd.stream().map(Ofds.Segment::normal).toList());
    List<Ofds.Segment> unmatched = new ArrayList<>();
    for (Ofds.Segment s : pdf) {
      Ofds.Segment n = s.normal();
      int hit = -1;
      for (int i = 0; i < free.size() && hit < 0; i++) {
        if (free.get(i).near(n, TOLERANCE_MM)) {
          hit = i;
        }
      }
      if (hit < 0) {
        unmatched.add(s);
      } else {
        free.remove(hit);
      }
    }
    return unmatched;
  }

  private static Object first(List<?> list) {
    return list.isEmpty() ? "-" : list.get(0);
  }

  private static Object nearest(List<Ofds.Glyph> left, Ofds.PageContent ofd) {
    if (left.isEmpty()) {
      return "-";
    }
    Ofds.Glyph g = left.get(0);
    return ofd.glyphs().stream().filter(o -> o.cp() == g.cp())
        .min((a, b) -> Double.compare(Math.hypot(a.x() - g.x(), a.y() - g.y()), Math.hypot(b.x() - g.x(), b.y() - g.y())))
        .map(Object::toString).orElse("none");
  }

  private static String sorted(String s) {
    return s.codePoints().sorted()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }

  private static List<String> cellTexts(Layout layout) {
    List<String> out = new ArrayList<>();
    for (Block b : layout.blocks()) {
      if (b instanceof Table t) {
        for (Row r : t.rows()) {
          for (Cell c : r.cells()) {
            String s = Ofds.solid(c.text());
            if (!s.isEmpty()) {
              out.add(s);
            }
          }
        }
      }
    }
    return out;
  }
}
