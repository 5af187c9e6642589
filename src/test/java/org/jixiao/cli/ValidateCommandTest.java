package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transcripts of {@code jixiao validate}, {@code jixiao schema} and render's validation. */
class ValidateCommandTest {
  private static final String GOOD = "layout: hubei\nyear: 2025\nunit:\n  name: 好单位\n";
  /** Valid, with one warning: an amount of 万元 that looks typed in 元. */
  private static final String WARNS = GOOD + "funds:\n  income:\n    - {name: 财政拨款, amount: 47950000}\n";

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve("data").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void theSamplesValidateClean() {
    Run r = MainTest.jixiao("validate", "--all");
    assertEquals(0, r.code(), r.err());
    // every warning is the published form's own, explained in its sample's header comment
    List<String> warnings = r.err().lines().filter(l -> l.contains(": warning[")).toList();
    // seed 000 itself gives 预算支出标准 to 预算执行率 and the like: a reviewer's question, kept
    assertTrue(warnings.stream().anyMatch(w -> w.startsWith(
        "data/2024/阳新县医疗保障基金核查中心.yaml:28:10: warning[basis-cost-only]")), r.err());
    // the 宁德 page's text breaks off before 效益指标 and 满意度指标
    assertTrue(warnings.contains("data/2019/中共宁德市委党史和地方志研究室.yaml:42:1: "
        + "warning[l1-first-level]: 缺少一级指标「满意度指标」"), r.err());
    // 宁乡's every 指标内容 is a bare number (88, 68, 20): 18 rows, 8 of them repeats
    assertEquals(18, warnings.stream().filter(w -> w.startsWith("data/2021/宁乡市坝塘镇人民政府.yaml:")
        && w.contains("warning[placeholder]")).count(), r.err());
    assertEquals(8, warnings.stream().filter(w -> w.startsWith("data/2021/宁乡市坝塘镇人民政府.yaml:")
        && w.contains("warning[indicator-duplicate]")).count(), r.err());
    assertEquals(28, warnings.size(), r.err());
    assertTrue(r.out().contains("检查了 9 个文件：6 个无问题，0 个错误，28 个警告"), r.out());
  }

  @Test
  void anIndicatorNamedAloneThatTheLibraryLacksIsAnErrorForValidateAsForRender() throws IOException {
    Path sample = Path.of("data/2021/信阳市浉河区医疗保障局.yaml");
    Path f = write("浉河.yaml", Files.readString(sample).replace("预算执行率:", "预算执行律:"));
    Run validate = MainTest.jixiao("validate", f.toString(), "--templates", "templates");
    Run render = MainTest.jixiao("render", f.toString(), "--templates", "templates", "--format",
        "docx", "--out", dir.resolve("out").toString());
    for (Run r : new Run[] {validate, render}) {
      String command = r == validate ? "validate" : "render";
      assertEquals(1, r.code(), command + ": " + r.err());
      assertTrue(r.err().contains("「预算执行律」不是版式 henan 的标准指标"), command + ": " + r.err());
      assertTrue(r.err().contains("是不是想写 预算执行率"), command + ": " + r.err());
    }
  }

  @Test
  void errorsArePrintedLikeACompilerAndExitOne() throws IOException {
    Path f = write("bad.yaml", GOOD + "  phnoe: 1\nannual_indicators:\n  运行成本:\n"
        + "    公用经费控制:\n      公用经费控制率: 》95%\n");
    Run r = MainTest.jixiao("validate", f.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains(":5:3: error[unknown-key]: 未知的键「phnoe」"), r.err());
    assertTrue(r.err().contains(" 5 |   phnoe: 1\n   |   ^\n"), r.err());
    assertTrue(r.err().contains(":9:16: warning[value-typo]: 指标值「》95%」含有形近字符"), r.err());
    assertTrue(r.err().contains("= 提示 (hint): 改为「≥95%」"), r.err());
    assertTrue(r.out().contains("0 个无问题"), r.out());
  }

  @Test
  void warningsAloneExitZeroUnlessStrict() throws IOException {
    Path f = write("warns.yaml", WARNS);
    Run lax = MainTest.jixiao("validate", f.toString(), "--templates", "templates");
    assertEquals(0, lax.code(), lax.err());
    assertTrue(lax.err().contains(":7:28: warning[money-unit]"), lax.err());
    Run strict = MainTest.jixiao("validate", "--strict", f.toString());
    assertEquals(1, strict.code(), strict.err());
    assertTrue(strict.err().contains("error[money-unit]"), strict.err());
  }

