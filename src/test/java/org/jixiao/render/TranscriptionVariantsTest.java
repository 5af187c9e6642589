package org.jixiao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.validate.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same facts as a sample states them, written the ways another transcriber would (README
 * "The YAML, by example"): each case changes one place of a sample and says what jixiao must do.
 * {@code same}: no diagnostic, and every form prints exactly as the sample does. {@code warn
 * RULE}: that warning and no error, and the forms print as the sample's; {@code clean}: no
 * diagnostic (the value is printed as changed, {@code prints:} says what) ({@code warn RULE
 * written} where the value prints as written instead). {@code error RULE LINE}: one error, of that
 * rule, at that line, with a hint. A sample changed at a place that does not exist fails the case.
 */
class TranscriptionVariantsTest {
  private static final Path G = Samples.guangshui();
  private static final Path H = Samples.hengyang();
  private static final Path Z = Samples.DATA.resolve("2025/曾都区医疗保障信息中心.yaml");
  private static final Path REAL = Path.of("src/test/resources/real");
  private static final Path SC = REAL.resolve("2023-sichuan-mata.yaml");
  private static final Path BN = REAL.resolve("2022-banan-yipin.yaml");
  private static final Path FJ = REAL.resolve("2023-fengjie.yaml");
  private static final Path JY = REAL.resolve("2023-jiayuguan.yaml");
  private static final Path NJ = REAL.resolve("2023-nanjiang.yaml");
  private static final Renderer RENDERER = Samples.renderer();

