package org.jixiao.writer.font;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

class FontSubsetTest {
  private static final Path NOTO_SERIF = Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc");
  private static final Path NOTO_SANS_BOLD = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc");
  private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
  /** A form's worth of text: CJK, digits, Latin, full-width punctuation, a space. */
  private static final String TEXT = "部门整体绩效目标申报表（2025年度）曾都区 医疗保障局 ①％：，。、—…ABCxyz0123456789.%";

  private static Set<Integer> codePoints(String s) {
    Set<Integer> set = new TreeSet<>();
    s.codePoints().forEach(set::add);
    return set;
  }

  /** The face of a Noto CJK collection whose PostScript name ends in "sc-…" and its index. */
  private static int simplifiedFace(Path ttc) throws IOException {
    List<String> names = new ArrayList<>();
    try (TrueTypeCollection c = new TrueTypeCollection(ttc.toFile())) {
      c.processAllFonts(f -> names.add(f.getName()));
    }
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).contains("CJKsc")) {
        return i;
      }
    }
    throw new AssertionError("no Simplified Chinese face in " + names);
  }

  private static TrueTypeFont original(Path ttc, int index) throws IOException {
    List<TrueTypeFont> fonts = new ArrayList<>();
    TrueTypeCollection c = new TrueTypeCollection(ttc.toFile());
    c.processAllFonts(fonts::add);
    return fonts.get(index);
  }

  /** The outline as text: each segment's kind and points, rounded to 1/100 unit. */
  private static String outline(GeneralPath path) {
    StringBuilder sb = new StringBuilder();
    double[] c = new double[6];
    for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      sb.append(type);
      int points = type == PathIterator.SEG_CUBICTO ? 3 : type == PathIterator.SEG_QUADTO ? 2 : type == PathIterator.SEG_CLOSE ? 0 : 1;
      for (int i = 0; i < 2 * points; i++) {
        sb.append(' ').append(Math.round(c[i] * 100));
      }
      sb.append(';');
    }
    return sb.toString();
  }

  private static void assertCffSubsetKeepsOutlinesAndAdvances(Path ttc) throws Exception {
    assertCffSubsetKeepsOutlinesAndAdvances(ttc, TEXT, 40_000);
  }

  private static void assertCffSubsetKeepsOutlinesAndAdvances(Path ttc, String text, int maxBytes) throws Exception {
    assumeTrue(Files.isRegularFile(ttc), ttc + " is not installed");
    int index = simplifiedFace(ttc);
    byte[] subset = FontSubset.openType(ttc, index, codePoints(text));
    OpenTypeFont sub = new OTFParser().parse(new ByteArrayInputStream(subset));
    TrueTypeFont orig = original(ttc, index);
    CFFFont origCff = ((OpenTypeFont) orig).getCFF().getFont();
    CFFFont subCff = sub.getCFF().getFont();
    assertTrue(subCff instanceof CFFCIDFont, "the subset is CID-keyed");

    Set<Integer> glyphs = new TreeSet<>();
    for (int cp : codePoints(text)) {
      if (orig.getUnicodeCmapLookup().getGlyphId(cp) == 0 && cp < ' ') {
        continue; // a line break of the sample's text
      }
      int og = orig.getUnicodeCmapLookup().getGlyphId(cp);
      int sg = sub.getUnicodeCmapLookup().getGlyphId(cp);
      assertNotEquals(0, og, "the face has " + Character.toString(cp));
      assertNotEquals(0, sg, "the subset has " + Character.toString(cp));
      glyphs.add(og);
      String what = "U+" + Integer.toHexString(cp) + " " + Character.toString(cp);
      assertEquals(orig.getAdvanceWidth(og), sub.getAdvanceWidth(sg), what + ": advance");
      String expected = outline(((CFFCIDFont) origCff).getType2CharString(og).getPath());
      assertTrue(cp == ' ' || expected.length() > 20, what + " has an outline: " + expected);
      assertEquals(expected, outline(((CFFCIDFont) subCff).getType2CharString(sg).getPath()), what + ": outline");
      assertEquals(((CFFCIDFont) origCff).getType2CharString(og).getWidth(),
          ((CFFCIDFont) subCff).getType2CharString(sg).getWidth(), what + ": charstring width");
    }
    assertEquals(glyphs.size() + 1, sub.getNumberOfGlyphs(), "the used glyphs and .notdef, nothing else");
    assertEquals(0, sub.getUnicodeCmapLookup().getGlyphId('丁'), "an unused character is not in the subset");
    assertEquals(orig.getName(), sub.getName());
    assertEquals(orig.getHorizontalHeader().getAscender(), sub.getHorizontalHeader().getAscender());
    assertEquals(orig.getOS2Windows().getTypoDescender(), sub.getOS2Windows().getTypoDescender());
    assertEquals(orig.getHeader().getUnitsPerEm(), sub.getHeader().getUnitsPerEm());
    assertTrue(subset.length < maxBytes, "a form's characters in " + subset.length + " bytes");
  }

  @Test
  void everyCharacterOfTheFourPageSampleKeepsItsOutlineInBothFaces() throws Exception {
    // some 600 characters: most of a subset's subroutines are then called from one place and put there
    String sample = Files.readString(Path.of("data/2025/广水市医疗保障局.yaml"));
    assertCffSubsetKeepsOutlinesAndAdvances(NOTO_SERIF, sample, 200_000);
    assertCffSubsetKeepsOutlinesAndAdvances(NOTO_SANS_BOLD, sample, 200_000);
  }

  @Test
  void aNotoSerifSubsetHasTheUsedGlyphsWithTheirOutlinesAndAdvancesAndNoOthers() throws Exception {
    assertCffSubsetKeepsOutlinesAndAdvances(NOTO_SERIF);
  }

  @Test
  void aNotoSansBoldSubsetHasTheUsedGlyphsWithTheirOutlinesAndAdvancesAndNoOthers() throws Exception {
    assertCffSubsetKeepsOutlinesAndAdvances(NOTO_SANS_BOLD);
  }

  @Test
  void theSameCodePointsGiveTheSameBytes() throws Exception {
    assumeTrue(Files.isRegularFile(NOTO_SERIF), NOTO_SERIF + " is not installed");
    FontSubset face = FontSubset.of(NOTO_SERIF, simplifiedFace(NOTO_SERIF));
    assertArrayEquals(face.openType(codePoints(TEXT)), face.openType(new ArrayList<>(codePoints(TEXT))));
    assertFalse(Arrays.equals(face.openType(codePoints(TEXT)), face.openType(codePoints("部门"))));
  }

  @Test
  void aCharacterBeyondTheBmpIsMappedThroughAFullUnicodeCmap() throws Exception {
    assumeTrue(Files.isRegularFile(NOTO_SERIF), NOTO_SERIF + " is not installed");
    FontSubset face = FontSubset.of(NOTO_SERIF, simplifiedFace(NOTO_SERIF));
    int far = 0x20000;
    while (far < 0x30000 && !face.has(far)) {
      far++;
    }
    assumeTrue(far < 0x30000, "no CJK Extension B character in the face");
    OpenTypeFont sub = new OTFParser().parse(new ByteArrayInputStream(face.openType(Set.of((int) '部', far))));
    assertEquals(3, sub.getNumberOfGlyphs());
    assertNotEquals(0, sub.getUnicodeCmapLookup().getGlyphId(far), Integer.toHexString(far));
    assertNotEquals(0, sub.getUnicodeCmapLookup().getGlyphId('部'));
  }

  @Test
  void codePointsTheFaceLacksAreLeftOut() throws Exception {
    assumeTrue(Files.isRegularFile(NOTO_SERIF), NOTO_SERIF + " is not installed");
    FontSubset face = FontSubset.of(NOTO_SERIF, simplifiedFace(NOTO_SERIF));
    assertFalse(face.has(0xE000));
    assertTrue(face.has('部'));
    OpenTypeFont sub = new OTFParser().parse(new ByteArrayInputStream(face.openType(Set.of((int) '部', 0xE000))));
    assertEquals(2, sub.getNumberOfGlyphs());
  }

  @Test
  void aTrueTypeFaceIsSubsetByFontBoxWithTheSameAdvances() throws Exception {
    assumeTrue(Files.isRegularFile(DEJAVU), DEJAVU + " is not installed");
    String text = "Budget 2025: 100%";
    byte[] subset = FontSubset.openType(DEJAVU, 0, codePoints(text));
    TrueTypeFont sub = new TTFParser().parse(new ByteArrayInputStream(subset));
    TrueTypeFont orig = new TTFParser().parse(new File(DEJAVU.toString()));
    for (int cp : codePoints(text)) {
      int og = orig.getUnicodeCmapLookup().getGlyphId(cp);
      int sg = sub.getUnicodeCmapLookup().getGlyphId(cp);
      assertNotEquals(0, sg, Character.toString(cp));
      assertEquals(orig.getAdvanceWidth(og), sub.getAdvanceWidth(sg), Character.toString(cp));
      assertEquals(outline(orig.getGlyph().getGlyph(og).getPath()), outline(sub.getGlyph().getGlyph(sg).getPath()));
    }
    assertEquals(0, sub.getUnicodeCmapLookup().getGlyphId('Z'));
    assertTrue(sub.getNumberOfGlyphs() < 20, sub.getNumberOfGlyphs() + " glyphs");
  }

  @Test
  void bytesThatAreNotAFontAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FontSubset.of("not a font at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0));
    assertTrue(e.getMessage().contains("font"), e.getMessage());
  }
}
