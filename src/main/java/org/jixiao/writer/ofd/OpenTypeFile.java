package org.jixiao.writer.ofd;

import java.nio.ByteBuffer;
import java.util.Map;

/** Puts tables together as one OpenType file with CFF outlines: directory, checksums, padding. */
final class OpenTypeFile {
  private OpenTypeFile() {}

  /** {@code tables} by tag, in tag order (a TreeMap); head's checkSumAdjustment is set here. */
  static byte[] assemble(Map<String, byte[]> tables) {
    int n = tables.size();
    int log = 31 - Integer.numberOfLeadingZeros(n);
    int size = 12 + 16 * n;
    for (byte[] t : tables.values()) {
      size += (t.length + 3) & ~3;
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    out.putInt(0x4F54544F); // 'OTTO'
    out.putShort((short) n).putShort((short) (16 << log)).putShort((short) log).putShort((short) (16 * n - (16 << log)));
    int offset = 12 + 16 * n;
    int headAt = -1;
    for (Map.Entry<String, byte[]> e : tables.entrySet()) {
      byte[] t = e.getValue();
      for (char ch : e.getKey().toCharArray()) {
        out.put((byte) ch);
      }
      out.putInt((int) checksum(t)).putInt(offset).putInt(t.length);
      if (e.getKey().equals("head")) {
        headAt = offset;
      }
      offset += (t.length + 3) & ~3;
    }
    for (byte[] t : tables.values()) {
      out.put(t);
      out.position((out.position() + 3) & ~3);
    }
    byte[] file = out.array();
    if (headAt >= 0) {
      ByteBuffer.wrap(file).putInt(headAt + 8, (int) (0xB1B0AFBAL - checksum(file)));
    }
    return file;
  }

  /** The sum of the data as big-endian 32-bit words, zero-padded. */
  static long checksum(byte[] data) {
    long sum = 0;
    for (int i = 0; i < data.length; i += 4) {
      long word = 0;
      for (int k = 0; k < 4; k++) {
        word = (word << 8) | (i + k < data.length ? data[i + k] & 0xFF : 0);
      }
      sum = (sum + word) & 0xFFFFFFFFL;
    }
    return sum;
  }
}
