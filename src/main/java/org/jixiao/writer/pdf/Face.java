package org.jixiao.writer.pdf;

import com.lowagie.text.pdf.BaseFont;

/**
 * One parsed font face: its PostScript name, where it came from ("path" or "path.ttc,index"),
 * and whether the face itself is bold (a bold face is never made bolder by stroking).
 */
public record Face(String name, String file, BaseFont font, boolean bold) {
  /** Whether this face has a glyph for the code point. */
  public boolean has(int codePoint) {
    return font.charExists(codePoint);
  }
}
