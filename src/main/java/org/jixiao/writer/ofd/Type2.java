package org.jixiao.writer.ofd;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** The pieces of a CFF font program (Adobe TN 5176 and 5177) that {@link CffSubset} writes. */
final class Type2 {
  private static final int RMOVETO = 21;
  private static final int RLINETO = 5;
  private static final int RRCURVETO = 8;
  private static final int ENDCHAR = 14;

  private Type2() {}

  /**
   * A charstring drawing {@code path} (font units, y up) with advance {@code width}: every
   * coordinate rounded to a whole unit, each move, line and curve relative to the rounded
   * current point, so rounding never adds up.
   */
  static byte[] charString(int width, GeneralPath path) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    number(out, width);
    double[] c = new double[6];
    long x = 0;
    long y = 0;
    long moveX = 0;
    long moveY = 0;
    boolean pending = false;
    for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      if (type == PathIterator.SEG_QUADTO) {
        // as a cubic: control points two thirds of the way to the quadratic one
        double x0 = pending ? moveX : x;
        double y0 = pending ? moveY : y;
        c[4] = c[2];
        c[5] = c[3];
        c[2] = c[4] + 2.0 / 3 * (c[0] - c[4]);
        c[3] = c[5] + 2.0 / 3 * (c[1] - c[5]);
        c[0] = x0 + 2.0 / 3 * (c[0] - x0);
        c[1] = y0 + 2.0 / 3 * (c[1] - y0);
        type = PathIterator.SEG_CUBICTO;
      }
      switch (type) {
        case PathIterator.SEG_MOVETO -> {
          // written when something is drawn from it: FontBox ends a path with an empty move
          moveX = Math.round(c[0]);
          moveY = Math.round(c[1]);
          pending = true;
        }
        case PathIterator.SEG_LINETO, PathIterator.SEG_CUBICTO -> {
          if (pending) {
            number(out, moveX - x);
            number(out, moveY - y);
            out.write(RMOVETO);
            x = moveX;
            y = moveY;
            pending = false;
          }
          int points = type == PathIterator.SEG_LINETO ? 1 : 3;
          for (int i = 0; i < 2 * points; i += 2) {
            long nx = Math.round(c[i]);
            long ny = Math.round(c[i + 1]);
            number(out, nx - x);
            number(out, ny - y);
            x = nx;
            y = ny;
          }
          out.write(points == 1 ? RLINETO : RRCURVETO);
        }
        default -> {
          // SEG_CLOSE: Type 2 closes every subpath by itself, and the next move is relative to
          // the last point drawn, not to where the subpath began
        }
      }
    }
    out.write(ENDCHAR);
    return out.toByteArray();
  }

  /** A Type 2 charstring number (integers only: our coordinates are whole units). */
  static void number(ByteArrayOutputStream out, long v) {
    if (v >= -107 && v <= 107) {
      out.write((int) v + 139);
    } else if (v >= 108 && v <= 1131) {
      out.write((int) ((v - 108) / 256) + 247);
      out.write((int) ((v - 108) % 256));
    } else if (v >= -1131 && v <= -108) {
      out.write((int) ((-v - 108) / 256) + 251);
      out.write((int) ((-v - 108) % 256));
    } else if (v >= -32768 && v <= 32767) {
      out.write(28);
      out.write((int) (v >> 8) & 0xFF);
      out.write((int) v & 0xFF);
    } else {
      throw new IllegalArgumentException("coordinate out of range: " + v);
    }
  }

  /** A CFF INDEX with the smallest offset size that fits. */
  static byte[] index(List<byte[]> items) {
    int total = 1;
    for (byte[] b : items) {
      total += b.length;
    }
    int offSize = total <= 0xFF ? 1 : total <= 0xFFFF ? 2 : total <= 0xFFFFFF ? 3 : 4;
    return index(items, offSize);
  }

  static byte[] index(List<byte[]> items, int offSize) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(items.size() >> 8);
    out.write(items.size());
    if (items.isEmpty()) {
      return out.toByteArray();
    }
    out.write(offSize);
    int offset = 1;
    writeOffset(out, offset, offSize);
    for (byte[] b : items) {
      offset += b.length;
      writeOffset(out, offset, offSize);
    }
    for (byte[] b : items) {
      out.write(b, 0, b.length);
    }
    return out.toByteArray();
  }

  private static void writeOffset(ByteArrayOutputStream out, int offset, int size) {
    for (int i = size - 1; i >= 0; i--) {
      out.write(offset >> (8 * i));
    }
  }

  /** The Top DICT's size: every operand a 5-byte integer, so offsets can be filled in afterwards. */
  static int topDictSize() {
    return 4 * 5 + 1 + (5 + 1) + (5 + 1) + (2 * 5 + 1);
  }

  /** FontBBox, charset, CharStrings and Private (size, offset); offsets from the CFF's start. */
  static byte[] topDict(short[] bbox, int charset, int charStrings, int privateSize, int privateAt) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (short v : bbox) {
      int5(out, v);
    }
    out.write(5);
    int5(out, charset);
    out.write(15);
    int5(out, charStrings);
    out.write(17);
    int5(out, privateSize);
    int5(out, privateAt);
    out.write(18);
    return out.toByteArray();
  }

  private static void int5(ByteArrayOutputStream out, int v) {
    out.write(29);
    out.write(v >> 24);
    out.write(v >> 16);
    out.write(v >> 8);
    out.write(v);
  }
}
