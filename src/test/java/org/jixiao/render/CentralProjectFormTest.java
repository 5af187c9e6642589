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
 * The 88号 项目支出绩效目标申报表 (central-2015-project): the 中期 and 年度 indicator sides laid
 * next to each other, one row per line of the longer side, the shorter side blank below its last
 * line, and a first level only one side has.
 */
class CentralProjectFormTest {
  @TempDir
  Path dir;

  private static final String DECLARATION = """
      layout: central-2015-project
      year: 2021
      unit:
        name: 某部
      money_unit: 万元
      projects:
        - name: 监测网络运行维护
          department: "[101]某部"
          executor: 某部信息中心
          attribute: 延续项目
          period: 202101-202312
          term: 2021年—2023年
          total_budget: 900
          total_fiscal: 900
          budget: 300
          fiscal: 300
          long_term_goal: [保障监测网络稳定运行]
          goal: [完成年度运维]
          long_term_indicators:
            产出指标:
              数量指标:
                监测站点数: ≥120个
                运维次数: ≥36次
              时效指标:
                故障修复时间: ≤24小时
            效益指标:
              社会效益指标:
                数据共享部门数: ≥10个
          indicators:
            产出指标:
              数量指标:
                监测站点数: ≥120个
            满意度指标:
              服务对象满意度指标:
                用户满意度: ≥90%
      """;

  /** The first table (the head block) or the second (the indicator table, joined to it). */
  private Table table(int index) throws IOException {
    Path f = dir.resolve("某部.yaml");
    Files.writeString(f, DECLARATION);
    Renderer r = Samples.renderer();
    List<Renderer.FormXml> forms = r.layouts(Samples.load(r, f));
    assertEquals(1, forms.size());
    Layout l = LayoutReader.read(forms.get(0).xml());
    List<Table> tables = l.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b)
        .toList();
    assertEquals(2, tables.size());
    return tables.get(index);
  }

  private static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    for (Cell c : row.cells()) {
      out.add(String.join("/", c.paragraphs()));
    }
    return out;
  }

  @Test
  void theTwoSidesStandNextToEachOtherRowByRow() throws IOException {
    List<Row> body = table(1).body();
    int at = 0;
    while (!texts(body.get(at)).contains("产出指标")) {
      at++;
    }
    // 产出: 中期 has three lines, 年度 one; the 年度 side is blank below its line
    assertEquals(List.of("绩效指标", "产出指标", "数量指标", "监测站点数", "≥120个", "数量指标", "监测站点数",
        "≥120个"), texts(body.get(at)));
    assertEquals(3, body.get(at).cells().get(1).rowspan());
    assertEquals(2, body.get(at).cells().get(2).rowspan());
    assertEquals(List.of("运维次数", "≥36次", "", "", ""), texts(body.get(at + 1)));
    assertEquals(List.of("时效指标", "故障修复时间", "≤24小时", "", "", ""), texts(body.get(at + 2)));
    // 效益 only on the 中期 side, 满意度 only on the 年度 side
    assertEquals(List.of("效益指标", "社会效益指标", "数据共享部门数", "≥10个", "", "", ""),
        texts(body.get(at + 3)));
    assertEquals(List.of("满意度指标", "", "", "", "服务对象满意度指标", "用户满意度", "≥90%"),
        texts(body.get(at + 4)));
    assertEquals(at + 5, body.size(), "no row after the last first level");
  }

  @Test
  void theHeadBlockPrintsTheProjectAndItsMoneyOnBothSides() throws IOException {
    List<Row> body = table(0).body();
    assertEquals(List.of("主管部门及代码", "[101]某部", "实施单位", "某部信息中心"), texts(body.get(1)));
    assertEquals(List.of("项目属性", "延续项目", "项目期", "202101-202312"), texts(body.get(2)));
    assertEquals(List.of("项目资金/（万元）", "中期资金总额：", "900", "年度资金总额：", "300"),
        texts(body.get(3)));
    assertTrue(texts(body.get(6)).contains("中期目标（2021年—2023年）"), texts(body.get(6)).toString());
    // the indicator table is joined to the head block, its two head rows (中期/年度, the levels)
    // repeated on every page; the 绩效指标 label spans the five rows of the sides below them
    Table indicators = table(1);
    assertTrue(indicators.joined());
    assertEquals(List.of("", "一级指标", "中期指标", "年度指标"), texts(indicators.head().get(0)));
    assertEquals(2, indicators.head().size());
    Cell label = indicators.body().stream().flatMap(r -> r.cells().stream())
        .filter(c -> c.paragraphs().equals(List.of("绩效指标"))).findFirst().orElseThrow();
    assertEquals(5, label.rowspan());
  }
}
