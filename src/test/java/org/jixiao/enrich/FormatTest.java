package org.jixiao.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormatTest {
  @Test
  void groupedSeparatesThousandsAndKeepsTheDecimalsWritten() {
    assertEquals("3,309,840.00", Format.INSTANCE.grouped("3309840.00"));
    assertEquals("8,827,620.53", Format.INSTANCE.grouped("8827620.53"));
    assertEquals("660", Format.INSTANCE.grouped("660"));
    assertEquals("-1,234.5", Format.INSTANCE.grouped("-1234.5"));
  }

  @Test
  void groupedLeavesWhatIsNotAnAmountAsItIs() {
    assertEquals("", Format.INSTANCE.grouped(null));
    assertEquals("", Format.INSTANCE.grouped(""));
    assertEquals("无", Format.INSTANCE.grouped("无"));
  }

  @Test
  void paragraphsAreOneForATextOnePerItemForAListAndNoneForNothing() {
    assertEquals(java.util.List.of("注：1.甲"), Format.INSTANCE.paragraphs("注：1.甲"));
    assertEquals(java.util.List.of("注：1.甲", "2.乙"),
        Format.INSTANCE.paragraphs(java.util.List.of("注：1.甲", " ", "2.乙")));
    assertEquals(java.util.List.of(), Format.INSTANCE.paragraphs(""));
    assertEquals(java.util.List.of(), Format.INSTANCE.paragraphs(null));
  }
}
