package org.jixiao.layout;

/** Paper, orientation and margins (millimetres) of a form. Only A4 is printed by Chinese finance offices. */
public record PageSetup(boolean landscape, double top, double right, double bottom, double left) {
  public static final double A4_SHORT_MM = 210;
  public static final double A4_LONG_MM = 297;

  public PageSetup {
    for (double m : new double[] {top, right, bottom, left}) {
      if (m < 0 || m > 60) {
        throw new IllegalArgumentException("margin out of range 0..60 mm: " + m);
      }
    }
  }

  public double widthMm() {
    return landscape ? A4_LONG_MM : A4_SHORT_MM;
  }

  public double heightMm() {
    return landscape ? A4_SHORT_MM : A4_LONG_MM;
  }

  /** Width available to the body between the left and right margins. */
  public double bodyWidthMm() {
    return widthMm() - left - right;
  }

  public double bodyHeightMm() {
    return heightMm() - top - bottom;
  }
}
