package org.jixiao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.render.Renderer;
import org.jixiao.render.Samples;
import org.junit.jupiter.api.Test;

/**
 * An indicator table written row by row (一级指标 | 二级指标 | 三级指标 | the form's columns) prints
 * exactly as the same table written by levels, with one indicator-rows warning and no warning
 * for each column written by the form's name.
 */
class IndicatorRowsTest {
  private static final String HEAD = """
      layout: hunan
      year: 2023
      unit:
        name: 某县某局
      projects:
        - name: 培训项目
          budget: 10
          goal: 完成培训
          indicators:
      """;

  private static final String NESTED = HEAD + """
            成本指标:
              经济成本指标:
                培训费: {value: 10, unit: 万元, type: ≤}
            产出指标:
              数量指标:
                培训人次: {value: 500, unit: 人次, type: ≥}
              质量指标:
                培训合格率: {value: 90, unit: "%", type: ≥}
              时效指标:
                按时完成率: 100%
            效益指标:
              社会效益指标:
                群众知晓率: {value: 90, unit: "%", type: ≥}
            满意度指标:
              服务对象满意度指标:
                学员满意度: {value: 90, unit: "%", type: ≥, note: 问卷}
      """;

  private static final String ROWS = HEAD + """
            - {一级指标: 成本指标, 二级指标: 经济成本指标, 三级指标: 培训费, 指标值: 10, 度量单位: 万元, 指标值类型: ≤}
            - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 培训人次, 指标值: 500, 度量单位: 人次, 指标值类型: ≥}
            - {一级指标: 产出指标, 二级指标: 质量指标, 三级指标: 培训合格率, 指标值: 90, 度量单位: "%", 指标值类型: ≥}
            - {一级指标: 产出指标, 二级指标: 时效指标, 三级指标: 按时完成率, 指标值: 100%}
            - 一级指标: 效益指标
              二级指标: 社会效益指标
              三级指标: 群众知晓率
              指标值: 90
              度量单位: "%"
              指标值类型: ≥
            - {一级指标: 满意度指标, 二级指标: 服务对象满意度指标, 三级指标: 学员满意度, 指标值: 90, 度量单位: "%", 指标值类型: ≥, 备注: 问卷}
      """;

  private static Validator.Report check(Renderer r, String text) {
    return r.validator(Messages.ZH, false).check("unit.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  private static String printed(Renderer r, Validator.Report report) {
    StringBuilder out = new StringBuilder();
    r.layouts(report.declaration()).forEach(f -> out.append(f.xml()));
    return out.toString();
  }

  @Test
  void aTableWrittenRowByRowPrintsAsTheSameTableWrittenByLevels() {
    Renderer r = Samples.renderer();
    Validator.Report nested = check(r, NESTED);
    Validator.Report rows = check(r, ROWS);
    assertTrue(!nested.hasErrors() && !rows.hasErrors(), rows.diagnostics().toString());
    List<String> extra = rows.diagnostics().stream().map(Diagnostic::rule)
        .filter(x -> nested.diagnostics().stream().noneMatch(d -> d.rule().equals(x))).toList();
    assertEquals(List.of("indicator-rows"), extra, rows.diagnostics().toString());
    assertEquals(10, rows.diagnostics().stream().filter(d -> d.rule().equals("indicator-rows"))
        .findFirst().orElseThrow().line());
    assertEquals(printed(r, nested), printed(r, rows));
  }

  @Test
  void aRowWritingValueAndAColumnOfValuesLosesNeither() {
    Renderer r = Samples.renderer();
    Validator.Report both = check(r, HEAD + """
            - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 培训人次, value: 500, 指标值: 600}
      """);
    assertTrue(both.hasErrors(), both.diagnostics().toString());
    assertTrue(both.diagnostics().stream().anyMatch(d -> d.isError() && d.message().contains("指标值")),
        both.diagnostics().toString());
  }

  @Test
  void rowsNamingOneIndicatorTwiceAreLeftAsWritten() {
    Renderer r = Samples.renderer();
    Validator.Report twice = check(r, HEAD + """
            - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 培训人次, 指标值: 500}
            - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 培训人次, 指标值: 600}
      """);
    assertTrue(twice.hasErrors(), twice.diagnostics().toString());
    assertTrue(twice.diagnostics().stream().noneMatch(d -> d.rule().equals("indicator-rows")));
  }
}
