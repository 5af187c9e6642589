package org.jixiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void groupedSeparatesThousandsAndKeepsTheDecimalsWritten() {
    assertEquals("1,426.26", Money.parse("1426.26").grouped());
    assertEquals("100.00", Money.parse("100.00").grouped());
    assertEquals("-12,345,678", Money.parse("-12345678").grouped());
    assertEquals("999", Money.parse("999").grouped());
  }

  @Test
  void amountsAreReadAsPublishedFormsPrintThem() {
    assertEquals("1234.56", Money.parseWritten("1,234.56", "万元").text());
    assertEquals("1234", Money.parseWritten("1 234", "万元").text());
    assertEquals("1200", Money.parseWritten("￥1,200", "元").text());
    assertEquals("1234", Money.parseWritten("１２３４", "万元").text());
    assertEquals("12.5", Money.parseWritten("12.5万", "万元").text());
    assertEquals("1234.56", Money.parseWritten("1234.56万元", "万元").text());
    assertEquals("-3.10", Money.parseWritten("－3.10", "万元").text());
    assertEquals("2279.048", Money.parseWritten("2279.048", "万元").text());
  }

  @Test
  void aWrongUnitOrAStrayCommaIsNotAnAmount() {
    assertEquals(null, Money.parseWritten("4795元", "万元"));
    assertEquals("元", Money.unitOf("4795元"));
    assertEquals(null, Money.parseWritten("47,95", "万元"));
    assertEquals(null, Money.parseWritten("1,234 567", "万元"));
    assertEquals(null, Money.parseWritten("约100", "万元"));
    assertEquals(true, Money.isNone("—"));
    assertEquals(true, Money.isNone(" / "));
    assertEquals(false, Money.isNone("0"));
  }

  @Test
  void aBracketedNoteAfterTheAmountIsKeptForPrintAndLeftOutOfTheValue() {
    // 岳阳县 2022: 年度资金总额 854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)
    Money m = Money.parseWritten("854万(高标准农田建设400万元,示范建设295万元)", "万元");
    assertEquals("854", m.text());
    assertEquals("(高标准农田建设400万元,示范建设295万元)", m.note());
    assertEquals("854(高标准农田建设400万元,示范建设295万元)", m.printed());
    assertEquals("1254", m.plus(Money.parse("400")).printed());
    assertEquals("1,854(其中：上级)", Money.parseWritten("1854万(其中：上级)", "万元").grouped());
    assertEquals("万元", Money.unitOf("854万(其中：上级资金400万元)"));
    assertEquals("12.50（其中：上级补助）", Money.parseWritten("12.50（其中：上级补助）", "万元").printed());
    // the amount before the note must still be one: a duplicated amount is the form's mistake
    assertEquals(null, Money.parseWritten("854万854万(高标准农田建设400万元)", "万元"));
    assertEquals(null, Money.parseWritten("(400万元)", "万元"));
  }
}
