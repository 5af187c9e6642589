package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.cli.MainTest.Run;
import org.jixiao.enrich.StandardIndicator;
import org.jixiao.layout.LayoutReader;
import org.jixiao.model.Declaration;
import org.jixiao.model.FundLine;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorCategory;
import org.jixiao.model.IndicatorGroup;
import org.jixiao.render.Renderer;
import org.jixiao.render.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code jixiao init}: blank scaffolds and next year's declaration. */
class InitCommandTest {
  @TempDir
  Path dir;

  private static Run jixiao(String... args) {
    return MainTest.jixiao(args);
  }

  /**
   * A variant names the sections as its form prints them in its own folder (fields: declaration:
   * and funds:), and jixiao init's comments use its words: no Java knows any variant's wording.
   */
  @org.junit.jupiter.api.Test
  void aVariantsBlankCommentsTheSectionsInItsOwnWords() throws IOException {
    Path templates = dir.resolve("templates");
    Path city = Files.createDirectories(templates.resolve("city"));
    Files.writeString(city.resolve("variant.yaml"), """
        extends: hubei
        fields:
          declaration:
            funds: {title: 部门预算安排}
            annual_goal: {title: 年度绩效总目标, description: 每条一段，表上印作 一、二、三}
            tasks: {title: 重点工作}
          funds:
            income: {title: 收入预算}
            expenditure: {title: 支出预算}
        """);
    Path f = dir.resolve("new.yaml");
    Run r = jixiao("init", f.toString(), "--unit", "某某局", "--year", "2026", "--layout", "city",
        "--templates", templates.toString());
    assertEquals(0, r.code(), r.err());
    Map<String, String> comments = new TreeMap<>();
    Files.readString(f).lines().filter(l -> l.contains("# ") && !l.startsWith("#"))
        .forEach(l -> comments.putIfAbsent(l.substring(0, l.indexOf(':')).strip(), l.substring(l.indexOf("# ") + 2)));
    // the schema's general help after the variant's title, or the variant's own description
    assertEquals("部门预算安排：" + org.jixiao.model.DeclarationKeys.initHelp(
        org.jixiao.model.DeclarationKeys.Scope.DECLARATION, "funds", ""), comments.get("funds"));
    assertEquals("收入预算", comments.get("income"));
    assertEquals("支出预算", comments.get("expenditure"));
    assertEquals("年度绩效总目标：每条一段，表上印作 一、二、三", comments.get("annual_goal"));
    assertTrue(comments.get("tasks").startsWith("重点工作："), comments.get("tasks"));
    // the parent's words where the edition says nothing (its unit keys), and no other variant's
    assertEquals("填报人，即填表人", comments.get("contact"));
    assertFalse(Files.readString(f).contains("部门总体资金情况") || Files.readString(f).contains("收入构成"),
        Files.readString(f));
    Run v = jixiao("validate", f.toString(), "--templates", templates.toString());
    assertEquals(0, v.code(), v.err());
    Run s = jixiao("schema", "--layout", "city", "--templates", templates.toString());
    assertEquals(0, s.code(), s.err());
    assertTrue(s.out().contains("\"收入预算\"") && s.out().contains("\"部门预算安排\""), s.out());
    // funds: takes a title for its two blocks only, never a key of its own
    Files.writeString(city.resolve("variant.yaml"), "extends: hubei\nfields:\n  funds:\n    其他收入: {title: 其他收入}\n");
    Run bad = jixiao("validate", f.toString(), "--templates", templates.toString());
    assertEquals(1, bad.code(), bad.err());
    assertTrue(bad.err().contains("variant.yaml") && bad.err().contains("其他收入"), bad.err());
  }

