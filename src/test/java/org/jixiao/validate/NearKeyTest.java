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
}
