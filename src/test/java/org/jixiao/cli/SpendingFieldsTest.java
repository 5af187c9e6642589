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
 * A variant's own columns of a project's spending lines ({@code fields: spending:}, as the 鄂州
 * form's 实际执行数 of the two years before): validated, kept, printed, and a column of amounts
 * gets its 合计 while a column holding words gets none.
 */
class SpendingFieldsTest {
  @TempDir
  Path dir;

  private static final String UNIT = """
      layout: ezhou-2022-project
      year: 2023
      unit:
        name: 某单位
      projects:
        - name: 运行保障
          spending:
            - {activity: 保安服务费, amount: 191, 前年实际执行数: 191.5, 上年实际执行数: 180}
            - {activity: 保洁服务费, amount: 99.25, 上年实际执行数: 99}
          indicators:
            数量指标:
              巡检次数: 200次
            质量指标:
              验收合格率: ≥92%
      """;

  private Path write(String text) throws IOException {
    Path f = dir.resolve("unit.yaml");
    Files.writeString(f, text);
    return f;
  }

  private Run layout(Path file, String templates) {
    return MainTest.jixiao("render", file.toString(), "--templates", templates, "--emit", "layout");
  }

  @Test
  void aColumnOfAmountsIsAddedUpAndALineWithoutOneIsBlank() throws IOException {
    Run r = layout(write(UNIT), "templates");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("<cell type=\"number\">191.5</cell><cell type=\"number\">180</cell>"), r.out());
    assertTrue(r.out().contains("<cell type=\"number\">99.25</cell><cell align=\"left\"></cell>"
        + "<cell type=\"number\"></cell><cell type=\"number\">99</cell>"), r.out());
    assertTrue(r.out().contains("<cell colspan=\"2\">合计</cell><cell type=\"number\">290.25</cell><cell></cell>"
        + "<cell type=\"number\">191.5</cell><cell type=\"number\">279</cell>"), r.out());
  }

  @Test
  void aColumnHoldingWordsHasNoTotal() throws IOException {
    Path templates = dir.resolve("templates");
    Path ezhou = Files.createDirectories(templates.resolve("ezhou-2022-project"));
    for (String f : new String[] {"variant.yaml", "texts.yaml", "项目支出绩效目标表.vm"}) {
      String text = Files.readString(Path.of("templates/ezhou-2022-project", f));
      Files.writeString(ezhou.resolve(f), f.equals("variant.yaml")
          ? text.replace("实际执行数\", kind: money}", "实际执行数\", kind: text}") : text);
    }
    Run r = layout(write(UNIT.replace("上年实际执行数: 180", "上年实际执行数: 约180")), templates.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("<cell type=\"number\">191.5</cell><cell type=\"number\"></cell>"), r.out());
  }

  @Test
  void aColumnTheVariantDoesNotHaveIsRefusedAtItsLine() throws IOException {
    Run r = MainTest.jixiao("validate", write(UNIT.replace("上年实际执行数: 99}", "上年实际执行数: 99, note: 备注}"))
        .toString(), "--templates", "templates");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("unit.yaml:9:"), r.err());
    assertTrue(r.err().contains("error[layout-key]"), r.err());
  }
}
