package org.jixiao.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import java.util.Set;
import org.jixiao.model.Declaration;
import org.jixiao.model.DeclarationReader;
import org.jixiao.model.YamlLoader;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorCategory;
import org.jixiao.render.Renderer;
import org.jixiao.render.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorPlacerTest {
  static final String HEAD = "layout: henan\nyear: 2026\nunit: {name: 测试局}\n";

  @TempDir
  Path dir;

  /** Reads and places, without the business rules: these snippets are not whole forms. */
  private Declaration load(String yaml) throws IOException {
    Renderer r = Samples.renderer();
    Declaration d = DeclarationReader.read("t.yaml", YamlLoader.parse("t.yaml", yaml),
        Set.of("hubei", "hubei-2023", "henan", "hunan"));
    return IndicatorPlacer.place(d, r.library(d.layout()));
  }

  @Test
  void aNameAloneIsPlacedInFrameOrderWithTheStandardExplanation() throws IOException {
    Declaration d = load(HEAD + "annual_indicators:\n"
        + "  效益指标:\n    满意度:\n      服务对象满意度: ≥90%\n"
        + "  预算执行率: 100%\n"
        + "  重点工作2计划完成率: 100%\n"
        + "  重点工作1计划完成率: 90%\n"
        + "  年度履职目标相关性: {value: 相关, explanation: 本单位自己的说明}\n");
    List<IndicatorCategory> cats = d.annualIndicators();
    assertEquals(List.of("投入管理指标", "产出指标", "效益指标"),
        cats.stream().map(IndicatorCategory::name).toList());
    assertEquals(List.of("工作目标管理", "预算和财务管理"),
        cats.get(0).groups().stream().map(g -> g.name()).toList());
    Indicator rate = cats.get(0).groups().get(1).indicators().get(0);
    assertEquals("预算执行率", rate.name());
    assertEquals("100%", rate.value());
    assertTrue(rate.explanation().startsWith("预算执行率=（预算完成数/预算数）×100%。"));
    assertEquals("本单位自己的说明", cats.get(0).groups().get(0).indicators().get(0).explanation());
    assertEquals(List.of("重点工作1计划完成率", "重点工作2计划完成率"),
        cats.get(1).groups().get(0).indicators().stream().map(Indicator::name).toList());
    assertTrue(cats.get(2).groups().get(0).indicators().get(0).explanation()
        .startsWith("反映社会公众或服务对象"));
  }

  @Test
  void anUnknownNameWithoutAPlaceIsADiagnosticWithTheClosestStandardNames() {
    JixiaoException e = assertThrows(JixiaoException.class, () -> load(HEAD
        + "annual_indicators:\n  预算执行: 100%\n  城乡居民满意度: ≥90%\n"));
    List<Diagnostic> ds = e.diagnostics();
    assertEquals(2, ds.size());
    Diagnostic d = ds.get(0);
    assertEquals("indicator-unknown", d.rule());
    assertEquals(5, d.line());
    assertEquals(3, d.column());
    assertEquals("「预算执行」不是版式 henan 的标准指标，又没有写明一级、二级指标", d.message());
    assertTrue(d.hint().startsWith("是不是想写 预算执行率"), d.hint());
    assertEquals(6, ds.get(1).line());
  }

  @Test
  void aStandardNameWrittenTwiceIsReported() {
    JixiaoException e = assertThrows(JixiaoException.class, () -> load(HEAD
        + "annual_indicators:\n  投入管理指标:\n    预算和财务管理:\n      预算执行率: 100%\n"
        + "  预算执行率: 90%\n"));
    assertEquals("indicator-duplicate", e.diagnostics().get(0).rule());
    assertEquals(8, e.diagnostics().get(0).line());
  }

  @Test
  void hubeiLinesGetTheLibrarysBasisAndKindOnlyWhereTheFileSetsNone() throws IOException {
    String head = "layout: hubei\nyear: 2026\nunit: {name: 测试局}\n";
    Declaration d = load(head + "long_term_indicators:\n  评价结果应用率: 100%\n"
        + "  预算执行率: {value: 100%, basis: 历史标准}\n");
    var items = d.longTermIndicators().get(0).groups();
    assertEquals("预算执行", items.get(0).name());
    assertEquals("历史标准", items.get(0).indicators().get(0).basis());
    assertEquals("基本型", items.get(0).indicators().get(0).kind());
    assertEquals("计划标准", items.get(1).indicators().get(0).basis());
    assertEquals("创新型", items.get(1).indicators().get(0).kind());
  }
}
