package org.jixiao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Indicator values as the forms write them, and the look-alike fixes. */
class IndicatorValueTest {
  @Test
  void parsesTheFormsValues() {
    IndicatorValue v = IndicatorValue.parse("≥95%");
    assertEquals("≥", v.operator());
    assertEquals(new BigDecimal("95"), v.number());
    assertTrue(v.percent());
    IndicatorValue cost = IndicatorValue.parse("≤400 元/人");
    assertEquals("≤", cost.operator());
    assertEquals("元/人", cost.unit());
    IndicatorValue plain = IndicatorValue.parse("100%");
    assertEquals("", plain.operator());
    assertEquals(new BigDecimal("100"), plain.number());
    IndicatorValue people = IndicatorValue.parse("≥600000 人次");
    assertEquals(new BigDecimal("600000"), people.number());
    assertEquals("人次", people.unit());
    assertFalse(IndicatorValue.parse("有效保障").quantitative());
  }

  @Test
  void findsEveryPercentage() {
    assertEquals(List.of(new BigDecimal("95"), new BigDecimal("105.5")),
        IndicatorValue.percentages("95%-105.5 %"));
  }

  @Test
  void fixesLookAlikesOnlyWhereTheyAre() {
    assertEquals("≥90%", IndicatorValue.fixLookAlikes("》90%"));
    assertEquals("≥90%", IndicatorValue.fixLookAlikes(">=90%"));
    assertEquals("≤5%", IndicatorValue.fixLookAlikes("＜＝5%"));
    assertEquals("95%", IndicatorValue.fixLookAlikes("９５％"));
    assertNull(IndicatorValue.fixLookAlikes("≥95%"));
    assertNull(IndicatorValue.fixLookAlikes("《中华人民共和国预算法》"), "text is left alone");
  }
}
