package org.jixiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.junit.jupiter.api.Test;

class DeclarationReaderTest {
  private static final String MINIMAL = "layout: hubei\nyear: 2025\nunit:\n  name: 甲单位\n";

  private static Declaration read(String yaml) {
    return DeclarationReader.read("f.yaml", YamlLoader.parse("f.yaml", yaml), Set.of("hubei"));
  }

  private static List<Diagnostic> problems(String yaml) {
    return assertThrows(JixiaoException.class, () -> read(yaml)).diagnostics();
  }

  @Test
  void indicatorsNestAsTheFormDoesWithDefaultsFilledIn() {
    Declaration d = read(MINIMAL + """
        defaults: {basis: 计划标准, kind: 基本型}
        annual_indicators:
          运行成本:
            公用经费控制:
              公用经费控制率: {year_before: 95%, last_year: 95%, value: ≤95%}
            ……:
          满意度:
            服务对象满意度:
              城乡居民满意度: {value: ≥90%, kind: 创新型}
        """);
    IndicatorCategory cost = d.annualIndicators().get(0);
    Indicator i = cost.groups().get(0).indicators().get(0);
    assertEquals(List.of("公用经费控制率", "95%", "95%", "≤95%", "计划标准", "基本型"),
        List.of(i.name(), i.yearBefore(), i.lastYear(), i.value(), i.basis(), i.kind()));
    assertTrue(cost.groups().get(1).isFiller());
    assertEquals("创新型", d.annualIndicators().get(1).groups().get(0).indicators().get(0).kind());
    assertEquals(9, i.line());
  }

  @Test
  void moneyKeepsThePrecisionWritten() {
    Declaration d = read(MINIMAL + "funds:\n  income:\n    - {name: 财政拨款, amount: 13468.540}\n");
    assertEquals("13468.540", d.funds().income().get(0).amount().text());
  }

  @Test
  void anIndicatorsKeyWithNothingUnderItIsAnEmptyTable() {
    Declaration d = read(MINIMAL + "annual_indicators:\nprojects:\n  - name: 项目一\n    indicators:\n");
    assertEquals(List.of(), d.annualIndicators());
    assertEquals(List.of(), d.projects().get(0).indicators());
  }

  @Test
  void oneParagraphWhereAListIsUsualIsKeptAndMarkedAsAParagraph() {
    Declaration d = read(MINIMAL + "functions: 负责全市医疗保障工作。\nannual_goal: 落实医保政策。\n"
        + "long_term_goal: {until: 2027, items: 保障医保高效安全运行。}\n");
    assertEquals(List.of("负责全市医疗保障工作。"), d.functions());
    assertEquals(List.of("落实医保政策。"), d.annualGoal());
    assertEquals(List.of("保障医保高效安全运行。"), d.longTermGoal().items());
    assertEquals(Set.of("functions", "annual_goal", "long_term_goal.items"), d.paragraphs());
    // a one-item list is a list: printed as the form's list prints it (目标1：…)
    assertEquals(Set.of(), read(MINIMAL + "annual_goal:\n  - 落实医保政策。\n").paragraphs());
  }

  @Test
  void aFilingDateToTheMonthIsKeptAsWrittenAndABlankDateLineIsNoDate() {
    Unit u = read(MINIMAL + "  date: 2024年10月\n").unit();
    assertEquals(null, u.date());
    assertEquals("2024年10月", u.partialDate());
    assertEquals(null, read(MINIMAL + "  date: \"    年  月  日\"\n").unit().date());
    assertEquals(java.time.LocalDate.of(2024, 1, 8),
        read(MINIMAL + "  date: 2024/01/08\n").unit().date());
  }

  @Test
  void aVariantsOwnAmountPrintsAsTheBuiltInAmountsDo() {
    Shape shape = new Shape(java.util.Map.of("project", Set.of("fiscal", "other", "期限")), 3,
        Set.of("project.fiscal", "project.other"));
    Declaration d = DeclarationReader.read("f.yaml", YamlLoader.parse("f.yaml", MINIMAL
        + "projects:\n  - {name: 项目一, budget: '1,234.50', fiscal: 12.5万, other: —, 期限: 三年}\n"),
        Set.of("hubei"), l -> shape);
    Project p = d.projects().get(0);
    assertEquals("1234.50", p.budget().text());
    assertEquals(java.util.Map.of("fiscal", "12.5", "期限", "三年"), p.extra());
  }

