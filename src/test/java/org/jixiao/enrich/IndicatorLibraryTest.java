package org.jixiao.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.template.TemplateRoot;
import org.junit.jupiter.api.Test;

class IndicatorLibraryTest {
  static final TemplateRoot ROOT = TemplateRoot.folder(Path.of("templates"));

  @Test
  void aHenanNameAloneGivesItsPlaceExplanationUnitAndDirection() {
    StandardIndicator s = IndicatorLibrary.load(ROOT, "henan").find("预算执行率").orElseThrow();
    assertEquals("投入管理指标", s.category());
    assertEquals("预算和财务管理", s.group());
    assertEquals("预算执行率=（预算完成数/预算数）×100%。预算完成数指部门实际执行的预算数；"
        + "预算数指财政部门批复的本年度部门的（调整）预算数。", s.explanation());
    assertEquals("%", s.unit());
    assertEquals("=", s.direction());
  }

  @Test
  void aNumberedNameIsFoundWithItsNumber() {
    StandardIndicator s =
        IndicatorLibrary.load(ROOT, "henan").find("重点工作12计划完成率").orElseThrow();
    assertEquals("产出指标", s.category());
    assertEquals("重点工作任务完成", s.group());
    assertEquals("重点工作12计划完成率", s.name());
    assertTrue(s.explanation().startsWith("反映本部门负责的重点工作任务进展情况。"));
  }

  @Test
  void theSameNameHasEachProvincesOwnPlaceAndDefaults() {
    StandardIndicator s = IndicatorLibrary.load(ROOT, "hubei").find("预算执行率").orElseThrow();
    assertEquals("管理效率", s.category());
    assertEquals("预算执行", s.group());
    assertEquals("计划标准", s.basis());
    assertEquals("基本型", s.kind());
    assertEquals("", s.explanation()); // the 湖北 sources print none
    assertEquals("创新型",
        IndicatorLibrary.load(ROOT, "hubei").find("评价结果应用率").orElseThrow().kind());
    assertEquals("预算支出标准",
        IndicatorLibrary.load(ROOT, "hubei-2023").find("预算执行率").orElseThrow().basis());
  }

  @Test
  void closestNamesComeNearestFirst() {
    List<String> near = IndicatorLibrary.load(ROOT, "henan").closest("预算执行", 3);
    assertEquals("预算执行率", near.get(0));
    assertTrue(near.size() <= 3);
  }

  @Test
  void unknownNamesAndVariantsWithoutALibraryFindNothing() {
    assertTrue(IndicatorLibrary.load(ROOT, "henan").find("城乡居民医疗保险覆盖率").isEmpty());
    assertTrue(IndicatorLibrary.load(ROOT, "no-such-variant").isEmpty());
  }

  @Test
  void everyHenanLineOfSeed002HasItsExplanation() {
    IndicatorLibrary lib = IndicatorLibrary.load(ROOT, "henan");
    assertEquals(24, lib.all().size());
    lib.all().forEach(s -> assertTrue(!s.explanation().isEmpty(), s.name()));
  }

  @Test
  void aLibraryWithoutFrameSaysSoAtItsFirstLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("x"));
    java.nio.file.Files.writeString(dir.resolve("x/indicators.yaml"), "运行成本:\n  公用经费控制: 5\n");
    var e = assertThrows(org.jixiao.diag.JixiaoException.class,
        () -> IndicatorLibrary.load(TemplateRoot.folder(dir), "x"));
    assertEquals("library-shape", e.diagnostics().get(0).rule());
    assertEquals(1, e.diagnostics().get(0).line(), e.diagnostics().toString());
    assertTrue(e.diagnostics().get(0).message().contains("没有 frame:"), e.diagnostics().toString());
  }

  @Test
  void aDuplicateNameInALibraryIsReported(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("x"));
    java.nio.file.Files.writeString(dir.resolve("x/indicators.yaml"),
        "frame:\n  a:\n    b:\n      c:\n    d:\n      c:\n");
    var e = assertThrows(org.jixiao.diag.JixiaoException.class,
        () -> IndicatorLibrary.load(TemplateRoot.folder(dir), "x"));
    assertEquals("library-shape", e.diagnostics().get(0).rule());
    assertEquals(6, e.diagnostics().get(0).line());
  }

  @Test
  void theJarCarriesTheLibrariesToo() {
    assertEquals(IndicatorLibrary.load(ROOT, "henan").all(),
        IndicatorLibrary.load(TemplateRoot.embedded(), "henan").all());
  }

  @Test
  void aDirectionOutsideTheFourIsReported(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("x"));
    java.nio.file.Files.writeString(dir.resolve("x/indicators.yaml"),
        "frame:\n  a:\n    b:\n      c: {direction: \">\"}\n");
    var e = assertThrows(org.jixiao.diag.JixiaoException.class,
        () -> IndicatorLibrary.load(TemplateRoot.folder(dir), "x"));
    assertEquals("标准指标库有误：direction 只能是 ≥、≤、= 或 定性，不是「>」",
        e.diagnostics().get(0).message());
  }
}
