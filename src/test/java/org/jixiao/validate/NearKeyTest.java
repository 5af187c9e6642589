package org.jixiao.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.render.Samples;
import org.junit.jupiter.api.Test;

/**
 * A key written as the form names a row only nearly (年度 for 预算年度, 单位名称 for the unit's
 * 部门（单位）名称) stays an unknown-key error, which is not certain, but its hint names the keys
 * whose titles are alike, so the fix is one look away.
 */
class NearKeyTest {
  private static final String FILE = """
      layout: hunan
      年度: 2023
      单位名称: 某县某局
      projects:
        - name: 培训项目
          budget: 10
          年度绩效目标: 完成培训
          备用栏: 无
      """;

  private static Diagnostic at(Validator.Report r, int line) {
    return r.diagnostics().stream().filter(d -> d.line() == line && d.rule().equals("unknown-key"))
        .findFirst().orElseThrow(() -> new AssertionError(r.diagnostics().toString()));
  }

  @Test
  void anUnknownKeyNamedNearlyAsTheFormNamesARowIsHintedAtThatKey() {
    Validator.Report r = Samples.renderer().validator(Messages.ZH, false)
        .check("unit.yaml", FILE.getBytes(StandardCharsets.UTF_8));
    assertTrue(at(r, 2).hint().startsWith("表上名称相近的：year（预算年度）"), at(r, 2).hint());
    assertTrue(at(r, 3).hint().startsWith("表上名称相近的：unit: name（部门（单位）名称）"), at(r, 3).hint());
    assertTrue(at(r, 7).hint().startsWith("表上名称相近的：goal（年度（实施期）绩效目标）"), at(r, 7).hint());
    assertTrue(at(r, 7).isError());
    // a word no title is like gets the keys there are, as before
    assertFalse(at(r, 8).hint().contains("相近"), at(r, 8).hint());
  }

  @Test
  void aTitleWithWordsLeftOutOrTwoCharactersOffIsNamedToo() {
    // another form's words for hubei's rows: 年度主要任务 (L8) for 年度工作任务, 年度绩效目标 for 年度目标
    Validator.Report r = Samples.renderer().validator(Messages.ZH, false).check("unit.yaml", """
        layout: hubei
        year: 2025
        unit: {name: 某市某局}
        年度主要任务:
          - 巩固全民参保成果。
        年度绩效目标:
          - 完成参保任务。
        """.getBytes(StandardCharsets.UTF_8));
    assertTrue(at(r, 4).hint().startsWith("表上名称相近的：tasks（年度工作任务）；"), at(r, 4).hint());
    // 年度绩效指标 is two characters off too, but a title held by the word says more
    assertTrue(at(r, 6).hint().startsWith("表上名称相近的：annual_goal（年度目标）；"), at(r, 6).hint());
  }

  @Test
  void aWordReadAsOneKeyInEveryRowIsSaidOnce() {
    Validator.Report r = Samples.renderer().validator(Messages.ZH, false).check("unit.yaml", """
        layout: central-2015-dept
        year: 2025
        unit: {name: 某市某局}
        tasks:
          - {任务名称: 城市管理, content: 市容巡查}
          - {任务名称: 环境整治, content: 清理垃圾}
          - {任务名称: 绿化养护, content: 修剪}
        """.getBytes(StandardCharsets.UTF_8));
    java.util.List<org.jixiao.diag.Diagnostic> said = r.diagnostics().stream()
        .filter(d -> d.rule().equals("key-as-printed")).toList();
    assertTrue(said.size() == 1 && said.get(0).line() == 5
        && said.get(0).message().endsWith("（共 3 处，另见第 6、7 行）"), said.toString());
  }
}
