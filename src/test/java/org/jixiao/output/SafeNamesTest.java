package org.jixiao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeNamesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "广水市医疗保障局|广水市医疗保障局",
      "a/b\\c|a_b_c",
      "..|_",
      "../etc|_._etc",
      "CON|_CON",
      "nul.docx|_nul.docx",
      "单位. . |单位",
      "a:b*c?d\"e<f>g|a_b_c_d_e_f_g"})
  void namesAreSafeOnEverySystem(String in, String expected) {
    assertEquals(expected, SafeNames.of(in));
  }

  @ParameterizedTest
  @CsvSource({"200"})
  void longNamesAreCut(int n) {
    String s = SafeNames.of("局".repeat(n));
    assertTrue(s.length() <= SafeNames.MAX);
  }
}
