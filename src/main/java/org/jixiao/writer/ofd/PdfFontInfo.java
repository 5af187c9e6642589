package org.jixiao.writer.ofd;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a PDF font resource says about its codes: how wide each glyph is (the /W or /Widths
 * array, thousandths of the size) and which character it draws (the /ToUnicode map). Taken from
 * the PDF itself, not from the font file, so positions are the ones the PDF viewer uses.
 */
final class PdfFontInfo {
  private static final Pattern BLOCK = Pattern.compile("beginbf(char|range)(.*?)endbf\\1", Pattern.DOTALL);
  private static final Pattern TOKEN = Pattern.compile("<([0-9A-Fa-f]*)>|\\[([^\\]]*)\\]");
  private static final Pattern HEX = Pattern.compile("<([0-9A-Fa-f]*)>");
  private static final Pattern SUBSET_TAG = Pattern.compile("^[A-Z]{6}\\+");

  private final String name;
  private final boolean twoByte;
  private final Map<Integer, Double> widths = new HashMap<>();
  private final double defaultWidth;
  private final Map<Integer, Integer> unicode = new HashMap<>();

  private PdfFontInfo(String name, boolean twoByte, double defaultWidth) {
    this.name = name;
    this.twoByte = twoByte;
    this.defaultWidth = defaultWidth;
  }

  /** Reads the font dictionary {@code font}. */
  static PdfFontInfo of(PdfDictionary font) throws IOException {
    String base = font.get(PdfName.BASEFONT) == null ? "" : PdfName.decodeName(font.get(PdfName.BASEFONT).toString());
    base = SUBSET_TAG.matcher(base).replaceFirst("");
    boolean type0 = PdfName.TYPE0.equals(font.get(PdfName.SUBTYPE));
    PdfFontInfo info;
    if (type0) {
      // OpenPDF names a CID font "Name-Identity-H"; the face is "Name"
      base = base.endsWith("-Identity-H") ? base.substring(0, base.length() - "-Identity-H".length()) : base;
      PdfArray descendants = (PdfArray) PdfReader.getPdfObject(font.get(PdfName.DESCENDANTFONTS));
      PdfDictionary cid = (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
      PdfNumber dw = (PdfNumber) PdfReader.getPdfObject(cid.get(PdfName.DW));
      info = new PdfFontInfo(base, true, dw == null ? 1000 : dw.doubleValue());
      info.readW((PdfArray) PdfReader.getPdfObject(cid.get(PdfName.W)));
    } else {
      info = new PdfFontInfo(base, false, 0);
      info.readWidths(font);
    }
    PdfObject toUnicode = PdfReader.getPdfObject(font.get(PdfName.TOUNICODE));
    if (toUnicode instanceof PRStream s) {
      info.readToUnicode(new String(PdfReader.getStreamBytes(s), StandardCharsets.ISO_8859_1));
    }
    return info;
  }

  /** The face's PostScript name, without a subset tag. */
  String name() {
    return name;
  }

  /** Whether codes are two bytes (a CID font with Identity-H) rather than one. */
  boolean twoByte() {
    return twoByte;
  }

  /** The glyph's advance in thousandths of the font size. */
  double width(int code) {
    return widths.getOrDefault(code, defaultWidth);
  }

  /** The character the code draws; the code itself for a simple font without a map. */
  int unicode(int code) {
    Integer u = unicode.get(code);
    return u != null ? u : twoByte ? 0xFFFD : code;
  }

  private void readW(PdfArray w) {
    if (w == null) {
      return;
    }
    for (int i = 0; i < w.size(); ) {
      int first = ((PdfNumber) PdfReader.getPdfObject(w.getPdfObject(i))).intValue();
      PdfObject next = PdfReader.getPdfObject(w.getPdfObject(i + 1));
      if (next instanceof PdfArray list) {
        for (int k = 0; k < list.size(); k++) {
          widths.put(first + k, ((PdfNumber) PdfReader.getPdfObject(list.getPdfObject(k))).doubleValue());
        }
        i += 2;
      } else {
        int last = ((PdfNumber) next).intValue();
        double width = ((PdfNumber) PdfReader.getPdfObject(w.getPdfObject(i + 2))).doubleValue();
        for (int c = first; c <= last; c++) {
          widths.put(c, width);
        }
        i += 3;
      }
    }
  }

  private void readWidths(PdfDictionary font) {
    PdfArray list = (PdfArray) PdfReader.getPdfObject(font.get(PdfName.WIDTHS));
    PdfNumber first = (PdfNumber) PdfReader.getPdfObject(font.get(PdfName.FIRSTCHAR));
    if (list == null || first == null) {
      return;
    }
    for (int k = 0; k < list.size(); k++) {
      widths.put(first.intValue() + k, ((PdfNumber) PdfReader.getPdfObject(list.getPdfObject(k))).doubleValue());
    }
  }

  /** bfchar and bfrange entries; a destination of several UTF-16 units keeps its first code point. */
  private void readToUnicode(String cmap) {
    Matcher block = BLOCK.matcher(cmap);
    while (block.find()) {
      boolean range = block.group(1).equals("range");
      Matcher t = TOKEN.matcher(block.group(2));
      while (t.find()) {
        if (t.group(1) == null || t.group(1).isEmpty()) {
          continue;
        }
        int src = Integer.parseInt(t.group(1), 16);
        int hi = src;
        if (range && t.find() && t.group(1) != null && !t.group(1).isEmpty()) {
          hi = Integer.parseInt(t.group(1), 16);
        }
        if (!t.find()) {
          return;
        }
        if (t.group(2) != null) {
          Matcher each = HEX.matcher(t.group(2));
          for (int c = src; c <= hi && each.find(); c++) {
            unicode.put(c, firstCodePoint(each.group(1)));
          }
        } else {
          int dst = firstCodePoint(t.group(1));
          for (int c = src; c <= hi; c++) {
            unicode.put(c, dst + (c - src));
          }
        }
      }
    }
  }

  private static int firstCodePoint(String hex) {
    char[] units = new char[hex.length() / 4];
    for (int i = 0; i < units.length; i++) {
      units[i] = (char) Integer.parseInt(hex.substring(4 * i, 4 * i + 4), 16);
    }
    return units.length == 0 ? 0xFFFD : Character.codePointAt(units, 0);
  }
}
