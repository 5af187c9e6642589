package org.jixiao.writer.font;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SfntWriterTest {
  private static Map<Integer, Integer> roundTrip(TreeMap<Integer, Integer> map) {
    SfntWriter w = new SfntWriter(Sfnt.TRUETYPE);
    w.put("cmap", SfntWriter.cmap(map));
    return Sfnt.read(w.toByteArray(), 0).unicodeCmap();
  }

  @Test
  void aBmpCmapReadsBackAsWrittenRunsAndSingles() {
    TreeMap<Integer, Integer> map = new TreeMap<>(Map.of(0x20, 1, 0x30, 2, 0x31, 3, 0x32, 4, 0x4E00, 5, 0x4E01, 9,
        0xFFFD, 6));
    assertEquals(map, roundTrip(map));
  }

  @Test
  void aCmapWithACharacterBeyondTheBmpReadsBackWhole() {
    TreeMap<Integer, Integer> map = new TreeMap<>(Map.of(0x4E00, 1, 0x20000, 2, 0x20001, 3, 0x2A6D6, 4));
    assertEquals(map, roundTrip(map));
  }

  @Test
  void theHeadChecksumAdjustmentMakesTheWholeFontSumToTheMagicNumber() {
    SfntWriter w = new SfntWriter(Sfnt.OPENTYPE_CFF);
    byte[] head = new byte[54];
    ByteBuffer.wrap(head).putInt(0, 0x00010000).putInt(12, 0x5F0F3CF5);
    w.put("head", head);
    w.put("name", "odd length".getBytes(StandardCharsets.US_ASCII));
    byte[] font = w.toByteArray();
    assertEquals(0xB1B0AFBAL, SfntWriter.checksum(font));
    assertEquals(0, font.length % 4, "tables padded to four bytes");
  }

  @Test
  void thePostScriptNameGetsThePrefixInEveryPlatformsEncoding() {
    byte[] mac = "Font-Regular".getBytes(StandardCharsets.US_ASCII);
    byte[] win = "Font-Regular".getBytes(StandardCharsets.UTF_16BE);
    byte[] family = "Font".getBytes(StandardCharsets.UTF_16BE);
    ByteBuffer name = ByteBuffer.allocate(6 + 3 * 12 + mac.length + win.length + family.length);
    name.putShort((short) 0).putShort((short) 3).putShort((short) 42);
    name.putShort((short) 1).putShort((short) 0).putShort((short) 0).putShort((short) 6).putShort((short) mac.length).putShort((short) 0);
    name.putShort((short) 3).putShort((short) 1).putShort((short) 0x409).putShort((short) 1).putShort((short) family.length)
        .putShort((short) (mac.length + win.length));
    name.putShort((short) 3).putShort((short) 1).putShort((short) 0x409).putShort((short) 6).putShort((short) win.length)
        .putShort((short) mac.length);
    name.put(mac).put(win).put(family);
    ByteBuffer out = ByteBuffer.wrap(SfntWriter.prefixPostScriptName(name.flip(), "ABCDEF+"));
    int strings = out.getShort(4);
    String[] names = new String[3];
    for (int i = 0; i < 3; i++) {
      int at = 6 + 12 * i;
      byte[] v = new byte[out.getShort(at + 8)];
      out.get(strings + out.getShort(at + 10), v);
      names[i] = new String(v, out.getShort(at) == 1 ? StandardCharsets.US_ASCII : StandardCharsets.UTF_16BE);
    }
    assertEquals("ABCDEF+Font-Regular|Font|ABCDEF+Font-Regular", String.join("|", names));
  }
}
