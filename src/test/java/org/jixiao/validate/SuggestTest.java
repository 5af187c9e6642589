package org.jixiao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.jixiao.diag.Messages;
import org.junit.jupiter.api.Test;

/** Did-you-mean by edit distance. */
class SuggestTest {
  @Test
  void suggestsTheClosestWithinTwoEdits() {
    assertEquals("phone", Suggest.closest("phnoe", List.of("name", "phone", "date")));
    assertEquals("满意度", Suggest.closest("满意", List.of("运行成本", "满意度")));
    assertEquals("；是不是想写 unit？", Suggest.didYouMean("unti", List.of("unit", "year"), Messages.ZH));
    assertEquals("; did you mean unit?", Suggest.didYouMean("unti", List.of("unit"), Messages.EN));
  }

  @Test
  void suggestsNothingWhenNothingIsClose() {
    assertNull(Suggest.closest("funding", List.of("name", "year")));
    assertEquals("", Suggest.didYouMean("x", List.of("layout"), Messages.ZH));
    assertNull(Suggest.closest("unit", List.of("unit")), "the word itself is no suggestion");
  }
}
