package org.jixiao.writer.pdf;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What kind of PDF is written: archival PDF/A-2b (the default), PDF/A-1b for archives that ask
 * for the older part, or plain PDF. Both PDF/A kinds carry an sRGB output intent and XMP
 * metadata (title, the unit as author, the producer, the dates of the info dictionary).
 */
public enum PdfProfile {
  /** PDF/A-2b (ISO 19005-2, level B), PDF 1.7. */
  PDFA_2B("pdfa-2b"),
  /** PDF/A-1b (ISO 19005-1, level B), PDF 1.4. */
  PDFA_1B("pdfa-1b"),
  /** PDF 1.4 without PDF/A's output intent and XMP. */
  PLAIN("plain");

  public static final PdfProfile DEFAULT = PDFA_2B;

  private final String id;

  PdfProfile(String id) {
    this.id = id;
  }

  /** The name in {@code --pdf} and jixiao.yaml's {@code pdf:}. */
  public String id() {
    return id;
  }

  public boolean pdfa() {
    return this != PLAIN;
  }

  /** The profile named {@code id} (case and surrounding blanks ignored), or null. */
  public static PdfProfile parse(String id) {
    String s = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(p -> p.id.equals(s)).findFirst().orElse(null);
  }

  /** "pdfa-2b, pdfa-1b, plain". */
  public static String names() {
    return Arrays.stream(values()).map(PdfProfile::id).collect(Collectors.joining(", "));
  }
}