  @org.junit.jupiter.api.Test
  void theBlankOffersNoFundBlockTheFormHasNoLineFor() throws IOException {
    Path f = dir.resolve("dept.yaml");
    Run r = jixiao("init", f.toString(), "--unit", "某某局", "--year", "2026", "--layout", "central-2015-dept");
    assertEquals(0, r.code(), r.err());
    String text = Files.readString(f);
    // 金额合计 has 财政拨款 | 其他资金 and no 支出 line (lists: funds.expenditure: closed, empty)
    assertTrue(text.contains("  income:") && !text.contains("expenditure:"), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"hubei", "hubei-2023", "henan", "central-2015-dept", "ningde-2019-dept",
      "county-416-project", "ningxiang-2021-project", "chongqing-banan-2022-dept"})
  void theBlankScaffoldLoadsListsEveryStandardIndicatorEmptyAndRenders(String layout)
      throws IOException {
    Path f = dir.resolve("new.yaml");
    Run r = jixiao("init", f.toString(), "--unit", "某某局", "--year", "2026", "--layout", layout);
    assertEquals(0, r.code(), r.err());
    String text = Files.readString(f);
    assertTrue(text.contains("  name: 某某局"), text);
    assertTrue(text.lines().filter(l -> l.contains(":") && !l.strip().startsWith("#")
        && !l.strip().startsWith("-")).allMatch(l -> l.contains("# ")), "every key has a comment");
    Renderer renderer = Samples.renderer();
    Declaration d = Samples.load(renderer, f);
    assertEquals(2026, d.year());
    assertEquals(layout, d.layout());
    List<Indicator> written = new ArrayList<>();
    for (IndicatorCategory c : d.annualIndicators()) {
      for (IndicatorGroup g : c.groups()) {
        written.addAll(g.indicators());
      }
    }
    List<String> names = written.stream().map(Indicator::name).toList();
    for (StandardIndicator s : renderer.library(layout).all()) {
      String name = s.numbered() ? s.numberedAs("1").name() : s.name();
      assertTrue(names.contains(name), name + " listed");
    }
    assertTrue(written.stream().allMatch(i -> i.value().isEmpty()), "values are empty");
    for (Renderer.FormXml form : renderer.layouts(d)) {
      LayoutReader.read(form.xml()); // a schema-valid blank form
      assertTrue(form.xml().contains("某某局"));
      if (layout.equals("county-416-project")) { // one project with every key its form prints
        assertTrue(form.xml().contains("新增项目 □        延续项目 □"), form.xml());
        assertTrue(form.xml().contains("<cell colspan=\"2\" align=\"left\">自有资金：</cell>"),
            form.xml());
        assertTrue(text.contains("    起止时间:"), text);
        assertTrue(text.contains("  - name:                   # 项目实施内容\n    开始时间:"), text);
      }
      if (layout.equals("ningxiang-2021-project")) { // the groups its form prints, not its family's
        assertTrue(text.contains("        生态效益指标:") && form.xml().contains(">生态效益指标<"), text);
        assertFalse(text.contains("环境效益指标") || form.xml().contains("环境效益指标"), form.xml());
      }
      if (layout.equals("ningde-2019-dept")) { // the task keys its form prints, in its order
        assertTrue(text.contains("  - 部门职能:"), text);
        assertFalse(text.contains("    name:"), text);
      }
      if (layout.equals("hubei")) { // as seed 004's blank 附件1: 合计 is 100% before any amount
        assertTrue(form.xml().contains("<cell colspan=\"2\">合 计</cell><cell colspan=\"2\" "
            + "type=\"number\"></cell><cell type=\"number\">100%</cell>"), form.xml());
        String list = "<p>1. ；</p><p>2. ；</p><p>3. ；</p><p>……</p>";
        assertTrue(form.xml().contains("<cell>部门职能概述</cell>\n        <cell colspan=\"8\" "
            + "align=\"justify\" valign=\"top\">" + list), form.xml());
        assertTrue(form.xml().contains("<cell>年度工作任务</cell>\n        <cell colspan=\"8\" "
            + "align=\"justify\" valign=\"top\">" + list), form.xml());
        String goals = "<p>目标 1：</p><p>目标 2：</p><p>目标 3：</p><p>……</p></cell>";
        assertTrue(form.xml().contains("<cell rowspan=\"2\">整体绩效总目标</cell>\n        "
            + "<cell colspan=\"4\">长期目标（截止  年）</cell><cell colspan=\"4\">年度目标</cell>"),
            form.xml());
        assertEquals(2, form.xml().split(goals, -1).length - 1, "目标 1：… under both halves");
      }
      if (layout.equals("henan")) { // the 指标值说明 column is filled in on the blank form too
        assertTrue(form.xml().contains("预算执行率=（预算完成数/预算数）×100%。"), form.xml());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"--unit", "--from"})
  void anExistingFileIsNeverOverwrittenWithoutForce(String how) throws IOException {
    Path f = dir.resolve("old.yaml");
    Files.writeString(f, "我的数据\n");
    String[] args = how.equals("--unit")
        ? new String[] {"init", f.toString(), "--unit", "某某局", "--year", "2026"}
        : new String[] {"init", f.toString(), "--from", Samples.guangshui().toString()};
    Run r = jixiao(args);
    assertEquals(1, r.code());
    assertTrue(r.err().contains("error[init-exists]: 文件已存在，未做任何修改"), r.err());
    assertEquals("我的数据\n", Files.readString(f));
    List<String> forced = new ArrayList<>(List.of(args));
    forced.add("--force");
    assertEquals(0, jixiao(forced.toArray(String[]::new)).code());
    assertTrue(Files.readString(f).startsWith("# "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"--year 2026", "--unit 某某局", "--unit 某某局 --year 2026 --from x.yaml"})
  void missingOrClashingOptionsAreUsageErrors(String options) {
    List<String> args = new ArrayList<>(List.of("init", dir.resolve("n.yaml").toString()));
    args.addAll(List.of(options.split(" ")));
    Run r = jixiao(args.toArray(String[]::new));
    assertEquals(2, r.code(), r.err());
    assertTrue(!Files.exists(dir.resolve("n.yaml")));
  }

  @org.junit.jupiter.api.Test
  void anUnknownLayoutIsAUsageErrorNamingTheKnownOnes() {
    Run r = jixiao("init", dir.resolve("n.yaml").toString(), "--unit", "某某局", "--year",
        "2026", "--layout", "hunan-x");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("henan"), r.err());
  }

  /**
   * A variant printed per project (88号 family): init writes one project to fill in, with exactly
   * the keys its form prints, the family's frame in each indicator table, and no key the form
   * would refuse; the blank renders as the blank form.
   */
  @Test
  void anUnknownLayoutNamesTheVariantsWhoseFormHasThatNameInOrder() throws IOException {
    // a user looks for the form by the name it prints; the list is in name order on every run
    Path f = dir.resolve("new.yaml");
    Run r = jixiao("init", f.toString(), "--unit", "某某局", "--year", "2026", "--layout", "中央预算内投资");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("未知的版式 中央预算内投资；名称或说明含「中央预算内投资」的版式：central-investment-plan（"
        + "中央预算内投资计划绩效目标表"), r.err());
    assertTrue(r.err().contains("可用：anhui-jinzhai-2021-project, anhui-mengcheng-project, central-2015-dept, "), r.err());
    assertTrue(!Files.exists(f));
  }