  @Test
  void aCharacterNoFontCanDrawIsRefusedByValidateAsByRenderWhereTheFormPrintsIt() throws IOException {
    assumeTrue(MainTest.chineseFontInstalled(), "a Chinese font to check against");
    Path printed = write("一级.yaml", "layout: hubei\nyear: 2025\nunit:\n  name: 广水😀局\n");
    Run v = MainTest.jixiao("validate", printed.toString(), "--templates", "templates");
    Run r = MainTest.jixiao("render", printed.toString(), "--templates", "templates",
        "--out", dir.resolve("out").toString());
    assertEquals(1, v.code(), v.err());
    assertEquals(1, r.code(), r.err());
    // at the line and column of the value that holds it, in both, as every other mistake
    assertTrue(v.err().contains("一级.yaml:4:9: error[pdf-missing-glyph]: 字符 U+1F600「😀」"), v.err());
    assertTrue(r.err().contains("一级.yaml:4:9: error[pdf-missing-glyph]: 字符 U+1F600「😀」"), r.err());
    assertEquals(1, r.err().lines().filter(l -> l.contains("error[pdf-missing-glyph]")).count(), r.err());
    // a 二级 unit's form is its head and the standard statement: its name is printed (seed 004),
    // its functions are not, so a character in them is nothing to refuse
    Path head = write("二级.yaml", "layout: hubei\nyear: 2025\nunit:\n  name: 广水😀局\n"
        + "  level: 二级\n");
    Run v2 = MainTest.jixiao("validate", head.toString(), "--templates", "templates");
    assertEquals(1, v2.code(), v2.err());
    Path unprinted = write("二级未印.yaml", "layout: hubei\nyear: 2025\nunit:\n  name: 广水局\n"
        + "  level: 二级\nfunctions:\n  - 职能😀\n");
    Run v3 = MainTest.jixiao("validate", unprinted.toString(), "--templates", "templates");
    assertEquals(0, v3.code(), v3.err());
  }

  @Test
  void renderReportsItsChecksInEnglishWithLangEn() throws IOException {
    Path f = write("typo.yaml", "layout: hubei\nyear: 2025\nunit:\n  name: 单位\n  phnoe: 1\n");
    Run en = MainTest.jixiao("render", "--lang", "en", f.toString(), "--templates", "templates",
        "--out", dir.resolve("out").toString());
    Run zh = MainTest.jixiao("render", f.toString(), "--templates", "templates",
        "--out", dir.resolve("out").toString());
    assertEquals(1, en.code(), en.err());
    assertTrue(en.err().contains("error[unknown-key]: unknown key 'phnoe'"), en.err());
    assertTrue(zh.err().contains("error[unknown-key]: 未知的键「phnoe」"), zh.err());
    Run bad = MainTest.jixiao("render", "--lang", "fr", f.toString());
    assertEquals(2, bad.code(), bad.err());
  }

  @Test
  void jsonAndEnglish() throws IOException {
    Path f = write("typo.yaml", "layout: hubei\nyear: 2025\nunit:\n  name: 单位\n  phnoe: 1\n");
    Run r = MainTest.jixiao("validate", "--format", "json", "--lang", "en", f.toString());
    assertEquals(1, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(1, json.get("errors").asInt());
    JsonNode d = json.get("files").get(0).get("diagnostics").get(0);
    assertEquals("unknown-key", d.get("rule").asText());
    assertEquals(5, d.get("line").asInt());
    assertEquals(3, d.get("column").asInt());
    assertEquals("unknown key 'phnoe'", d.get("message").asText());
    assertTrue(d.get("hint").asText().endsWith("did you mean phone?"), d.toString());
  }

  /** The acceptance case: a real sample with a budget officer's typical mistakes. */
  @Test
  void aBrokenCopyOfASampleGetsOneActionableDiagnosticPerMistake() throws IOException {
    String text = Files.readString(Path.of("data/2025/广水市医疗保障局.yaml"))
        .replace("date: 2024-10-16", "date: 2025-10-16")
        .replace("    budget: 82\n", "    budget: 820\n")
        .replace("  until: 2027", "  until: 2035")
        .replace("城乡居民医疗保险覆盖率: ≥95%", "城乡居民医疗保险覆盖率: 》95%")
        .replace("      预算执行率: 100%", "      预算执行率: 较高")
        .replace("绩效评价覆盖率: 100%", "绩效评价覆盖率: 1000%")
        .replace("      会议费控制率: ≤100%\n", "      会议费控制率: 待填写\n");
    Path f = write("2025/广水市医疗保障局.yaml", text);
    Run r = MainTest.jixiao("validate", f.toString());
    assertEquals(1, r.code(), r.err());
    // only the sum that cannot be right is an error; the rest may be what the unit means
    String[] expected = {":19:33: error[total-projects]", ":41:13: error[total-project-budget]",
        ":59:10: warning[year-goal]",
        ":76:15: warning[placeholder]", ":88:14: warning[value-vague]",
        ":96:16: warning[percent-range]", ":107:20: warning[value-typo]"};
    for (String e : expected) {
      assertTrue(r.err().contains(e), e + "\n" + r.err());
    }
    assertEquals(expected.length, r.err().lines().filter(l -> l.contains("[")).count(), r.err());
    assertTrue(r.out().contains("2 个错误，5 个警告"), r.out());
  }

  /** Issue 4: one misspelt key used to hide three real errors of later stages. */
  @Test
  void aMisspeltKeyHidesNoOtherMistake() throws IOException {
    String text = Files.readString(Path.of("data/2025/广水市医疗保障局.yaml"))
        .replaceFirst("    category: 常年性项目\n", "    catgory: 常年性项目\n")
        .replace("date: 2024-10-16", "date: 2025-10-16")
        .replace("{name: 财政拨款, amount: 4795,", "{name: 财政拨款, amount: 4790,")
        .replace("    budget: 82\n", "    budget: 8\n");
    Path f = write("2025/广水市医疗保障局.yaml", text);
    Run r = MainTest.jixiao("validate", f.toString());
    assertEquals(1, r.code(), r.err());
    String[] expected = {":17:5: error[total-balance]",
        ":19:33: warning[total-projects]", ":39:5: error[unknown-key]: 未知的键「catgory」"};
    for (String e : expected) {
      assertTrue(r.err().contains(e), e + "\n" + r.err());
    }
    assertEquals(expected.length, r.err().lines().filter(l -> l.contains("[")).count(), r.err());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, MainTest.jixiao("validate").code());
    assertEquals(2, MainTest.jixiao("validate", "--all", "--lang", "fr").code());
    assertEquals(2, MainTest.jixiao("validate", "--all", "--format", "xml").code());
  }

