package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key an edition adds to its form's {@code keys:} (its own 项目负责人, or the built-in
 * {@code phone}) that the family's template never prints: the value would be missing from the
 * printed form without a word. validate and render say so at the value's line, naming the variant,
 * the form, its template and the fix (texts.yaml header: for the 88号 project form).
 */
class UnprintedKeyTest {
  private static final Path EDITION = Path.of("src/test/resources/unprinted-keys");

  @TempDir
  Path dir;

  @Test
  void theEditionWithItsHeaderRowPrintsBothKeys() {
    Run ok = MainTest.jixiao("validate", "--templates", EDITION.resolve("templates").toString(),
        EDITION.resolve("unit.yaml").toString());
    assertEquals(0, ok.code(), ok.err());
    Run layout = MainTest.jixiao("render", "--templates", EDITION.resolve("templates").toString(),
        EDITION.resolve("unit.yaml").toString(), "--emit", "layout");
    assertEquals(0, layout.code(), layout.err());
    assertTrue(layout.out().contains("<cell>项目负责人</cell><cell colspan=\"2\">张三</cell>"
        + "<cell>联系电话</cell><cell>0731-1234567</cell>"), layout.out());
  }

  @Test
  void withoutTheHeaderRowEachKeyIsAWarningAtItsLine() throws IOException {
    Path variant = dir.resolve("templates/city-2025-project");
    Files.createDirectories(variant);
    // the edition as a user first writes it: fields: and keys: only, no texts.yaml header:
    Files.copy(EDITION.resolve("templates/city-2025-project/variant.yaml"), variant.resolve("variant.yaml"));
    Run r = MainTest.jixiao("validate", "--templates", dir.resolve("templates").toString(),
        EDITION.resolve("unit.yaml").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("unit.yaml:29:5: warning[unprinted-key]: 版式 city-2025-project 的表「项目支出绩效目标申报表」"
        + "的 keys: project: 有「项目负责人」，但其模板 "), r.err());
    assertTrue(r.err().contains("central-2015-project/项目支出绩效目标申报表.vm 不印它"), r.err());
    assertTrue(r.err().contains("header: [[department, executor], [attribute, period], [项目负责人]]"), r.err());
    assertTrue(r.err().contains("unit.yaml:30:5: warning[unprinted-key]: "), r.err());
    assertTrue(r.err().contains("有「phone」"), r.err());
    Run render = MainTest.jixiao("render", "--templates", dir.resolve("templates").toString(),
        EDITION.resolve("unit.yaml").toString(), "--out", dir.resolve("out").toString());
    assertEquals(0, render.code(), render.err());
    assertTrue(render.err().contains("warning[unprinted-key]"), render.err());
  }

  /** A key printed through the title's slot ({project.专项}) is printed: no error. */
  @Test
  void aKeyTheTitlePrintsIsPrinted() {
    Run r = MainTest.jixiao("validate", "src/test/resources/real/2023-nanjiang.yaml");
    assertTrue(!r.err().contains("unprinted-key"), r.err());
  }

  /** The 88号 部门整体 form prints an edition's foot: review rows (it printed none before, silently) and its unit_rows:. */
  @Test
  void theDeptFormPrintsTheEditionsReviewRows() {
    Run layout = MainTest.jixiao("render", "--templates", EDITION.resolve("templates").toString(),
        EDITION.resolve("dept.yaml").toString(), "--emit", "layout");
    assertEquals(0, layout.code(), layout.err());
    assertTrue(layout.out().contains("<cell colspan=\"2\">主管部门审核意见</cell>"), layout.out());
    assertTrue(layout.out().contains("<cell colspan=\"2\">财政部门审核意见</cell>"), layout.out());
    // texts.yaml unit_rows: the rows under 部门（单位）名称, a built-in key and the edition's own
    assertTrue(layout.out().contains("<cell>部门（单位）编码</cell><cell colspan=\"5\">301001</cell>"), layout.out());
    assertTrue(layout.out().contains("<cell>统一社会信用代码</cell><cell colspan=\"5\">11430000MB1234567X</cell>"), layout.out());
  }

