package org.jixiao.writer.font;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The pieces of a CFF font program (Adobe Technical Note #5176) read in place: INDEXes as offset
 * tables into the bytes, DICTs as lists of raw entries that can be copied unchanged.
 */
final class Cff {
  private Cff() {}

  /** Thrown for a CFF construct the subsetter does not handle; the caller keeps the whole font. */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super(what);
    }
  }

  /** An INDEX: {@code count} objects, object i being bytes [start(i), end(i)) of the data. */
  record Index(byte[] data, int[] offsets, int end) {
    static Index read(byte[] data, int at) {
      int count = u16(data, at);
      if (count == 0) {
        return new Index(data, new int[] {at + 2}, at + 2);
      }
      int offSize = data[at + 2] & 0xFF;
      int base = at + 3 + (count + 1) * offSize - 1;
      int[] offsets = new int[count + 1];
      for (int i = 0; i <= count; i++) {
        offsets[i] = base + (int) uint(data, at + 3 + i * offSize, offSize);
      }
      return new Index(data, offsets, offsets[count]);
    }

    int count() {
      return offsets.length - 1;
    }

    int start(int i) {
      return offsets[i];
    }

    int end(int i) {
      return offsets[i + 1];
    }

    byte[] get(int i) {
      return java.util.Arrays.copyOfRange(data, start(i), end(i));
    }
  }

  /** One DICT entry: the operator (12 x as 1200 + x), its operands' raw bytes and their values. */
  record Entry(int op, byte[] raw, double[] values) {
    int intValue(int i) {
      return (int) values[i];
    }
  }

  /** The entries of the DICT in bytes [start, end). */
  static List<Entry> dict(byte[] d, int start, int end) {
    List<Entry> entries = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    int operandsAt = start;
    int i = start;
    while (i < end) {
      int b = d[i] & 0xFF;
      if (b <= 21) {
        int op = b == 12 ? 1200 + (d[i + 1] & 0xFF) : b;
        byte[] raw = java.util.Arrays.copyOfRange(d, operandsAt, i);
        i += b == 12 ? 2 : 1;
        entries.add(new Entry(op, raw, values.stream().mapToDouble(Double::doubleValue).toArray()));
        values.clear();
        operandsAt = i;
      } else if (b == 28) {
        values.add((double) (short) u16(d, i + 1));
        i += 3;
      } else if (b == 29) {
        values.add((double) (int) uint(d, i + 1, 4));
        i += 5;
      } else if (b == 30) {
        i++;
        while (i < end && (d[i] & 0x0F) != 0x0F && (d[i] & 0xF0) != 0xF0) {
          i++;
        }
        i++;
        values.add(Double.NaN); // reals are only ever copied
      } else if (b >= 32 && b <= 246) {
        values.add((double) (b - 139));
        i++;
      } else if (b >= 247 && b <= 250) {
        values.add((double) ((b - 247) * 256 + (d[i + 1] & 0xFF) + 108));
        i += 2;
      } else if (b >= 251 && b <= 254) {
        values.add((double) (-(b - 251) * 256 - (d[i + 1] & 0xFF) - 108));
        i += 2;
      } else {
        throw new Unsupported("DICT byte " + b);
      }
    }
    return entries;
  }

  static Entry find(List<Entry> dict, int op) {
    for (Entry e : dict) {
      if (e.op() == op) {
        return e;
      }
    }
    return null;
  }

  /** The subroutine number bias for an INDEX of {@code count} subroutines (Type 2 charstrings). */
  static int bias(int count) {
    return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
  }

  static int u16(byte[] d, int at) {
    return ((d[at] & 0xFF) << 8) | (d[at + 1] & 0xFF);
  }

  static long uint(byte[] d, int at, int size) {
    long v = 0;
    for (int i = 0; i < size; i++) {
      v = (v << 8) | (d[at + i] & 0xFF);
    }
    return v;
  }

  /** Writes an INDEX of {@code objects}. */
  static void writeIndex(ByteArrayOutputStream out, List<byte[]> objects) {
    out.write(objects.size() >> 8);
    out.write(objects.size());
    if (objects.isEmpty()) {
      return;
    }
    long total = 1;
    for (byte[] o : objects) {
      total += o.length;
    }
    int offSize = total < 0x100 ? 1 : total < 0x10000 ? 2 : total < 0x1000000 ? 3 : 4;
    out.write(offSize);
    long offset = 1;
    writeUint(out, offset, offSize);
    for (byte[] o : objects) {
      offset += o.length;
      writeUint(out, offset, offSize);
    }
    for (byte[] o : objects) {
      out.writeBytes(o);
    }
  }

  static void writeUint(ByteArrayOutputStream out, long v, int size) {
    for (int i = size - 1; i >= 0; i--) {
      out.write((int) (v >> (8 * i)));
    }
  }

  /** A DICT integer operand in its fixed five-byte form, so offsets can be filled in later. */
  static byte[] int5(int v) {
    return new byte[] {29, (byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v};
  }

  /** A DICT integer operand in its shortest form. */
  static byte[] dictInt(int v) {
    if (v >= -107 && v <= 107) {
      return new byte[] {(byte) (v + 139)};
    } else if (v >= 108 && v <= 1131) {
      int w = v - 108;
      return new byte[] {(byte) (247 + (w >> 8)), (byte) w};
    } else if (v >= -1131 && v <= -108) {
      int w = -v - 108;
      return new byte[] {(byte) (251 + (w >> 8)), (byte) w};
    } else if (v >= -32768 && v <= 32767) {
      return new byte[] {28, (byte) (v >> 8), (byte) v};
    }
    return int5(v);
  }

  /** A Type 2 charstring integer operand (-32768..32767) in its shortest form. */
  static byte[] charstringInt(int v) {
    if (v < -32768 || v > 32767) {
      throw new Unsupported("subroutine number " + v);
    }
    return v >= -1131 && v <= 1131 ? dictInt(v) : new byte[] {28, (byte) (v >> 8), (byte) v};
  }

  /** The operator's bytes: one, or 12 and one. */
  static byte[] operator(int op) {
    return op >= 1200 ? new byte[] {12, (byte) (op - 1200)} : new byte[] {(byte) op};
  }
}