  @Test
  void aMissingFileIsOneDiagnostic() {
    Run r = MainTest.jixiao("validate", dir.resolve("nope.yaml").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("error[input-missing]: 文件不存在"), r.err());
  }

  @Test
  void aMissingTemplateFolderIsOneDiagnostic() {
    Run r = MainTest.jixiao("validate", "--all", "--templates", dir.resolve("none").toString());
    assertEquals(1, r.code());
    // the same message as render gives
    assertTrue(r.err().contains("none: error[templates]: 模板文件夹不存在"), r.err());
  }

  @Test
  void schemaPrintsTheJsonSchema() throws IOException {
    Run r = MainTest.jixiao("schema");
    assertEquals(0, r.code());
    JsonNode schema = new ObjectMapper().readTree(r.out());
    assertEquals("部门（单位）名称", schema.at("/properties/unit/properties/name/title").asText());
  }

  /** An editor gets one variant's keys: its own fields, and false for keys its forms do not print. */
  @Test
  void schemaOfOneLayoutHasItsKeysOnly() throws IOException {
    Run r = MainTest.jixiao("schema", "--layout", "hunan", "--templates", "templates");
    assertEquals(0, r.code(), r.err());
    JsonNode schema = new ObjectMapper().readTree(r.out());
    assertTrue(schema.at("/properties/functions").isBoolean(), "hunan prints no 主要职能");
    assertTrue(schema.at("/properties/funds").isObject(), "hunan prints 年度预算申请");
    Run bad = MainTest.jixiao("schema", "--layout", "hubie", "--templates", "templates");
    assertEquals(1, bad.code(), bad.err());
    assertTrue(bad.err().contains("、hubei、hubei-2021、hubei-2023、hunan"), bad.err());
  }

  @Test
  void renderDoesNotRenderAUnitWithErrorsAndPrintsWarnings() throws IOException {
    write("2025/bad.yaml", "layout: hubei\nyear: 2025\nunit:\n  name: 坏单位\n  dat: 2025-01-01\n");
    write("2025/warns.yaml", WARNS);
    Path out = dir.resolve("out");
    Run r = MainTest.jixiao("render", "--all", "--data", dir.resolve("data").toString(),
        "--out", out.toString(), "--format", "docx");
    assertEquals(1, r.code(), r.err());
    assertFalse(Files.exists(out.resolve("2025/坏单位")));
    assertTrue(r.err().contains("error[unknown-key]"), r.err());
    assertTrue(r.err().contains("warning[money-unit]"), r.err());
    assertTrue(Files.isRegularFile(out.resolve("2025/好单位/部门整体绩效目标申报表.docx")), r.out());
  }

  /** A template's error names the template; the line above it names the declaration it broke on. */
  @Test
  void aTemplatesErrorSaysWhichDeclarationItCameWith() throws IOException {
    Path t = dir.resolve("templates/mine");
    Files.createDirectories(t);
    try (var s = Files.list(Path.of("templates/hubei-2023"))) {
      for (Path p : s.toList()) {
        Files.copy(p, t.resolve(p.getFileName().toString()));
      }
    }
    Path vm = t.resolve("部门整体绩效目标申报表.vm");
    Files.writeString(vm, Files.readString(vm) + "\n$nosuch\n");
    Path f = dir.resolve("u.yaml");
    Files.writeString(f, "layout: mine\nyear: 2025\nunit:\n  name: 某单位\n");
    Run r = MainTest.jixiao("validate", f.toString(), "--templates", dir.resolve("templates").toString());
    assertEquals(1, r.code(), r.err());
    String named = "检查 " + f + " 时：\n";
    assertTrue(r.err().contains(named), r.err());
    assertTrue(r.err().substring(r.err().indexOf(named)).contains("error[template-error]"), r.err());
  }
}
