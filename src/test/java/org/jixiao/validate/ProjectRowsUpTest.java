package org.jixiao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.render.Renderer;
import org.jixiao.render.Samples;
import org.junit.jupiter.api.Test;

/**
 * A row the 416号 county form prints in its project's form but keeps once for the unit
 * (项目实施进度计划, {@code tasks:} at the top), written in the one project as the form shows it:
 * read as the top's key; with two projects, an error (whose plan is meant is not certain).
 */
class ProjectRowsUpTest {
  private static final String HEAD = """
      layout: county-416-project
      year: 2025
      unit:
        name: 某县某局
      """;
  private static final String PLAN = """
      - {name: 路面修补, 开始时间: 2025年3月, 完成时间: 2025年6月}
      """;
  private static final String PROJECT = """
        - name: 农村道路维护
          goal:
            - 完成路面修补20公里
      """;



  private static String indented(String text, String by) {
    return text.lines().map(l -> by + l).reduce("", (a, b) -> a + b + "\n");
  }

  @Test
  void theOneProjectsPlanIsTheUnitsPlan() {
    Renderer r = Samples.renderer();
    Validator.Report atTop = Transcribed.check(r, HEAD + "tasks:\n" + indented(PLAN, "  ") + "projects:\n" + PROJECT);
    Validator.Report inProject = Transcribed.check(r, HEAD + "projects:\n" + PROJECT + "    项目实施进度计划:\n"
        + indented(PLAN, "      "));
    assertFalse(atTop.hasErrors(), atTop.diagnostics().toString());
    assertFalse(inProject.hasErrors(), inProject.diagnostics().toString());
    List<String> extra = Transcribed.extraRules(atTop, inProject);
    assertEquals(List.of("key-as-printed"), extra, inProject.diagnostics().toString());
    assertEquals(Transcribed.printed(r, atTop), Transcribed.printed(r, inProject));
  }

  @Test
  void withTwoProjectsWhosePlanIsMeantIsNotGuessed() {
    Validator.Report two = Transcribed.check(Samples.renderer(), HEAD + "projects:\n" + PROJECT
        + "    项目实施进度计划:\n" + indented(PLAN, "      ") + PROJECT.replace("农村道路维护", "桥梁维护"));
    assertTrue(two.hasErrors(), two.diagnostics().toString());
    assertTrue(two.diagnostics().stream().anyMatch(d -> d.isError() && d.rule().equals("unknown-key")
        && d.message().contains("项目实施进度计划")
        && d.hint().startsWith("本版式的「项目实施进度计划」是整个单位写一份的 tasks:，写在文件顶层")),
        two.diagnostics().toString());
  }
}
