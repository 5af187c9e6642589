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

  @Test
  void unlabelledDropsTheLabelAGoalWasCopiedWithAndNothingElse() {
    assertEquals("完成抽检。", Format.INSTANCE.unlabelled("目标1：完成抽检。", "目标"));
    assertEquals("完成抽检。", Format.INSTANCE.unlabelled("目标 二、完成抽检。", "目标"));
    assertEquals("目标明确，完成抽检。", Format.INSTANCE.unlabelled("目标明确，完成抽检。", "目标"));
    assertEquals("完成抽检。", Format.INSTANCE.unlabelled("完成抽检。", "目标"));
    assertEquals("", Format.INSTANCE.unlabelled(null, "目标"));
  }

  @Test
  void integerReadsAWidthWrittenAsNumberOrTextAndZeroForNone() {
    assertEquals(12, Format.INSTANCE.integer(12));
    assertEquals(12, Format.INSTANCE.integer(" 12 "));
    assertEquals(0, Format.INSTANCE.integer("宽"));
    assertEquals(0, Format.INSTANCE.integer(null));
  }
}
