package org.jixiao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.render.Renderer;
import org.jixiao.render.Samples;
import org.junit.jupiter.api.Test;

/**
 * The unit written as its name alone, and one project written as a mapping, print as the file
 * written in full, with one warning each.
 */
class ShorthandsTest {
  private static final String HEAD = """
      layout: hunan
      year: 2023
      unit:
        name: 某县某局
      """;

  /** One project, its lines indented by {@code indent} after the first. */
  private static String project(String first, String indent) {
    return first + String.join("\n" + indent, "name: 培训项目", "budget: 10", "goal: 完成培训",
        "indicators:", "  产出指标:", "    数量指标:", "      培训人次: 500人次") + "\n";
  }

  private static final String FULL = HEAD + "projects:\n" + project("  - ", "    ");



  private static void samePrint(String shorthand, List<String> rules) {
    Renderer r = Samples.renderer();
    Validator.Report full = Transcribed.check(r, FULL);
    Validator.Report written = Transcribed.check(r, shorthand);
    assertFalse(full.hasErrors(), full.diagnostics().toString());
    assertFalse(written.hasErrors(), written.diagnostics().toString());
    List<String> extra = Transcribed.extraRules(full, written);
    assertEquals(rules, extra, written.diagnostics().toString());
    assertEquals(Transcribed.printed(r, full), Transcribed.printed(r, written));
  }

  @Test
  void theUnitWrittenAsItsNameIsItsName() {
    samePrint(FULL.replace("unit:\n  name: 某县某局", "unit: 某县某局"), List.of("unit-as-name"));
  }

  @Test
  void oneProjectWrittenAsAMappingIsAListOfIt() {
    String mapping = HEAD + "projects:\n" + project("  ", "  ");
    samePrint(mapping, List.of("one-project"));
    samePrint(mapping.replace("projects:", "project:"), List.of("one-project"));
    samePrint(mapping.replace("projects:", "project:").replace("unit:\n  name: 某县某局", "unit: 某县某局"),
        List.of("unit-as-name", "one-project"));
  }

  @Test
  void projectsKeyedByNameAreNotTakenForOneProject() {
    Validator.Report keyed = Transcribed.check(Samples.renderer(), HEAD + "projects:\n  培训项目:\n    budget: 10\n");
    assertTrue(keyed.hasErrors(), keyed.diagnostics().toString());
    assertTrue(keyed.diagnostics().stream().noneMatch(d -> d.rule().equals("one-project")));
  }

  @Test
  void fundLinesWrittenAsRowsAreTheLinesOfTheForm() {
    // the 416号 form's 项目资金申请 as a spreadsheet holds it: 资金来源 | 金额, a row each
    String head = """
        layout: county-416-project
        year: 2025
        unit: {name: 某县某局}
        projects:
          - name: 农村道路维护
            goal: [完成路面修补20公里]
        """;
    Renderer r = Samples.renderer();
    Validator.Report lines = Transcribed.check(r, head + "    sources: {财政拨款: 50, 自有资金: 10}\n");
    Validator.Report rows = Transcribed.check(r, head + """
            项目资金申请:
              - {资金来源: 财政拨款, 金额: 50}
              - {资金来源: 自有资金, 金额: 10万元}
        """);
    assertFalse(lines.hasErrors(), lines.diagnostics().toString());
    assertFalse(rows.hasErrors(), rows.diagnostics().toString());
    assertEquals(List.of("key-as-printed", "fund-rows"), Transcribed.extraRules(lines, rows),
        rows.diagnostics().toString());
    assertEquals(Transcribed.printed(r, lines), Transcribed.printed(r, rows));
    // a row of three cells is no fund line: left as written, the schema's error
    assertTrue(Transcribed.check(r, head + """
            sources:
              - {资金来源: 财政拨款, 金额: 50, 备注: 无}
        """).hasErrors());
  }
}
