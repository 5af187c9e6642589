package org.jixiao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.layout.Cell;
import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutReader;
import org.jixiao.layout.Row;
import org.jixiao.layout.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forms print what a transcriber wrote: a goal copied with its 目标1： label is not
 * labelled again, and a 专项's own code is not dropped.
 */
class TranscribedFormsTest {
  @TempDir
  Path dir;

  private static final String HEAD = """
      layout: hunan
      year: 2023
      unit:
        name: 某局
        code: 062001
      money_unit: 万元
      """;

  private List<List<String>> rows(String yaml, String form) throws IOException {
    return rows(HEAD, yaml, form);
  }

  private List<List<String>> rows(String head, String yaml, String form) throws IOException {
    Path f = dir.resolve("某局.yaml");
    Files.writeString(f, head + yaml);
    Renderer r = Samples.renderer();
    List<List<String>> out = new ArrayList<>();
    for (Renderer.FormXml x : r.layouts(Samples.load(r, f))) {
      if (!x.xml().contains("<title>" + form + "</title>")) {
        continue;
      }
      Layout l = LayoutReader.read(x.xml());
      for (Object b : l.blocks()) {
        if (b instanceof Table t) {
          for (Row row : t.body()) {
            List<String> cells = new ArrayList<>();
            for (Cell c : row.cells()) {
              cells.add(String.join("/", c.paragraphs()));
            }
            out.add(cells);
          }
        }
      }
    }
    assertTrue(!out.isEmpty(), form + " not printed");
    return out;
  }

  @Test
  void aGoalCopiedWithItsLabelIsNotLabelledAgainAndTheOthersGetTheirs() throws IOException {
    List<List<String>> rows = rows("""
        funds:
          income: [{name: 一般公共预算, amount: 10}]
          expenditure: [{name: 基本支出, amount: 10}]
        annual_goal:
          - 目标1：保障运转。
          - 完成工作任务
        annual_indicators:
          产出指标:
            数量指标:
              完成任务数: 10
        """, "整体支出绩效目标表");
    assertTrue(rows.get(0).contains("目标1：保障运转。/目标2：完成工作任务"), rows.get(0).toString());
  }

  @Test
  void aProjectsOwnCodeIsPrintedInItsRowAndTheUnitsCodeElsewhere() throws IOException {
    List<List<String>> rows = rows("""
        projects:
          - name: 专项甲
            code: 0043001
            budget: 5
            goal: 甲
            indicators: {产出指标: {数量指标: {人数: 1}}}
          - name: 专项乙
            budget: 5
            goal: 乙
            indicators: {产出指标: {数量指标: {人数: 1}}}
        """, "项目支出绩效目标表");
    assertEquals(List.of("062001", "某局"), rows.get(0).subList(0, 2));
    assertTrue(rows.stream().anyMatch(r -> r.size() > 1 && r.subList(0, 2).equals(List.of("0043001", "专项甲"))),
        rows.toString());
    assertTrue(rows.stream().anyMatch(r -> r.size() > 1 && r.subList(0, 2).equals(List.of("062001", "专项乙"))),
        rows.toString());
  }

  @Test
  void henanPrintsAGoalCopiedWithItsLabelAsWritten() throws IOException {
    List<List<String>> rows = rows("layout: henan\nyear: 2021\nunit:\n  name: 某局\n", """
        annual_goal:
          - 目标1：完善制度。
          - 加强监管。
        """, "区级部门(单位)整体绩效目标申报表");
    assertTrue(rows.stream().anyMatch(r -> r.contains("目标1：完善制度。/目标2: 加强监管。")),
        rows.toString());
  }

  private static final String COUNTY = """
      layout: county-416-project
      year: 2024
      unit:
        name: 某局
      money_unit: 万元
      tasks:
        - {name: 1、采购设备, 开始时间: 2024年3月}
        - {name: 安装调试, 开始时间: 2024年7月}
      projects:
        - name: 设备购置
          basis:
            - 《某某规划》
            - 县政府常务会议纪要
      """;

  @Test
  void aTextCellWrittenAsAListPrintsOneItemPerLine() throws IOException {
    List<List<String>> rows = rows(COUNTY, "", "财政支出项目绩效目标申报表");
    assertTrue(rows.stream().anyMatch(r -> r.contains("《某某规划》/县政府常务会议纪要")
        || r.contains("《某某规划》\n县政府常务会议纪要")), rows.toString());
  }

  @Test
  void aTaskCopiedWithItsNumberIsNotNumberedAgain() throws IOException {
    String noBasis = COUNTY.substring(0, COUNTY.indexOf("    basis:")) + "    可行性: 可行。\n";
    List<List<String>> rows = rows(noBasis, "", "财政支出项目绩效目标申报表");
    assertTrue(rows.stream().anyMatch(r -> r.contains("1、采购设备")), rows.toString());
    assertTrue(rows.stream().anyMatch(r -> r.contains("2、安装调试")), rows.toString());
  }
}
