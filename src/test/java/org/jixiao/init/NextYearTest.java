package org.jixiao.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.jixiao.enrich.StandardTexts;
import org.jixiao.model.Declaration;
import org.jixiao.model.DeclarationReader;
import org.jixiao.model.Indicator;
import org.jixiao.model.YamlLoader;
import org.jixiao.template.TemplateRoot;
import org.junit.jupiter.api.Test;

class NextYearTest {
  static final TemplateRoot ROOT = TemplateRoot.folder(Path.of("templates"));

  private static Declaration read(String text) {
    return DeclarationReader.read("t.yaml", YamlLoader.parse("t.yaml", text),
        Set.of("hubei", "henan"));
  }

  @Test
  void blockLeavesScalarLeavesAndCommentsAreCarriedForward() {
    String last = """
        layout: hubei
        year: 2025
        unit:
          name: 某局
          date: 2024-10-01   # 去年的日期
        annual_indicators:
          运行成本:
            公用经费控制:
              公用经费控制率: ≤95%
              在职人员控制率:
                last_year: 90%   # 我的注释
                value: 95%
        """;
    String next = NextYear.of("last.yaml", last, StandardTexts.load(ROOT, "hubei"));
    Declaration d = read(next);
    assertEquals(2026, d.year());
    assertEquals(null, d.unit().date());
    var items = d.annualIndicators().get(0).groups().get(0).indicators();
    Indicator a = items.get(0);
    assertEquals("", a.yearBefore());
    assertEquals("≤95%", a.lastYear());
    assertEquals("≤95%", a.value());
    Indicator b = items.get(1);
    assertEquals("90%", b.yearBefore());
    assertEquals("95%", b.lastYear());
    assertEquals("95%", b.value());
    assertTrue(next.contains("# 我的注释"), next);
    assertTrue(next.contains("# 去年的日期"), next);
    assertTrue(next.contains("公用经费控制率: {last_year: ≤95%, value: ≤95%}  # "
        + NextYear.CONFIRM), next);
  }

  @Test
  void aLayoutWithoutHistoryColumnsKeepsItsValuesAsWritten() {
    String last = "layout: henan\nyear: 2021\nunit: {name: 某局}\nannual_indicators:\n"
        + "  预算执行率: 100%\n";
    String next = NextYear.of("last.yaml", last, StandardTexts.load(ROOT, "henan"));
    assertTrue(next.endsWith("year: 2022\nunit: {name: 某局}\nannual_indicators:\n"
        + "  预算执行率: 100%\n"), next);
  }
}
