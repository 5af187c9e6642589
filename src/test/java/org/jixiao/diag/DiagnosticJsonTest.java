package org.jixiao.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON form of diagnostics: counts, files in order, every field. */
class DiagnosticJsonTest {
  @Test
  void writesCountsFilesAndEveryField() {
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    byFile.put("b.yaml", List.of(Diagnostic.error("b.yaml", 3, 5, "year", "年份\"错\"", "写 2025"),
        Diagnostic.warning("b.yaml", 4, 1, "value-vague", "含糊", "")));
    byFile.put("a.yaml", List.of());
    String json = DiagnosticJson.format(byFile).replaceAll("\\s+", "");
    assertEquals("{\"errors\":1,\"warnings\":1,\"files\":[{\"file\":\"b.yaml\",\"diagnostics\":["
        + "{\"file\":\"b.yaml\",\"line\":3,\"column\":5,\"severity\":\"error\",\"rule\":\"year\","
        + "\"message\":\"年份\\\"错\\\"\",\"hint\":\"写2025\"},"
        + "{\"file\":\"b.yaml\",\"line\":4,\"column\":1,\"severity\":\"warning\","
        + "\"rule\":\"value-vague\",\"message\":\"含糊\",\"hint\":\"\"}]},"
        + "{\"file\":\"a.yaml\",\"diagnostics\":[]}]}", json);
  }

  @Test
  void printerShowsControlCharactersAsReplacementCharacters() {
    String out = DiagnosticPrinter.format(Diagnostic.error("f", 1, 3, "yaml-char", "m", "h"),
        "a\u0000b\n");
    assertEquals("f:1:3: error[yaml-char]: m\n 1 | a\uFFFDb\n   |   ^\n  = 提示 (hint): h\n", out);
  }
}
