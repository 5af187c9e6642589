package org.jixiao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.jixiao.diag.JixiaoException;
import org.jixiao.model.Declaration;
import org.jixiao.model.Project;
import org.jixiao.model.ProjectDetails;
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

  @Test
  void aHubeiUnitGetsOneProjectFormPerProjectWithTargetsOnly() {
    Renderer r = Samples.renderer();
    assertEquals(List.of("部门整体绩效目标申报表", "项目申报表-医保信息建设和维护经费"), r.layouts(
        Samples.load(r, Samples.DATA.resolve("2025/曾都区医疗保障信息中心.yaml"))).stream()
        .map(Renderer.FormXml::name).toList());
    assertEquals(List.of("部门整体绩效目标申报表"), r.layouts(Samples.load(r, Samples.guangshui()))
        .stream().map(Renderer.FormXml::name).toList());
  }

  @Test
  void aFundSourceTheFormHasNoLineForIsADiagnostic() {
    Renderer r = Samples.renderer();
    Declaration d = Samples.load(r, Samples.DATA.resolve("2025/曾都区医疗保障信息中心.yaml"));
    Project p = d.projects().get(0);
    ProjectDetails x = p.details();
    ProjectDetails bad = new ProjectDetails(x.department(),
        x.executor(), x.leader(), x.phone(), x.address(), x.postcode(), x.attribute(),
        x.startYear(), x.endYear(), x.basis(), x.plan(), x.budgetChanges(),
        Map.of("财政拨款", p.budget()), x.spending(), x.purchases());
    Declaration changed = new Declaration(d.file(), d.layout(), d.year(), d.unit(), d.moneyUnit(),
        d.funds(), d.functions(), d.tasks(), List.of(new Project(p.name(),
        p.code(), p.category(), p.direction(), p.totalBudget(), p.budget(), p.purpose(), p.goal(),
        p.indicators(), p.longTermGoal(), p.longTermIndicators(), bad)), d.longTermGoal(),
        d.annualGoal(), d.longTermIndicators(), d.annualIndicators());
    JixiaoException e = assertThrows(JixiaoException.class, () -> r.layouts(changed));
    assertEquals("source-line", e.diagnostics().get(0).rule());
  }
}
