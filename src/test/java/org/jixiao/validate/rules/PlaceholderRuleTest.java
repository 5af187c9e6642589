package org.jixiao.validate.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick test before the placeholder pattern never skips a text the pattern matches. */
class PlaceholderRuleTest {
  @Test
  void everyMatchPassesTheQuickTest() {
    String letters = "XxＸｘ×待请填写（(）)略 \t。TtBbDdNn/Aa产出指标1,.";
    Random r = new Random(14);
    int matched = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(9); k > 0; k--) {
        sb.append(letters.charAt(r.nextInt(letters.length())));
      }
      String t = sb.toString();
      if (PlaceholderRule.PLACEHOLDER.matcher(t).find()) {
        matched++;
        assertTrue(PlaceholderRule.mayHold(t), t);
      }
    }
    assertTrue(matched > 1000, "too few matches to say anything: " + matched);
    for (String t : new String[] {"XX", "ｘＸ", "××", "待填写", "请填写", "（略）", "( 略 )", "tbd", "N/A",
        "n/a", "。。。"}) {
      assertTrue(PlaceholderRule.mayHold(t), t);
    }
    assertFalse(PlaceholderRule.mayHold("完成率≥95%，群众满意度 90 分以上"));
  }
}
