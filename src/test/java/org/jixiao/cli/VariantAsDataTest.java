package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.cli.MainTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: a province's form is a folder of files. A variant written here, outside the project
 * (its own title with the year, two indicator levels, a 权重 column and a 项目期限 field of its
 * own, its own check levels), validates and renders in all three formats with no Java change.
 */
class VariantAsDataTest {
  @TempDir
  Path dir;
  private Path templates;

  private static final String VARIANT = """
      description: 测试用 县级项目绩效目标表（两级指标、权重栏）
      forms:
        项目绩效目标表:
          title: "{year}年度项目绩效目标表"
          each: project
          keys:
            declaration: [unit, projects]
            unit: [name]
            project: [name, budget, goal, indicators, 期限]
            indicator: [value, 权重, type]
      fields:
        project:
          期限: {title: 项目期限, kind: text}
        indicator:
          权重: {title: 权重, kind: text}
      lists:
        indicator.type: {values: [≥, ≤, =], closed: "true"}
      indicators:
        levels: "2"
        first_level: [产出指标, 效益指标, 满意度指标]
      checks:
        # a placeholder left in this county's form is sent back: an error here
        placeholder: error
        project-first-level: {require: [产出, 效益]}
      """;

  private static final String TEMPLATE = """
      <form title="$form.title" body-font="宋体" title-font="黑体">
        <page orientation="portrait" margin-top="20" margin-right="15" margin-bottom="20" margin-left="15"/>
        <title>$form.title</title>
        <line size="10"><left>单位：$unit.name</left><right>项目期限：$project.extra.get("期限")</right></line>
        <table size="10">
          <columns><col width="30"/><col width="70"/><col width="40"/><col width="20"/></columns>
          <head>
            <row><cell colspan="2">项目名称</cell><cell colspan="2">$project.name</cell></row>
            <row><cell colspan="2">项目资金（万元）</cell><cell colspan="2">$project.budget</cell></row>
            <row><cell>一级指标</cell><cell>指标</cell><cell>指标值</cell><cell>权重</cell></row>
          </head>
          <body>
      #foreach($r in $project.indicators.rows)
            <row>
              <cell merge="$r.l1">$r.l1</cell><cell>$r.l3</cell><cell>$r.value</cell><cell>$r.extra.get("权重")</cell>
            </row>
      #end
          </body>
        </table>
      </form>
      """;

  private static final String DECLARATION = """
      layout: county
      year: 2022
      unit:
        name: 某县教育局
      projects:
        - name: 学生资助项目
          budget: 120.50
          期限: 2022年1月—2022年12月
          goal:
            - 资助家庭经济困难学生 500 人
          indicators:
            产出指标:
              资助人数: {value: ≥500人, 权重: "40"}
            效益指标:
              学生辍学率: {value: ＜1%, 权重: "35"}
            满意度指标:
              受助学生满意度: {value: ≥90%, 权重: "25"}
      """;

  @BeforeEach
  void writeVariant() throws IOException {
    templates = dir.resolve("templates");
    Path county = Files.createDirectories(templates.resolve("county"));
    Files.writeString(county.resolve("variant.yaml"), VARIANT);
    Files.writeString(county.resolve("项目绩效目标表.vm"), TEMPLATE);
  }

  private Path write(String text) throws IOException {
    Path f = dir.resolve("data/2022/某县教育局.yaml");
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
    return f;
  }

