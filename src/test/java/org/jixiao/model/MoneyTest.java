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
}