  /**
   * Unit keys the form's keys: name (the built-in code, its own 统一社会信用代码) with no row in
   * texts.yaml unit_rows: (the edition's texts.yaml left out): each an error at its line.
   */
  @Test
  void unitKeysWithoutARowAreWarnings() throws IOException {
    Path variant = dir.resolve("templates/county-2025-dept");
    Files.createDirectories(variant);
    Files.copy(EDITION.resolve("templates/county-2025-dept/variant.yaml"), variant.resolve("variant.yaml"));
    Run r = MainTest.jixiao("validate", "--templates", dir.resolve("templates").toString(),
        EDITION.resolve("dept.yaml").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("dept.yaml:5:3: warning[unprinted-key]: "), r.err());
    assertTrue(r.err().contains("keys: unit: 有「code」"), r.err());
    assertTrue(r.err().contains("$unit.code"), r.err());
    assertTrue(r.err().contains("dept.yaml:6:3: warning[unprinted-key]: "), r.err());
    assertTrue(r.err().contains("keys: unit: 有「统一社会信用代码」"), r.err());
  }

  /** foot: on a variant whose templates print no review rows: an error at the foot: line. */
  @Test
  void aFootNoTemplatePrintsIsAnErrorAtItsLine() throws IOException {
    Path variant = dir.resolve("templates/my-hunan");
    Files.createDirectories(variant);
    Files.writeString(variant.resolve("variant.yaml"), """
        extends: hunan
        forms:
          项目支出绩效目标表: false
        foot:
          - [财政部门审核意见, "年  月  日"]
        """);
    Path file = dir.resolve("u.yaml");
    Run init = MainTest.jixiao("init", "--layout", "my-hunan", "--templates",
        dir.resolve("templates").toString(), "--unit", "某局", "--year", "2025", file.toString());
    assertEquals(0, init.code(), init.err());
    Run r = MainTest.jixiao("validate", "--templates", dir.resolve("templates").toString(), file.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("my-hunan/variant.yaml:4:1: error[unprinted-key]: foot: 的审核意见行不会印出"), r.err());
  }

  /**
   * init writes the unit keys an edition's form adds in keys: unit: (phone, its own key with its
   * title and description), not only the family's init: unit: list, which left them out.
   */
  @Test
  void initWritesTheUnitKeysTheEditionsFormAdds() throws IOException {
    Path variant = dir.resolve("templates/my-county");
    Files.createDirectories(variant);
    Files.writeString(variant.resolve("variant.yaml"), """
        extends: county-416-project
        forms:
          财政支出项目绩效目标申报表:
            keys:
              unit: [name, contact, phone, head, date, 统一社会信用代码]
        fields:
          unit:
            统一社会信用代码: {title: 统一社会信用代码, description: 18位}
        """);
    Path file = dir.resolve("u.yaml");
    Run init = MainTest.jixiao("init", "--layout", "my-county", "--templates",
        dir.resolve("templates").toString(), "--unit", "某局", "--year", "2025", file.toString());
    assertEquals(0, init.code(), init.err());
    String text = Files.readString(file);
    assertTrue(text.contains("\n  phone:"), text);
    assertTrue(text.matches("(?s).*\n  统一社会信用代码: +# 统一社会信用代码，18位\n.*"), text);
  }