  record Case(String name, Path sample, String old, String now, String expect) {
    @Override
    public String toString() {
      return name + " → " + expect;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        // amounts
        new Case("amount with the file's unit 万元", G, "amount: 4795,", "amount: 4795万元,", "same"),
        new Case("amount with 万", H, "budget: 50.00", "budget: 50.00万", "same"),
        new Case("amount with thousands comma, quoted", H, "amount: 1326.26}",
            "amount: \"1,326.26\"}", "same"),
        new Case("amount with thousands comma in a flow mapping", H, "amount: 1326.26}",
            "amount: 1,326.26}", "same"),
        new Case("amount with a yen sign", G, "amount: 43.43,", "amount: ¥43.43,", "same"),
        new Case("amount in full-width digits", G, "amount: 43.43,", "amount: ４３．４３,", "same"),
        new Case("amount quoted with a trailing space", H, "budget: 50.00", "budget: \"50.00 \"",
            "same"),
        new Case("amount quoted", H, "budget: 50.00", "budget: \"50.00\"", "same"),
        new Case("amount in Chinese quotes", H, "budget: 50.00", "budget: “50.00”", "same"),
        new Case("amount with a trailing full-width space", H, "budget: 50.00",
            "budget: 50.00\u3000", "same"),
        new Case("amount with 元 in a 元 file, written above money_unit", SC,
            "部门预算数: 8,827,620.53", "部门预算数: 8,827,620.53元", "same"),
        new Case("amount with 万元 in a 万元 file, written above money_unit", BN,
            "money_unit: 万元\n区级支出预算总量: 3724.39", "区级支出预算总量: 3724.39万元\nmoney_unit: 万元",
            "same"),
        new Case("amount in 万元 in a 元 file, written above money_unit", SC,
            "部门预算数: 8,827,620.53", "部门预算数: 882.76万元", "error money 19"),
        new Case("amount in 元 in a 万元 file", G, "amount: 4795,", "amount: 4795元,",
            "error money 13"),
        new Case("amount without the unit its cell prints", JY, "total_budget: 20万元", "total_budget: 20",
            "same"),
        new Case("amount with 万元 where the label says （万元）", NJ, "budget: 158.18", "budget: 158.18万元",
            "same"),
        new Case("amount with 元 in a 万元 file, on a form that prints 万元 in the cell", JY,
            "total_budget: 20万元", "total_budget: 200000元", "error money 25"),
        // keys written as the form prints their rows
        new Case("a key written as the form's row 政策依据", JY, "    basis: 甘财科[2022]78号",
            "    政策依据: 甘财科[2022]78号", "warn key-as-printed"),
        new Case("a key written as the form's row 项目总投资, with its amount", JY, "    total_budget: 20万元",
            "    项目总投资: 20万元", "warn key-as-printed"),
        new Case("a variant's own key written as the form's row 项目开始日期", JY, "    开始日期: 2023-01-01",
            "    项目开始日期: 2023-01-01", "warn key-as-printed"),
        new Case("a key written as the form's row with its unit 中央补助年度金额（万元）", NJ,
            "budget: 158.18", "中央补助年度金额（万元）: 158.18", "warn key-as-printed"),
        new Case("a unit's key written as the form's row 联系电话", G, "  phone: 0722-6249237",
            "  联系电话: 0722-6249237", "warn key-as-printed"),
        new Case("an indicator's key written as the form's row 指标分类", G,
            "中长期规划相符性: {value: 中长期规划相符, kind: 创新型}",
            "中长期规划相符性: {value: 中长期规划相符, 指标分类: 创新型}", "warn key-as-printed"),
        new Case("the layout written as 版式", JY, "layout: gansu-2023-project",
            "版式: gansu-2023-project", "warn key-as-printed"),
        new Case("a key written both as the form's row and as itself", JY, "    basis: 甘财科[2022]78号",
            "    basis: 甘财科[2022]78号\n    政策依据: 甘财科[2022]78号", "error unknown-key 39"),
        // dates and years
        new Case("a date of the variant's own key written in Chinese", JY, "开始日期: 2023-01-01",
            "开始日期: 2023年1月1日", "clean prints:2023年1月1日"),
        new Case("date in Chinese", G, "date: 2024-10-16", "date: 2024年10月16日", "same"),
        new Case("date with dots", G, "date: 2024-10-16", "date: 2024.10.16", "same"),
        new Case("date in full-width digits", G, "date: 2024-10-16", "date: ２０２４年１０月１６日",
            "same"),
        new Case("date in Chinese numerals", G, "date: 2024-10-16", "date: 二〇二四年十月十六日",
            "error date 9"),
        new Case("year with 年", G, "year: 2025", "year: 2025年", "same"),
        new Case("year as printed under the title, in brackets", G, "year: 2025", "year: （2025年度）", "same"),
        new Case("year quoted", G, "year: 2025", "year: \"2025\"", "same"),
        new Case("long-term goal as the years of the plan", G, "until: 2027",
            "until: 2025-2027年", "warn year-goal"),
        new Case("long-term goal as years with dashes and 年", G, "until: 2027",
            "until: 2025年—2027年", "warn year-goal"),
        new Case("long-term goal with a two-digit year", G, "until: 2027", "until: 2025-27",
            "error year 59"),
        // indicator values
        new Case("value quoted", G, "预算执行率: 100%", "预算执行率: \"100%\"", "same"),
        new Case("value with a trailing tab", G, "预算执行率: 100%", "预算执行率: 100%\t", "same"),
        new Case("value with a trailing full-width space", G, "预算执行率: 100%",
            "预算执行率: 100%\u3000", "same"),
        new Case("value with a full-width percent sign", G, "覆盖率: ≥95%", "覆盖率: ≥95％",
            "warn value-typo written"),
        new Case("value with >= typed", G, "覆盖率: ≥95%", "覆盖率: \">=95%\"",
            "warn value-typo written"),
        new Case("value with spaces", G, "覆盖率: ≥95%", "覆盖率: ≥ 95 %", "warn-none written"),
        new Case("value with ≥ under the type 定量", BN,
            "预算执行率: {weight: \"10\", unit: \"%\", type: \"=\", value: \"100\"}",
            "预算执行率: {weight: \"10\", unit: \"%\", type: 定量, value: ≥95%}",
            "clean prints:<cell>≥95%</cell>"),
        new Case("value in words under the type 定量", BN,
            "预算执行率: {weight: \"10\", unit: \"%\", type: \"=\", value: \"100\"}",
            "预算执行率: {weight: \"10\", unit: \"%\", type: 定量, value: 全部完成}",
            "warn value-type prints:<cell>全部完成</cell>"),
        new Case("value in words", G, "覆盖率: ≥95%", "覆盖率: 不低于95%", "warn-none written"),
        new Case("value from an alias", G, "      预算执行率: 100%\n      结转结余率: ≤1%\n      政府采购执行率: 100%",
            "      预算执行率: &full 100%\n      结转结余率: ≤1%\n      政府采购执行率: *full", "same"),
        // long texts wrapped over lines in the file
        new Case("a text wrapped after a Chinese comma", G, "  - 落实城乡居民医疗保险政策，保障居民基本医疗健康.",
            "  - 落实城乡居民医疗保险政策，\n    保障居民基本医疗健康.", "same"),
        new Case("a text wrapped between two Chinese characters", G,
            "  - 落实城乡居民医疗保险政策，保障居民基本医疗健康.",
            "  - 落实城乡居民医疗保险政策，保障居民\n    基本医疗健康.", "same"),
        new Case("a numbered list wrapped over lines", G,
            "  - 落实城乡居民医疗保险政策，保障居民基本医疗健康.",
            "  - 落实城乡居民医疗保险政策：\n    1、保障居民基本医疗；\n    （2）健全制度.",
            "clean prints:落实城乡居民医疗保险政策：\n1、保障居民基本医疗；\n（2）健全制度."),
        // keys and names
        new Case("keys in another order", H, "  name: 衡阳市医疗保障局\n  code: \"062001\"",
            "  code: \"062001\"\n  name: 衡阳市医疗保障局", "same"),
        new Case("indicator name with a trailing full-width space", G, "      预算执行率: 100%",
            "      预算执行率\u3000: 100%", "same"),
        new Case("indicator name with a zero-width space", G, "      预算执行率: 100%",
            "      预算执行率\u200b: 100%", "warn control-char"),
        new Case("byte-order mark inside the file", G, "layout: hubei", "\ufefflayout: hubei",
            "warn control-char"),
        new Case("category with a trailing full-width space", G, "category: 常年性项目\n    total_budget: 12",
            "category: 常年性项目\u3000\n    total_budget: 12", "same"),
        new Case("project attribute written partly", Z, "attribute: 持续性项目", "attribute: 持续性",
            "warn-none written"), // the 湖北 form's list is open: printed as written
        new Case("project end year written 长期", Z, "attribute: 持续性项目",
            "attribute: 持续性项目\n    start_year: 2024年\n    end_year: 长期",
            "warn project-year prints:长期</cell>"),
        new Case("project years with their month", Z, "attribute: 持续性项目",
            "attribute: 持续性项目\n    start_year: 2024.01\n    end_year: 2024.12",
            "warn project-year prints:2024.12</cell>"),
        new Case("project years with 年度", Z, "attribute: 持续性项目",
            "attribute: 持续性项目\n    start_year: 2024年度\n    end_year: ２０２６年",
            "clean prints:2026</cell>"),
        new Case("source line named partly, one line holds it", Z, "一般公共预算财政拨款: 10.00",
            "一般公共预算: 10.00", "warn value-list"),
        new Case("source line named partly, three lines hold it", Z, "一般公共预算财政拨款: 10.00",
            "财政拨款: 10.00", "error value-list 28"),
        new Case("source line with the form's 其中：", Z, "一般公共预算财政拨款: 10.00",
            "一般公共预算财政拨款: 10.00\n      其中：申请当年预算拨款: 10.00", "warn-none"),
        new Case("sources written as a list of name and amount", Z,
            "    sources:\n      一般公共预算财政拨款: 10.00",
            "    sources:\n      - {name: 一般公共预算财政拨款, amount: 10.00}", "warn fund-rows"),
        // indicator levels
        new Case("first level 产出 without 指标", H,
            "      产出指标:\n        数量指标:\n          办公场地租用层数",
            "      产出:\n        数量指标:\n          办公场地租用层数", "warn project-first-level"),
        new Case("first level 服务对象满意度指标", H,
            "      满意度指标:\n        服务对象满意度指标:\n          服务对象满意度: {value: 95, content: 满意度情况, scoring: 达到95%得满分",
            "      服务对象满意度指标:\n        服务对象满意度指标:\n          服务对象满意度: {value: 95, content: 满意度情况, scoring: 达到95%得满分",
            "warn project-first-level"),
        new Case("first level with its score range in full-width brackets", FJ,
            "      成本指标(0-20)分:", "      成本指标（0-20）分:", "warn project-first-level"),
        new Case("first level with its score range and spaces", FJ,
            "      成本指标(0-20)分:", "      成本指标 (0-20) 分:", "warn project-first-level"),
        new Case("second level 数量 without 指标", H, "        数量指标:\n          办公场地租用层数",
            "        数量:\n          办公场地租用层数", "warn project-first-level"),
        new Case("indicator right under its first level", H,
            "        数量指标:\n          办公场地租用层数: {",
            "        办公场地租用层数: {",
            "warn indicator-second-level prints:<cell>办公场地租用层数</cell><cell>2</cell>"),
        // YAML itself
        new Case("tab for indentation", G, "      预算执行率: 100%", "\t\t\t预算执行率: 100%",
            "error yaml-syntax 88"),
        new Case("a key indented to no level", H,
            "        数量指标:\n          办公场地租用层数: {value: 2, content: 办公场地租用层数, scoring: 办公场地租用层数, unit: 层, type: ≥}\n        质量指标:",
            "        数量指标:\n          办公场地租用层数: {value: 2, content: 办公场地租用层数, scoring: 办公场地租用层数, unit: 层, type: ≥}\n         质量指标:",
            "error yaml-syntax 28"),
        new Case("the same indicator twice", Z, "          工作满意度: ≥90%",
            "          工作满意度: ≥90%\n          工作满意度: ≥95%", "error yaml-duplicate-key 66"),
        new Case("a 合计 line among the sources", Z, "一般公共预算财政拨款: 10.00",
            "一般公共预算财政拨款: 10.00\n      合计: 10.00", "error total-sources 29"),
        new Case("CRLF line ends", G, "\n", "\r\n", "same"),
        new Case("a byte-order mark and CRLF", G, "# 广水市", "\ufeff# 广水市", "same"),
        // shapes another transcriber writes
        new Case("the value written 指标值 where the form titles it 指标值（预计当年实现值）", H,
            "办公场地租用层数: {value: 2,", "办公场地租用层数: {指标值: 2,", "warn key-as-printed"),
        new Case("the indicators of a second level as a list of {name:, value:}", H,
            "          租赁费及时支付率: {value: 100, content: 租赁费及时支付率, scoring: 达到100%得满分, unit: \"%\", type: \"=\"}",
            "          - {name: 租赁费及时支付率, value: 100, content: 租赁费及时支付率, scoring: 达到100%得满分, unit: \"%\", type: \"=\"}",
            "warn indicator-rows"),
        new Case("the indicators of a second level as a list of {指标名称:, 指标值:}", H,
            "          长效管理机制健全: {value: 健全, content: 长效管理机制健全, scoring: 健全得满分, unit: 健全, type: 定性}\n"
                + "          保障单位正常运转: {value: 有效保障,",
            "          - {指标名称: 长效管理机制健全, 指标值: 健全, content: 长效管理机制健全, scoring: 健全得满分, unit: 健全, type: 定性}\n"
                + "          - {指标名称: 保障单位正常运转, 指标值: 有效保障,",
            "warn indicator-rows"),
        new Case("a unit's row written at the top as the form prints it (填报人)", G,
            "unit:\n  name: 广水市医疗保障局\n  level: 一级\n  contact: 魏建琴\n",
            "填报人: 魏建琴\nunit:\n  name: 广水市医疗保障局\n  level: 一级\n", "warn key-as-printed"),
        new Case("the unit written as the form's rows, without unit:", Z,
            "unit:\n  name: 曾都区医疗保障信息中心\n  level: 二级\n",
            "部门（单位）名称: 曾都区医疗保障信息中心\n单位级次: 二级\n", "warn key-as-printed"),
        new Case("the unit as its name alone", REAL.resolve("2020-qingshan-school.yaml"),
            "unit:\n  name: 武汉市青山区教育局\n", "unit: 武汉市青山区教育局\n", "warn unit-as-name"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachWayOfWritingTheSameFactGetsItsBehaviour(Case c) throws IOException {
    String sample = Files.readString(c.sample(), StandardCharsets.UTF_8);
    assertTrue(sample.contains(c.old()), "the sample has " + c.old());
    String changed = c.old().equals("\n") ? sample.replace("\n", "\r\n")
        : sample.replaceFirst(java.util.regex.Pattern.quote(c.old()),
            java.util.regex.Matcher.quoteReplacement(c.now()));
    String name = c.sample().getFileName().toString();
    Validator.Report report = check(name, changed);
    List<Diagnostic> found = report.diagnostics();
    String all = String.join("\n", found.stream().map(Diagnostic::headline).toList());
    String[] want = c.expect().split(" ");
    for (Diagnostic d : found) {
      assertFalse(d.hint().isBlank(), "every diagnostic says how to fix it: " + d.headline());
      assertTrue(d.line() > 0, "every diagnostic has its line: " + d.headline());
    }
    switch (want[0]) {
      case "error" -> {
        assertEquals(1, found.stream().filter(Diagnostic::isError).count(), all);
        Diagnostic e = found.stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals(want[1], e.rule(), all);
        assertEquals(Integer.parseInt(want[2]), e.line(), all);
        return;
      }
      case "same", "clean" ->
          assertEquals(List.of(), found.stream().map(Diagnostic::headline).toList());
      case "warn-none" -> assertFalse(report.hasErrors(), all);
      case "warn" -> {
        assertFalse(report.hasErrors(), all);
        assertTrue(found.stream().anyMatch(d -> d.rule().equals(want[1])), all);
      }
      default -> throw new AssertionError("unknown expectation " + c.expect());
    }
    if (want[want.length - 1].startsWith("prints:")) {
      String text = want[want.length - 1].substring("prints:".length());
      assertTrue(forms(report).stream().anyMatch(x -> x.contains(text)), "prints " + text);
    } else if (want[want.length - 1].equals("written")) {
      assertTrue(forms(report).stream().anyMatch(x -> x.contains(c.now().replaceAll("^.*: ", "")
          .replace("\"", "").replace("&", "&amp;").replace(">", "&gt;"))), "prints as written");
    } else if (!want[0].equals("warn-none") && !want[0].equals("clean")) {
      assertEquals(forms(check(name, sample)), forms(report), "prints as the sample does");
    }
  }

  private static Validator.Report check(String name, String text) {
    return RENDERER.validator(Messages.ZH, false).check(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> forms(Validator.Report r) {
    return RENDERER.layouts(r.declaration()).stream().map(Renderer.FormXml::xml).toList();
  }
}