  /**
   * A variant's own list of paragraphs (kind: texts, 鄂州's 保障措施) written as one paragraph is a
   * list of one: its template iterates it (a plain text made the template fail).
   */
  @Test
  void aVariantsOwnParagraphsWrittenAsOneAreAListOfOne() {
    Shape shape = new Shape(java.util.Map.of("project", Set.of("保障措施", "期限")), 3, Set.of(),
        Set.of("project.保障措施"));
    Declaration d = DeclarationReader.read("f.yaml", YamlLoader.parse("f.yaml", MINIMAL
        + "projects:\n  - {name: 项目一, 保障措施: 加强资金监管。, 期限: 三年}\n"),
        Set.of("hubei"), l -> shape);
    assertEquals(java.util.Map.of("保障措施", List.of("加强资金监管。"), "期限", "三年"),
        d.projects().get(0).extra());
  }

  @Test
  void everyProblemInAFileIsReportedAtOnce() {
    List<Diagnostic> ds = problems("layout: hubie\nyear: 25\nunit:\n  nmae: 甲\n"
        + "funds:\n  income:\n    - {name: 财政拨款, amount: 四千}\n");
    assertEquals(List.of("layout-unknown", "year", "unknown-key", "required", "money"),
        ds.stream().map(Diagnostic::rule).toList());
    assertTrue(ds.get(0).hint().contains("是不是想写 hubei"), ds.get(0).hint());
    assertTrue(ds.get(2).hint().contains("是不是想写 name"), ds.get(2).hint());
    assertEquals(7, ds.get(4).line());
  }

  @Test
  void aListWhereAMappingBelongsIsATypeError() {
    List<Diagnostic> ds = problems("- a\n- b\n");
    assertEquals("yaml-root", ds.get(0).rule());
  }

  @Test
  void aProjectCarriesItsTargetsAndTheHunanColumns() {
    Declaration d = read(MINIMAL.replace("  name: 甲单位\n", "  name: 甲单位\n  code: \"062001\"\n") + """
        projects:
          - name: 办公场地租赁费
            budget: 50.00
            goal: 用于办公场地的租赁费用。
            indicators:
              产出指标:
                数量指标:
                  办公场地租用层数: {value: 2, content: 层数, scoring: 得满分, unit: 层, type: ≥, note: 5分}
        """);
    Project p = d.projects().get(0);
    Indicator i = p.indicators().get(0).groups().get(0).indicators().get(0);
    assertEquals("062001", d.unit().code());
    assertEquals(List.of("用于办公场地的租赁费用。"), p.goal());
    assertEquals(List.of("2", "层数", "得满分", "层", "≥", "5分"),
        List.of(i.value(), i.content(), i.scoring(), i.measure(), i.type(), i.note()));
    assertTrue(p.hasTargets());
    assertEquals(null, p.details());
  }

  /** 指标值类型 is the form's own text; a variant that has a closed list checks it (value-list). */
  @Test
  void anIndicatorTypeIsKeptAsWritten() {
    Declaration d = read(MINIMAL + """
        projects:
          - name: 甲项目
            indicators:
              产出指标:
                数量指标:
                  层数: {value: 2, type: 不低于}
        """);
    assertEquals("不低于",
        d.projects().get(0).indicators().get(0).groups().get(0).indicators().get(0).type());
  }

  @Test
  void aProjectWrittenTwiceIsAnErrorAtItsSecondName() {
    List<Diagnostic> ds = problems(MINIMAL + """
        projects:
          - {name: 甲项目, budget: 1}
          - name: 甲项目
            budget: 2
        """);
    assertEquals(List.of("project-duplicate"), ds.stream().map(Diagnostic::rule).toList());
    assertEquals(7, ds.get(0).line());
  }
}
