package org.jixiao.writer.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.jixiao.layout.LayoutReader;
import org.jixiao.writer.WriteOptions;
import org.jixiao.writer.pdf.Face;
import org.jixiao.writer.pdf.PdfFonts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class OfdFontsTest {
  private static final String DEJAVU_SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

  private static Face dejaVu() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(Path.of(DEJAVU_SANS)), DEJAVU_SANS + " (fonts-dejavu-core) is not installed");
    return new Face("DejaVuSans", DEJAVU_SANS,
        BaseFont.createFont(DEJAVU_SANS, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false), false);
  }

  @Test
  void aTrueTypeFaceIsSubsetToTheCharactersUsed() throws Exception {
    byte[] program = OfdFonts.program(dejaVu(), Set.of((int) 'A', (int) 'b', (int) '1')).orElseThrow();
    assertTrue(program.length < Files.size(Path.of(DEJAVU_SANS)) / 10, program.length + " bytes");
    try (TrueTypeFont subset = new TTFParser().parse(new ByteArrayInputStream(program))) {
      assertTrue(subset.getNumberOfGlyphs() <= 5, subset.getNumberOfGlyphs() + " glyphs");
      assertTrue(subset.getUnicodeCmapLookup().getGlyphId('A') > 0, "A is mapped");
      assertTrue(subset.getUnicodeCmapLookup().getGlyphId('b') > 0, "b is mapped");
      assertEquals(0, subset.getUnicodeCmapLookup().getGlyphId('Z'), "Z is not in the subset");
    }
  }

  @Test
  void theSameCharactersGiveTheSameSubset() throws Exception {
    Face face = dejaVu();
    assertTrue(java.util.Arrays.equals(OfdFonts.program(face, Set.of(65, 66)).orElseThrow(),
        OfdFonts.program(face, Set.of(66, 65)).orElseThrow()));
  }

  @Test
  void aCffFaceIsSubsetWithTheSameOutlines() throws Exception {
    PdfFonts fonts = Ofds.fonts();
    String text = "部门整体绩效目标申报表（填报日期：2024年）ABC";
    Set<Integer> cps = new java.util.TreeSet<>();
    text.codePoints().forEach(cps::add);
    byte[] program = OfdFonts.program(fonts.body(), cps).orElseThrow();
    assertTrue(program.length < 30_000, program.length + " bytes");
    Path ttc = Path.of(fonts.body().file().replaceFirst(",\\d+$", ""));
    try (OpenTypeFont subset = new OTFParser().parse(new ByteArrayInputStream(program));
        TrueTypeCollection collection = new TrueTypeCollection(ttc.toFile())) {
      OpenTypeFont whole = (OpenTypeFont) collection.getFontByName(fonts.body().name());
      assertTrue(subset.isPostScript(), "CFF outlines");
      assertEquals(cps.size() + 1, subset.getNumberOfGlyphs(), "the characters and .notdef");
      CFFCIDFont cid = (CFFCIDFont) whole.getCFF().getFont();
      for (int cp : cps) {
        int gid = subset.getUnicodeCmapLookup().getGlyphId(cp);
        assertTrue(gid > 0, Character.toString(cp) + " is mapped");
        int old = whole.getUnicodeCmapLookup().getGlyphId(cp);
        assertEquals(segments(cid.getType2CharString(cid.getCharset().getCIDForGID(old)).getPath()),
            segments(subset.getCFF().getFont().getType2CharString(gid).getPath()), Character.toString(cp));
        assertEquals(whole.getAdvanceWidth(old), subset.getAdvanceWidth(gid), Character.toString(cp));
      }
      assertEquals(0, subset.getUnicodeCmapLookup().getGlyphId('中'), "中 is not in the subset");
    }
    assertEquals("Noto Serif CJK SC", OfdFonts.family(fonts.body()));
  }

  /** A path's segments as text, coordinates rounded to whole font units. */
  private static String segments(GeneralPath path) {
    StringBuilder sb = new StringBuilder();
    double[] c = new double[6];
    for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      sb.append(type);
      int n = switch (type) {
        case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
        case PathIterator.SEG_QUADTO -> 4;
        case PathIterator.SEG_CUBICTO -> 6;
        default -> 0;
      };
      for (int i = 0; i < n; i++) {
        sb.append(' ').append(Math.round(c[i]));
      }
      sb.append(';');
    }
    return sb.toString();
  }

  @Test
  void anOfdDrawnInATrueTypeFaceEmbedsItsSubset() throws Exception {
    dejaVu();
    PdfFonts noto = Ofds.fonts();
    // DejaVu Sans as the body face, Noto for the Chinese it lacks
    PdfFonts fonts = PdfFonts.find(List.of(DEJAVU_SANS, noto.body().file()), false);
    byte[] ofd = Ofds.ofd(LayoutReader.read("<form title=\"T\"><page orientation=\"portrait\"/>"
        + "<table><columns><col width=\"1\"/></columns><body><row><cell>Budget 2025 预算</cell></row></body>"
        + "</table></form>"), fonts, WriteOptions.defaults());
    Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ofd))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    String res = new String(entries.get("Doc_0/PublicRes.xml"), StandardCharsets.UTF_8);
    assertTrue(res.contains("FontName=\"DejaVuSans\""), res);
    String file = entries.keySet().stream().filter(n -> n.startsWith("Doc_0/Res/")).findFirst().orElseThrow();
    assertTrue(res.contains("<ofd:FontFile>" + file.substring("Doc_0/Res/".length()) + "</ofd:FontFile>"), res);
    try (TrueTypeFont subset = new TTFParser().parse(new ByteArrayInputStream(entries.get(file)))) {
      assertTrue(subset.getUnicodeCmapLookup().getGlyphId('B') > 0, "B is mapped");
      assertTrue(subset.getNumberOfGlyphs() < 20, subset.getNumberOfGlyphs() + " glyphs");
    }
    assertEquals("Budget2025预算", Ofds.solid(Ofds.pages(ofd).get(0).text()));
  }
}