  @Test
  void aBlankHunanFileShowsHowAProjectOfTheProjectFormIsWritten() throws IOException {
    // 湖南's 项目支出绩效目标表 is printed from projects: a transcriber of that form needs its keys
    Path f = dir.resolve("new.yaml");
    Run r = jixiao("init", f.toString(), "--unit", "某某局", "--year", "2026", "--layout", "hunan",
        "--templates", "templates");
    assertEquals(0, r.code(), r.err());
    String text = Files.readString(f);
    assertTrue(text.contains("projects:                   # 项目支出情况"), text);
    assertTrue(text.contains("# - {name: 项目名称, code: 项目编码, direction: 支出方向, budget: "), text);
    Run v = jixiao("validate", "--templates", "templates", f.toString());
    assertEquals(0, v.code(), v.err());
  }

  @Test
  void aFormWithoutAValueColumnSaysWhichKeysItsIndicatorLinesTake() throws IOException {
    // 龙岩's rows have 指标解释 and a column per county but no 指标值: 名称: 值 would be refused
    Path f = dir.resolve("new.yaml");
    Run r = jixiao("init", f.toString(), "--unit", "某某局", "--year", "2026", "--layout",
        "fujian-longyan-transfer");
    assertEquals(0, r.code(), r.err());
    String text = Files.readString(f);
    assertTrue(text.contains("# 换成本单位的三级指标，写成 名称: {explanation: …, 区域目标值: …}（表上没有指标值一栏）"), text);
    // a key of the variant's own says what to write, as its fields: description: says it
    assertTrue(text.contains("补助区域:               # 补助区域：钱补到哪些县（市、区），照表上写"), text);
    assertTrue(!text.contains("城乡居民医疗保险覆盖率: ≥95%"), text);
    Run v = jixiao("validate", f.toString());
    assertTrue(!v.err().contains("error["), v.err());
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "central-2015-project | name,department,executor,attribute,period,total_budget,total_fiscal,"
          + "total_other,budget,fiscal,other,term,long_term_goal,goal,long_term_indicators,indicators",
      "hunan-xiangtan-project | name,budget,superior,period,long_term_goal,goal,indicators"})
  void aProjectFormVariantGetsOneProjectToFillIn(String layout, String keys) throws IOException {
    Path f = dir.resolve("new.yaml");
    Run r = jixiao("init", f.toString(), "--unit", "某某局", "--year", "2026", "--layout", layout);
    assertEquals(0, r.code(), r.err());
    String text = Files.readString(f);
    List<String> written = text.lines().filter(l -> l.startsWith("    ") && !l.startsWith("     "))
        .map(l -> l.strip().replaceFirst(":.*", "")).toList();
    List<String> want = new ArrayList<>(List.of(keys.split(",")));
    want.remove("name");
    assertEquals(want, written, text);
    assertTrue(text.contains("  - name: 项目名称"), text);
    Run v = jixiao("validate", f.toString());
    assertEquals(0, v.code(), v.err());
    assertTrue(!v.err().contains("error["), v.err());
    Renderer renderer = Samples.renderer();
    Declaration d = Samples.load(renderer, f);
    assertEquals(1, d.projects().size());
    assertEquals("成本指标", d.projects().get(0).indicators().get(0).groups().get(3).name(),
        "成本指标 is the fourth second level under 产出指标 in this family");
    List<Renderer.FormXml> forms = renderer.layouts(d);
    assertEquals(1, forms.size());
    LayoutReader.read(forms.get(0).xml());
    assertTrue(forms.get(0).xml().contains("<cell>成本指标</cell>")
        || forms.get(0).xml().contains(">成本指标</cell>"), forms.get(0).xml());
  }

  /** Last year's file with keys written as the form prints its rows is read as render reads it. */
  @Test
  void fromAFileWithKeysWrittenAsTheFormsRowsReadsThemAsTheirKeys() throws IOException {
    Path last = dir.resolve("2023.yaml");
    Files.writeString(last, Files.readString(Path.of("src/test/resources/real/2023-jiayuguan.yaml"))
        .replaceFirst("\n    basis: ", "\n    政策依据: "));
    Path f = dir.resolve("2024.yaml");
    Run r = jixiao("init", f.toString(), "--from", last.toString(), "--templates", "templates");
    assertEquals(0, r.code(), r.err());
    Declaration next = Samples.load(Samples.renderer(), f);
    assertEquals(2024, next.year());
    assertEquals("甘财科[2022]78号", next.projects().get(0).details().basis());
  }

  @org.junit.jupiter.api.Test
  void fromGuangshui2025GivesAValid2026FileWithTheHistoryColumnsShifted() throws IOException {
    Path f = dir.resolve("广水市医疗保障局.yaml");
    Run r = jixiao("init", f.toString(), "--from", Samples.guangshui().toString());
    assertEquals(0, r.code(), r.err());
    Renderer renderer = Samples.renderer();
    Declaration old = Samples.load(renderer, Samples.guangshui());
    Declaration next = Samples.load(renderer, f);
    assertEquals(2026, next.year());
    assertNull(next.unit().date());
    assertEquals(old.functions(), next.functions());
    assertEquals(old.tasks(), next.tasks());
    assertEquals(old.projects(), next.projects());
    assertEquals(shape(old.longTermIndicators()), shape(next.longTermIndicators()));
    assertEquals(old.annualGoal(), next.annualGoal());
    Map<String, Indicator> before = annual(old);
    Map<String, Indicator> after = annual(next);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((k, o) -> {
      Indicator n = after.get(k);
      assertEquals(o.lastYear(), n.yearBefore(), k + " 前年 ← 上年");
      assertEquals(o.value(), n.lastYear(), k + " 上年 ← 预期值");
      assertEquals(o.value(), n.value(), k);
      assertEquals(o.basis() + o.kind(), n.basis() + n.kind(), k);
    });
    List<FundLine> oldLines = new ArrayList<>(old.funds().income());
    oldLines.addAll(old.funds().expenditure());
    List<FundLine> newLines = new ArrayList<>(next.funds().income());
    newLines.addAll(next.funds().expenditure());
    for (int i = 0; i < oldLines.size(); i++) {
      assertEquals(text(oldLines.get(i).lastYear()), text(newLines.get(i).yearBefore()));
      assertEquals(text(oldLines.get(i).amount()), text(newLines.get(i).lastYear()));
    }
    String text = Files.readString(f);
    assertTrue(text.contains("公用经费控制率: {year_before: 95%, last_year: ≤95%, value: ≤95%}"
        + "  # 上年值取自去年的预期值，请核实为实际完成值"), text);
    // what the user wrote survives: the file's own comments and the order of its keys
    assertTrue(text.contains("# seed 001 leaves 依据/分类 blank here"), "comments kept");
    assertTrue(text.contains("# 广水市医疗保障局 — 部门整体绩效目标申报表 (湖北)"), "header kept");
    String xml = renderer.layouts(next).get(0).xml();
    assertTrue(xml.contains("<cell>2025年</cell>"));
    // a unit that wrote its goals gets seed 001's labelled rows, not the blank form's 整体绩效总目标
    assertTrue(!xml.contains("整体绩效总目标") && !xml.contains("目标 1："), xml);
    assertTrue(xml.contains("<cell>长期目标：（截止 2027 年）</cell>"), xml);
  }

  @org.junit.jupiter.api.Test
  void fromZengdu2025ShiftsTheProjectsAnnualTableAndRendersItsHistoryYears() throws IOException {
    Path source = Samples.DATA.resolve("2025/曾都区医疗保障信息中心.yaml");
    Path f = dir.resolve("曾都区医疗保障信息中心.yaml");
    Run r = jixiao("init", f.toString(), "--from", source.toString());
    assertEquals(0, r.code(), r.err());
    Renderer renderer = Samples.renderer();
    Declaration old = Samples.load(renderer, source);
    Declaration next = Samples.load(renderer, f);
    assertNull(old.unit().date(), "the sample has no 填报日期, so there is none to clear");
    var before = old.projects().get(0);
    var after = next.projects().get(0);
    assertEquals(before.details(), after.details(), "start/end years and budget_changes kept");
    assertEquals(shape(before.longTermIndicators()), shape(after.longTermIndicators()));
    Map<String, Indicator> was = lines(before.indicators());
    Map<String, Indicator> now = lines(after.indicators());
    assertEquals(was.keySet(), now.keySet());
    was.forEach((k, o) -> {
      assertEquals(o.lastYear(), now.get(k).yearBefore(), k + " 前年 ← 上年");
      assertEquals(o.value(), now.get(k).lastYear(), k + " 上年 ← 预计当年实现");
      assertEquals(o.value(), now.get(k).value(), k);
    });
    String text = Files.readString(f);
    assertTrue(text.contains("职工医保码激活率: {year_before: ＞80%, last_year: ＞90%, value: ＞90%, "
        + "basis: 上年数据}  # 上年值取自去年的预期值，请核实为实际完成值"), text);
    assertTrue(text.startsWith("# 由 jixiao init --from " + source + " 生成：年度加一，"
        + "上年、前年两列已顺移（标有“请核实”的行）。\n"), text);
  }

  /** The tables without source lines, which move by the comment init adds on top. */
  private static List<String> shape(List<IndicatorCategory> table) {
    List<String> out = new ArrayList<>();
    for (IndicatorCategory c : table) {
      for (IndicatorGroup g : c.groups()) {
        out.add(c.name() + "/" + g.name());
        g.indicators().forEach(i -> out.add(i.name() + "=" + i.value() + "|" + i.yearBefore() + "|"
            + i.lastYear() + "|" + i.basis() + "|" + i.kind() + "|" + i.explanation()));
      }
    }
    return out;
  }

  private static String text(org.jixiao.model.Money m) {
    return m == null ? "" : m.text();
  }

  private static Map<String, Indicator> annual(Declaration d) {
    return lines(d.annualIndicators());
  }

  private static Map<String, Indicator> lines(List<IndicatorCategory> table) {
    Map<String, Indicator> out = new TreeMap<>();
    for (IndicatorCategory c : table) {
      for (IndicatorGroup g : c.groups()) {
        for (Indicator i : g.indicators()) {
          out.put(c.name() + "/" + g.name() + "/" + i.name(), i);
        }
      }
    }
    return out;
  }

  @org.junit.jupiter.api.Test
  void renderReportsAnUnknownIndicatorAtItsLineWithTheNearestStandardNames() throws IOException {
    Path f = dir.resolve("u.yaml");
    Files.writeString(f, "layout: henan\nyear: 2026\nunit: {name: 某某局}\nannual_indicators:\n"
        + "  预算执行: 100%\n");
    Run r = jixiao("render", f.toString(), "--emit", "layout");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("u.yaml:5:3: error[indicator-unknown]: 「预算执行」不是版式 henan "
        + "的标准指标，又没有写明一级、二级指标"), r.err());
    assertTrue(r.err().contains(" 5 |   预算执行: 100%"), r.err());
    assertTrue(r.err().contains("= 提示 (hint): 是不是想写 预算执行率"), r.err());
  }
  /**
   * A new three-level variant without indicators.yaml (a transcriber's first folder): the blank
   * file names a 二级 line and a 三级 line under each 一级, so filling them in as their comments say
   * validates; and the variant's init: money_unit: 元 is the file's money_unit.
   */
  @Test
  void aThreeLevelVariantWithoutALibraryGetsASecondAndAThirdLevelLineToFill() throws IOException {
    Path tmp = dir;
    Path variant = tmp.resolve("templates/sichuan-2023-projects");
    Files.createDirectories(variant);
    for (String f : List.of("variant.yaml", "texts.yaml", "部门预算项目绩效目标申报表.vm")) {
      Files.copy(Path.of("templates/sichuan-2023-projects").resolve(f), variant.resolve(f));
    }
    Path file = tmp.resolve("new.yaml");
    Run r = MainTest.jixiao("init", file.toString(), "--unit", "某镇人民政府", "--year", "2024",
        "--layout", "sichuan-2023-projects", "--templates", tmp.resolve("templates").toString());
    assertEquals(0, r.code(), r.err());
    String text = Files.readString(file);
    assertTrue(text.contains("money_unit: 元"), text);
    assertTrue(text.contains("      产出指标:             # 一级指标\n        ……:                 # 二级指标"), text);
    String filled = text.replace("      产出指标:             # 一级指标\n        ……:", "      产出指标:\n        数量指标:")
        .replaceFirst("          ……:[^\n]*", "          村组干部人数: ≥230");
    Files.writeString(file, filled);
    Run v = MainTest.jixiao("validate", "--templates", tmp.resolve("templates").toString(), file.toString());
    assertFalse(v.err().contains("error["), v.err());
  }

  /**
   * A variant printed per project (88号 family): init writes one project to fill in, with exactly
   * the keys its form prints, the family's frame in each indicator table, and no key the form
   * would refuse; the blank renders as the blank form.
   */
  @Test
  void aFormWhoseRowsHaveColumnsBesidesTheValueSaysHowToFillThem() throws IOException {
    // the 范本's rows are 绩效内容 | 参考标准 | 绩效目标值: 名称: ≥95% alone would leave two empty
    Path f = dir.resolve("new.yaml");
    Run r = jixiao("init", f.toString(), "--unit", "某某局", "--year", "2026", "--layout",
        "county-416-fanben");
    assertEquals(0, r.code(), r.err());
    String text = Files.readString(f);
    assertTrue(text.contains("# 换成本单位的三级指标，写成 名称: 指标值，或 名称: {content: …, standard: …, value: …}"), text);
    assertTrue(!text.contains("城乡居民医疗保险覆盖率"), text);
    // a form with 指标值 and 备注 only keeps the short example, its levels named as the form heads
    // them (指标内容)
    Path g = dir.resolve("g.yaml");
    assertEquals(0, jixiao("init", g.toString(), "--unit", "某某局", "--year", "2026", "--layout",
        "county-416-project").code());
    assertTrue(Files.readString(g).contains("# 换成本单位的指标内容，如 城乡居民医疗保险覆盖率: ≥95%"));
  }
}
