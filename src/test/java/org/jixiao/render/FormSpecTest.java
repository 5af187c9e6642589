package org.jixiao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.jixiao.diag.JixiaoException;
import org.jixiao.model.Declaration;
import org.junit.jupiter.api.Test;

class FormSpecTest {
  @Test
  void plainNamesPerProjectAndOnlyWithProjectsAreRead() {
    List<FormSpec> specs = FormSpec.of("v", List.of("甲表",
        Map.of("name", "乙表", "each", "project"), Map.of("name", "丙表", "when", "projects")));
    assertEquals(List.of(new FormSpec("甲表", false, false), new FormSpec("乙表", true, false),
        new FormSpec("丙表", false, true)), specs);
  }

  @Test
  void anUnknownRuleIsADiagnosticOnTheTextsFile() {
    JixiaoException e = assertThrows(JixiaoException.class,
        () -> FormSpec.of("v", List.of(Map.of("name", "乙表", "each", "unit"))));
    assertEquals("texts-forms", e.diagnostics().get(0).rule());
    assertEquals("templates/v/texts.yaml", e.diagnostics().get(0).file());
  }

  @Test
  void aHunanUnitWithoutProjectTargetsGetsOnlyTheOverallTable() {
    Renderer r = Samples.renderer();
    Declaration d = Samples.load(r, Samples.hengyang());
    Declaration none = new Declaration(d.file(), d.layout(), d.year(), d.unit(), d.moneyUnit(),
        d.funds(), d.functions(), d.tasks(), List.of(), d.longTermGoal(), d.annualGoal(),
        d.longTermIndicators(), d.annualIndicators());
    assertEquals(List.of("项目支出绩效目标表", "整体支出绩效目标表"),
        r.layouts(d).stream().map(Renderer.FormXml::name).toList());
    assertEquals(List.of("整体支出绩效目标表"),
        r.layouts(none).stream().map(Renderer.FormXml::name).toList());
  }
}
