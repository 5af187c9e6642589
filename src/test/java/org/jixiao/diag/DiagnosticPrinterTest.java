package org.jixiao.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DiagnosticPrinterTest {
  @Test
  void aShortLineIsShownWholeWithTheCaretUnderTheColumn() {
    Diagnostic d = Diagnostic.error("f.yaml", 2, 4, "r", "m", "");
    assertEquals("f.yaml:2:4: error[r]: m\n 2 | b: 广水\n   |    ^\n",
        DiagnosticPrinter.format(d, "a: 1\nb: 广水\n"));
  }

  @Test
  void aBidiControlInAKeyIsNamedNotObeyedSoTheMessageReadsForwards() {
    Diagnostic d = Diagnostic.error("f.yaml", 2, 1, "unknown-key", "未知的键「\u202eunit」", "是不是想写 unit");
    assertEquals("f.yaml:2:1: error[unknown-key]: 未知的键「<U+202E>unit」\n 2 | \uFFFDunit: x\n   | ^\n"
        + "  = 提示 (hint): 是不是想写 unit\n", DiagnosticPrinter.format(d, "a: 1\n\u202eunit: x\n"));
  }

  @Test
  void aLongLineIsCutAroundTheColumnWithEllipses() {
    String line = "a".repeat(100) + "X" + "b".repeat(1000);
    Diagnostic d = Diagnostic.error("f.yaml", 1, 101, "r", "m", "");
    assertEquals("f.yaml:1:101: error[r]: m\n 1 | …" + "a".repeat(60) + "X" + "b".repeat(59)
        + "…\n   | " + " ".repeat(61) + "^\n", DiagnosticPrinter.format(d, line));
  }

  @Test
  void aLongLineWithTheColumnAtItsStartIsCutOnlyAtTheEnd() {
    String line = "  - " + "字".repeat(500);
    Diagnostic d = Diagnostic.error("f.yaml", 1, 5, "r", "m", "");
    assertEquals("f.yaml:1:5: error[r]: m\n 1 |   - " + "字".repeat(116) + "…\n   |     ^\n",
        DiagnosticPrinter.format(d, line));
  }

  @Test
  void d8ThousandsOfDiagnosticsOfOneFileIndexItsLinesOnce() {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 20_000; i++) {
      sb.append("  bogus").append(i).append(": 1\r\n");
    }
    String source = sb.toString();
    int before = DiagnosticPrinter.INDEXED.get();
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= 20_000; i++) {
      out.append(DiagnosticPrinter.format(Diagnostic.error("f.yaml", i, 3, "unknown-key", "x", ""),
          source));
    }
    assertEquals(1, DiagnosticPrinter.INDEXED.get() - before, "the file is split once");
    assertTrue(out.toString().contains(" 20000 |   bogus20000: 1\n"), "no \\r kept");
    assertTrue(out.toString().contains(" 1 |   bogus1: 1\n"));
  }
}