  /** The 416号 form prints 联系电话 under 填报人 when an edition's keys: unit: name phone. */
  @Test
  void the416FormPrintsThePhoneAnEditionNames() {
    Run layout = MainTest.jixiao("render", "--templates", EDITION.resolve("templates").toString(),
        EDITION.resolve("416.yaml").toString(), "--emit", "layout");
    assertEquals(0, layout.code(), layout.err());
    assertTrue(layout.out().contains("<line size=\"10\"><left>联系电话：0731-2223333</left></line>"), layout.out());
    assertTrue(layout.out().contains("第三方机构审核意见"), layout.out());
    // texts.yaml year_line: with nothing after it: the title carries the year, no line under it
    assertTrue(layout.out().contains("<title>某市2025年财政支出项目绩效目标申报表</title>"), layout.out());
    assertTrue(!layout.out().contains("（2025年度）"), layout.out());
    // texts.yaml project_rows: a row of the edition's own 项目类别 under 项目起止时间
    assertTrue(layout.out().contains("<cell>项目类别</cell><cell colspan=\"5\">专项类</cell>"), layout.out());
    // texts.yaml labels: reword the line under the table (填表人, 填表日期), no template copied
    assertTrue(layout.out().contains("<left>填表人：赵六</left><center>单位负责人：钱七</center><right>填表日期："), layout.out());
  }

  /** A built-in indicator column (explanation) an edition names that the 416号 template has no column for. */
  @Test
  void aBuiltInIndicatorColumnTheTemplateLacksIsAWarning() throws IOException {
    Path variant = dir.resolve("templates/city-2025-416");
    Files.createDirectories(variant);
    Files.writeString(variant.resolve("variant.yaml"),
        Files.readString(EDITION.resolve("templates/city-2025-416/variant.yaml"))
            .replace("indicator: [value, last_year,", "indicator: [value, explanation, last_year,"));
    Path file = dir.resolve("416.yaml");
    Files.writeString(file, Files.readString(EDITION.resolve("416.yaml"))
        .replace("{value: ≥1200公里,", "{value: ≥1200公里, explanation: 年度养护总里程,"));
    Run r = MainTest.jixiao("validate", "--templates", dir.resolve("templates").toString(), file.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("416.yaml:40:"), r.err());
    assertTrue(r.err().contains("warning[unprinted-key]: 版式 city-2025-416 的表「财政支出项目绩效目标申报表」的 keys: indicator: 有「explanation」"), r.err());
    assertTrue(r.err().contains("$r.cell(\"explanation\")"), r.err());
  }

  /** Without project_rows: the 416号 form's own key is unprinted, and the hint names project_rows:. */
  @Test
  void a416KeyWithoutARowNamesProjectRows() throws IOException {
    Path variant = dir.resolve("templates/city-2025-416");
    Files.createDirectories(variant);
    Files.copy(EDITION.resolve("templates/city-2025-416/variant.yaml"), variant.resolve("variant.yaml"));
    Run r = MainTest.jixiao("validate", "--templates", dir.resolve("templates").toString(),
        EDITION.resolve("416.yaml").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("416.yaml:25:5: warning[unprinted-key]: "), r.err());
    assertTrue(r.err().contains("在版式的 texts.yaml 中写 project_rows: [项目类别]"), r.err());
  }

  /**
   * Every sample and real form prints every key it writes: no unprinted-key on a shipped variant
   * (it once fired on a generated hubei 二级 unit's 近两年指标值, blaming the template where the
   * form prints its empty statement instead of the tables).
   */
  @Test
  void theSamplesAndRealFormsGetNoUnprintedKey() throws IOException {
    java.util.List<String> files = new java.util.ArrayList<>();
    for (String folder : java.util.List.of("data", "src/test/resources/real")) {
      try (java.util.stream.Stream<Path> s = Files.walk(Path.of(folder))) {
        s.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(f -> files.add(f.toString()));
      }
    }
    // a generated hubei unit on which the 部门整体 tables' printed columns were once reported unread
    files.add(EDITION.resolve("generated-hubei.yaml").toString());
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("validate", "--templates", "templates"));
    args.addAll(files);
    Run r = MainTest.jixiao(args.toArray(new String[0]));
    assertTrue(files.size() > 20, files.toString());
    assertTrue(!r.err().contains("[unprinted-key]") && !r.out().contains("[unprinted-key]"), r.err());
  }
}
