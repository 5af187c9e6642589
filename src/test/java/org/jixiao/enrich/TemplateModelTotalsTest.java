package org.jixiao.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jixiao.model.Money;
import org.junit.jupiter.api.Test;

/** 合计 and 占比 as a person writes them. */
class TemplateModelTotalsTest {
  private static List<Money> amounts(String... texts) {
    return Arrays.stream(texts).map(t -> t == null ? null : Money.parse(t)).toList();
  }

  private static String sum(String... texts) {
    Money m = TemplateModel.sum(amounts(texts));
    return m == null ? null : m.text();
  }

  @Test
  void eachColumnOfAmountsIsAddedUpAndAColumnHoldingAWordHasNoTotal() {
    // 年度主要任务's 预算申请 columns: 金额合计 of 总额 and 财政拨款; 其他资金 blank or 无 on a row
    var rows = java.util.List.<java.util.Map<String, Object>>of(
        java.util.Map.of("总额", "110", "财政拨款", "100.50", "其他资金", "9.5", "备注", "续建"),
        java.util.Map.of("总额", "30", "财政拨款", "29.5", "其他资金", "无", "备注", "12"));
    assertEquals(java.util.Map.of("总额", "140", "财政拨款", "130.0", "其他资金", "9.5"),
        TemplateModel.columnTotals(rows, "万元"));
  }

  @Test
  void aTotalTakesThePrecisionOfItsAddends() {
    assertEquals("4795", sum("4795", null, null));
    assertEquals("4795", sum("4795", "0"));
    assertEquals("4795", sum("1656.57", "43.43", "3095"), "seed 001's 支出构成 合计");
    assertEquals("13469.54", sum("1297.98", "75.38", "12096.18"));
    assertEquals("100.00", sum("50.00", "10.00", "10.00", "20.00", "10.00"), "衡阳's 资金总额");
    assertEquals("2.50", sum("1.25", "1.25"));
    assertEquals("2.75", sum("1.5", "1.25"));
    assertEquals("4800", sum("4799.5", "0.5", "0"));
    assertEquals("3.0", sum("1.5", "1.5"));
    assertNull(sum(null, null));
  }

  @Test
  void printedSharesAddUpToExactlyAHundredPercent() {
    List<Money> a = amounts("1656.57", "43.43", "3095");
    List<String> shares = TemplateModel.shares(a, TemplateModel.sum(a));
    assertEquals(List.of("34.55%", "0.9%", "64.55%"), shares, "as seed 001 prints them");
    List<Money> thirds = amounts("1", "1", "1");
    assertEquals(List.of("33.34%", "33.33%", "33.33%"), TemplateModel.shares(thirds, TemplateModel.sum(thirds)));
    List<Money> some = amounts("4795", null, null);
    assertEquals(List.of("100%", "", ""), TemplateModel.shares(some, TemplateModel.sum(some)));
    List<Money> zero = amounts("0", "5");
    assertEquals(List.of("0%", "100%"), TemplateModel.shares(zero, TemplateModel.sum(zero)));
    for (int seed = 1; seed < 200; seed++) {
      java.util.Random r = new java.util.Random(seed);
      String[] t = new String[2 + r.nextInt(6)];
      for (int i = 0; i < t.length; i++) {
        t[i] = BigDecimal.valueOf(r.nextInt(1_000_000), 2).toPlainString();
      }
      List<Money> m = amounts(t);
      if (TemplateModel.sum(m).value().signum() == 0) {
        continue;
      }
      BigDecimal total = BigDecimal.ZERO;
      for (String s : TemplateModel.shares(m, TemplateModel.sum(m))) {
        total = total.add(new BigDecimal(s.substring(0, s.length() - 1)));
      }
      assertEquals(0, total.compareTo(BigDecimal.valueOf(100)), "seed " + seed + ": " + Arrays.toString(t));
    }
  }

  @Test
  void sharesOfAmountsThatMissTheTotalAreRoundedEachOnItsOwn() {
    assertEquals(List.of("50%", "50%"), TemplateModel.shares(amounts("5", "5"), Money.parse("10")));
    assertEquals(List.of("", ""), TemplateModel.shares(amounts("5", "5"), null));
    assertEquals(List.of("33.33%", "33.33%"), TemplateModel.shares(amounts("1", "1"), Money.parse("3")));
  }
}
