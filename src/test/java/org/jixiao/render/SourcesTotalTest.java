package org.jixiao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.validate.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 合计 the 项目申报表 prints under 项目资金来源 and the sum total-sources checks against the
 * budget (10.00) add up the same lines: 其中 lines (texts.yaml {@code part: "yes"}) are left out
 * of both, lines the form does not list are in both.
 */
class SourcesTotalTest {
  private static final Path Z = Samples.DATA.resolve("2025/曾都区医疗保障信息中心.yaml");
  private static final Pattern TOTAL =
      Pattern.compile("<cell colspan=\"4\">合计</cell><cell colspan=\"3\" type=\"number\">([^<]*)</cell>");

  @ParameterizedTest(name = "{0} → 合计 {1}, {2}")
  @CsvSource(delimiter = '|', value = {
      "{一般公共预算财政拨款: 10.00, 申请当年预算拨款: 10.00} | 10.00 | clean",
      "{一般公共预算财政拨款: 6, 单位资金: 4} | 10 | clean",
      "{一般公共预算财政拨款: 6, 单位资金: 4, 使用上年度财政拨款结转: 3, 非税资金拨款: 1} | 10 | clean",
      "{一般公共预算财政拨款: 6, 单位资金: 5} | 11 | error",
      "{一般公共预算财政拨款: 6, 申请当年预算拨款: 6} | 6 | warning",
      // the form's own 其中： and a name the one line holds: that line, not one more
      "{一般公共预算财政拨款: 10.00, 其中：申请当年预算拨款: 10.00} | 10.00 | clean",
      "{一般公共预算: 10.00, 其中：使用上年度财政拨款结转: 1} | 10.00 | clean"})
  void thePrintedTotalIsTheSumTheCheckUses(String sources, String total, String outcome)
      throws IOException {
    String text = Files.readString(Z, StandardCharsets.UTF_8)
        .replace("    sources:\n      一般公共预算财政拨款: 10.00", "    sources: " + sources);
    Renderer r = Samples.renderer();
    Validator.Report report = r.validator(Messages.ZH, false)
        .check("z.yaml", text.getBytes(StandardCharsets.UTF_8));
    String got = report.diagnostics().stream().filter(d -> d.rule().equals("total-sources"))
        .map(d -> d.severity().label()).findFirst().orElse("clean");
    assertEquals(outcome, got, String.join("\n", report.diagnostics().stream()
        .map(Diagnostic::headline).toList()));
    // an error blocks the declaration: print it with the budget its sources add up to
    var d = report.declaration() != null ? report.declaration()
        : r.validator(Messages.ZH, false).check("z.yaml", text.replace("budget: 10.00",
            "budget: " + total).getBytes(StandardCharsets.UTF_8)).declaration();
    String xml = r.layouts(d).stream().map(Renderer.FormXml::xml)
        .filter(x -> x.contains("项目资金来源")).findFirst().orElseThrow();
    Matcher m = TOTAL.matcher(xml);
    assertEquals(true, m.find(), "the form prints a 合计 row");
    assertEquals(total, m.group(1));
  }
}