  @Test
  void aVariantFolderValidatesAndRendersInEveryFormat() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(MainTest.chineseFontInstalled(),
        "no Chinese font installed to write PDFs with");
    Path f = write(DECLARATION);
    Run v = MainTest.jixiao("validate", f.toString(), "--templates", templates.toString());
    assertEquals(0, v.code(), v.err());
    assertFalse(v.err().contains("error["), v.err());
    Path out = dir.resolve("out");
    Run r = MainTest.jixiao("render", f.toString(), "--templates", templates.toString(),
        "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    Path stem = out.resolve("2022/某县教育局/项目绩效目标表-学生资助项目");

    String docx = HostileValuesTest.docxText(Files.readAllBytes(path(stem, ".docx")));
    assertTrue(docx.contains("2022年度项目绩效目标表"), docx);
    assertTrue(docx.contains("项目期限：2022年1月—2022年12月"), docx);
    assertTrue(docx.contains("学生辍学率＜1%35"), docx);

    List<String> cells = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(path(stem, ".xlsx")))) {
      for (Row row : wb.getSheetAt(0)) {
        for (Cell c : row) {
          cells.add(c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue())
              : c.getStringCellValue());
        }
      }
    }
    assertTrue(cells.contains("2022年度项目绩效目标表"), cells.toString());
    assertTrue(cells.contains("受助学生满意度") && cells.contains("25"), cells.toString());

    if (MainTest.chineseFontInstalled()) {
      String page = new PdfTextExtractor(new PdfReader(Files.readAllBytes(path(stem, ".pdf"))))
          .getTextFromPage(1).replaceAll("\\s", "");
      assertTrue(page.contains("2022年度项目绩效目标表"), page);
      assertTrue(page.contains("资助人数≥500人40"), page);
    }
  }

  @Test
  void theVariantsOwnKeysAndChecksApply() throws IOException {
    Path f = write(DECLARATION
        .replace("    budget: 120.50\n", "    budget: 120.50\n    purpose: 这张表没有用途栏\n")
        .replace("资助人数: {value: ≥500人, 权重: \"40\"}",
            "资助人数: {value: ≥500人, 权重: \"40\", type: \"≈\"}")
        .replace("受助学生满意度: {value: ≥90%", "受助学生满意度: {value: XX%"));
    Run v = MainTest.jixiao("validate", f.toString(), "--templates", templates.toString());
    assertEquals(1, v.code(), v.err());
    // purpose is printed by no form of this variant: refused rather than silently dropped
    assertTrue(v.err().contains(":8:5: error[layout-key]: 版式 county 的表上没有「项目主要支出方向和用途（purpose）」"), v.err());
    // the closed list of 指标值类型 and the raised placeholder check
    assertTrue(v.err().contains("error[value-list]"), v.err());
    assertTrue(v.err().contains("error[placeholder]"), v.err());
  }

  /** A city's edition is a few lines over a shipped variant, in the project's own folder. */
  @Test
  void anEditionInTheProjectsFolderExtendsAShippedVariant() throws Exception {
    Path edition = Files.createDirectories(templates.resolve("hunan-city"));
    Files.writeString(edition.resolve("variant.yaml"), """
        description: 某市 项目支出绩效目标表
        extends: hunan
        forms:
          项目支出绩效目标表:
            title: "{year}年度项目支出绩效目标表"
          整体支出绩效目标表: false
        checks:
          output-frame: "off"
        """);
    Path f = write("""
        layout: hunan-city
        year: 2024
        unit:
          name: 某市城管局
        projects:
          - name: 环卫保洁
            budget: 50
            goal:
              - 保障主城区道路保洁
            indicators:
              产出指标:
                数量指标:
                  保洁面积: {value: ≥300万平方米}
              效益指标:
                社会效益指标:
                  市容环境: {value: 明显改善}
              满意度指标:
                服务对象满意度指标:
                  市民满意度: {value: ≥90%}
        """);
    Path out = dir.resolve("out");
    Run r = MainTest.jixiao("render", f.toString(), "--templates", templates.toString(),
        "--out", out.toString(), "--format", "docx");
    assertEquals(0, r.code(), r.err());
    assertFalse(r.err().contains("warning["), r.err());
    Path unit = out.resolve("2024/某市城管局");
    assertEquals(List.of(unit.resolve("项目支出绩效目标表.docx")), files(unit));
    String docx = HostileValuesTest.docxText(Files.readAllBytes(files(unit).get(0)));
    assertTrue(docx.contains("2024年度项目支出绩效目标表") && docx.contains("保洁面积"), docx);
  }

  /** An edition whose form has no 满意度指标 marks it optional: a unit without it is not asked for it. */
  @Test
  void aFirstLevelTheEditionMarksOptionalMayBeAbsent() throws Exception {
    Path edition = Files.createDirectories(templates.resolve("dept-city"));
    Files.writeString(edition.resolve("variant.yaml"), """
        extends: central-2015-dept
        indicators:
          optional: [满意度指标]
        """);
    String yaml = """
        layout: LAYOUT
        year: 2024
        unit:
          name: 某市档案馆
        annual_goal: 做好档案接收、保管和利用工作。
        annual_indicators:
          产出指标:
            数量指标:
              接收档案: ≥2000卷
          效益指标:
            社会效益指标:
              档案利用服务: 有效提升
        """;
    Run city = MainTest.jixiao("validate", write(yaml.replace("LAYOUT", "dept-city")).toString(),
        "--templates", templates.toString());
    assertEquals(0, city.code(), city.err());
    assertFalse(city.err().contains("l1-first-level"), city.err());
    // the family's form has 满意度指标: there it is still missing
    Run family = MainTest.jixiao("validate",
        write(yaml.replace("LAYOUT", "central-2015-dept")).toString(),
        "--templates", templates.toString());
    assertTrue(family.err().contains("warning[l1-first-level]: 缺少一级指标「满意度指标」"), family.err());
  }

  /** The 88号 部门整体 template prints the parts its edition's keys name, no others. */
  @Test
  void theDepartmentFormPrintsThePartsItsEditionsKeysName() throws Exception {
    Path edition = Files.createDirectories(templates.resolve("dept-total"));
    Files.writeString(edition.resolve("variant.yaml"), """
        extends: central-2015-dept
        forms:
          部门（单位）整体支出绩效目标申报表:
            keys:
              declaration: [unit, tasks, annual_goal]
              unit: [name, contact]
              task: [name, 总额]
        """);
    Path f = write("""
        layout: dept-total
        year: 2024
        unit:
          name: 某市档案馆
          contact: 王某
        tasks:
          - {name: 档案接收, 总额: 12.5}
          - {name: 档案利用, 总额: 7.5}
        annual_goal: 做好档案接收、保管和利用工作。
        """);
    Path out = dir.resolve("out");
    Run r = MainTest.jixiao("render", f.toString(), "--templates", templates.toString(),
        "--out", out.toString(), "--format", "docx");
    assertEquals(0, r.code(), r.err());
    String docx = HostileValuesTest.docxText(Files.readAllBytes(files(out.resolve("2024/某市档案馆")).get(0)));
    assertTrue(docx.contains("年度主要任务任务名称预算申请总额档案接收12.5档案利用7.5金额合计20"), docx);
    assertTrue(docx.contains("填报人：王某"), docx);
    // no 主要内容, 财政拨款 | 其他资金, 年度绩效指标, 联系电话 or 单位负责人 on this edition
    for (String absent : List.of("主要内容", "财政拨款", "其他资金", "年度绩效指标", "联系电话", "单位负责人", "单位：万元")) {
      assertFalse(docx.contains(absent), absent + " in " + docx);
    }
  }

  /** The 88号 project form's line under the title is texts.yaml year_line: reworded or left out. */
  @Test
  void anEditionRewordsOrDropsTheLineUnderTheTitle() throws Exception {
    String yaml = """
        layout: LAYOUT
        year: 2024
        unit: {name: 某市档案馆}
        projects:
          - name: 档案数字化
            budget: 12
            goal: 完成档案数字化。
            indicators:
              产出指标:
                数量指标: {数字化档案: ≥2000卷}
        """;
    String[][] cases = {{"year-none", "year_line:\n", ""}, {"year-own", "year_line: \"（{year}年）\"\n", "（2024年）"}};
    for (String[] c : cases) {
      Path edition = Files.createDirectories(templates.resolve(c[0]));
      Files.writeString(edition.resolve("variant.yaml"), """
          extends: central-2015-project
          forms:
            项目支出绩效目标申报表:
              keys:
                project: [name, budget, goal, indicators]
          """);
      Files.writeString(edition.resolve("texts.yaml"), c[1]);
      Path out = dir.resolve("out-" + c[0]);
      Run r = MainTest.jixiao("render", write(yaml.replace("LAYOUT", c[0])).toString(),
          "--templates", templates.toString(), "--out", out.toString(), "--format", "docx");
      assertEquals(0, r.code(), r.err());
      String docx = HostileValuesTest.docxText(Files.readAllBytes(files(out.resolve("2024/某市档案馆")).get(0)));
      assertTrue(docx.startsWith("项目支出绩效目标申报表" + c[2] + "项目名称档案数字化"), docx);
      assertFalse(docx.contains("2024年度"), docx);
    }
  }

  private static List<Path> files(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  /** Task rows with the variant's own columns (预算申请 of the 88号 部门整体 form). */
  @Test
  void aTaskRowCarriesTheVariantsOwnKeys() throws Exception {
    Path dept = Files.createDirectories(templates.resolve("dept"));
    Files.writeString(dept.resolve("variant.yaml"), """
        forms:
          整体支出绩效目标表:
            title: 整体支出绩效目标表
            keys:
              declaration: [unit, tasks]
              unit: [name]
        fields:
          task:
            总额: {title: 预算申请总额, kind: money}
        """);
    Files.writeString(dept.resolve("整体支出绩效目标表.vm"), """
        <form title="$form.title" body-font="宋体" title-font="黑体">
          <page orientation="portrait" margin-top="20" margin-right="15" margin-bottom="20" margin-left="15"/>
          <table size="10">
            <columns><col width="30"/><col width="30"/></columns>
            <body>
        #foreach($t in $taskItems)
              <row><cell>$t.name</cell><cell>$t.extra.get("总额")</cell></row>
        #end
            </body>
          </table>
        </form>
        """);
    String task = """
        layout: dept
        year: 2022
        unit:
          name: 某县教育局
        tasks:
          - {name: 学生资助, 总额: 120.50}
        """;
    Path f = write(task);
    Path out = dir.resolve("out");
    Run r = MainTest.jixiao("render", f.toString(), "--templates", templates.toString(),
        "--out", out.toString(), "--format", "docx");
    assertEquals(0, r.code(), r.err());
    String docx = HostileValuesTest.docxText(Files.readAllBytes(
        out.resolve("2022/某县教育局/整体支出绩效目标表.docx")));
    assertTrue(docx.contains("学生资助120.50"), docx);
    // a key of no task column is refused, as for every other scope
    write(task.replace("总额: 120.50}", "总额: 120.50, 财政拨款: 100}"));
    Run v = MainTest.jixiao("validate", f.toString(), "--templates", templates.toString());
    assertEquals(1, v.code(), v.err());
    assertTrue(v.err().contains("财政拨款"), v.err());
  }

  @Test
  void aVariantFileWithAMistakeIsOneDiagnosticNamingIt() throws IOException {
    Files.writeString(templates.resolve("county/variant.yaml"),
        VARIANT.replace("levels: \"2\"", "levels: \"4\""));
    Path f = write(DECLARATION);
    Run v = MainTest.jixiao("validate", f.toString(), "--templates", templates.toString());
    assertEquals(1, v.code(), v.err());
    assertTrue(v.err().contains("variant.yaml:"), v.err());
    assertFalse(v.err().contains("Exception"), v.err());
  }

  @Test
  void aMisspeltKeyUnderKeysIsReportedAtItsLineInTheVariantFile() throws IOException {
    // 权重 written 权種 under keys: would refuse the data's 权重 (layout-key) with no word of why
    Files.writeString(templates.resolve("county/variant.yaml"),
        VARIANT.replace("indicator: [value, 权重, type]", "indicator: [value, 权種, type]"));
    Path f = write(DECLARATION);
    Run v = MainTest.jixiao("validate", f.toString(), "--templates", templates.toString());
    assertEquals(1, v.code(), v.err());
    assertTrue(v.err().contains("county/variant.yaml:10:26: error[variant-file]: forms: 项目绩效目标表: keys: indicator: "
        + "中的「权種」既不是内置键，也不在 fields: indicator: 里"), v.err());
    // the line echoed is the variant file's, not the declaration's
    assertTrue(v.err().contains("10 |       indicator: [value, 权種, type]"), v.err());
    assertTrue(v.err().contains("是不是想写 权重？"), v.err());
    assertFalse(v.err().contains("layout-key"), v.err());
  }

  @Test
  void aValueOutsideItsListInTheVariantFileSaysWhichValuesAreAllowed() throws IOException {
    Files.writeString(templates.resolve("county/variant.yaml"),
        VARIANT.replace("each: project", "each: projects"));
    Path f = write(DECLARATION);
    Run v = MainTest.jixiao("validate", f.toString(), "--templates", templates.toString());
    assertEquals(1, v.code(), v.err());
    assertTrue(v.err().contains("county/variant.yaml:5:11: error[variant-file]: 版式文件 /forms/项目绩效目标表/each "
        + "的值「projects」不是可选的值"), v.err());
    // one message: not also the alternatives (false, or a mapping) the form's value failed
    assertFalse(v.err().contains("one and only one"), v.err());
    assertTrue(v.err().contains("写成 project 之一"), v.err());
  }

  /**
   * A mistake in a variant.yaml is shown with that file's own line (not the declaration's line of
   * the same number), once per place (not three times for the alternatives of a oneOf), with a
   * hint that names what exists.
   */
  @Test
  void aVariantFileMistakeShowsTheVariantsLineOnceWithAHintThatExists() throws IOException {
    Files.writeString(templates.resolve("county/variant.yaml"),
        VARIANT.replace("placeholder: error", "placeholder: loud"));
    Path f = write(DECLARATION);
    Run v = MainTest.jixiao("validate", f.toString(), "--templates", templates.toString());
    assertEquals(1, v.code(), v.err());
    List<String> heads = v.err().lines().filter(l -> l.contains("error[variant-file]")).toList();
    assertEquals(1, heads.size(), v.err());
    assertTrue(heads.get(0).contains("/checks/placeholder") && heads.get(0).contains("error") && !heads.get(0).contains("one and only one"),
        v.err());
    assertTrue(v.err().contains("|   placeholder: loud"), "the variant.yaml line is shown: " + v.err());
    assertFalse(v.err().contains("schema --variant"), "no such command: " + v.err());
  }

  /**
   * A key the variant file does not know is reported at its own line, with the nearest known key
   * and the keys allowed there, even beside a mistake deeper in the same form.
   */
  @Test
  void anUnknownKeyInTheVariantFileIsReportedAtItsLineWithTheKeysAllowed() throws IOException {
    Files.writeString(templates.resolve("county/variant.yaml"),
        VARIANT.replace("each: project", "each: projects\n    titel: x"));
    Path f = write(DECLARATION);
    Run v = MainTest.jixiao("validate", f.toString(), "--templates", templates.toString());
    assertEquals(1, v.code(), v.err());
    assertTrue(v.err().contains("county/variant.yaml:6:12: error[variant-file]: 版式文件 /forms/项目绩效目标表 里不能写「titel」"), v.err());
    assertTrue(v.err().contains("是不是想写 title？这里可写的键：each、keys、"), v.err());
    assertTrue(v.err().contains("county/variant.yaml:5:11: error[variant-file]: 版式文件 /forms/项目绩效目标表/each 的值「projects」"), v.err());
  }

  private static Path path(Path stem, String ext) {
    return stem.resolveSibling(stem.getFileName() + ext);
  }
}
