package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.cli.MainTest.Run;
import org.jixiao.layout.Cell;
import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutReader;
import org.jixiao.layout.Paragraph;
import org.jixiao.layout.Row;
import org.jixiao.layout.Table;
import org.junit.jupiter.api.Test;

/**
 * Editions of the 88号 family made as a finance bureau's user makes them, from files only
 * (src/test/resources/editions/templates/&lt;edition&gt;: variant.yaml, texts.yaml,
 * indicators.yaml), each with a filled declaration beside it: what each form has that the family
 * does not is printed from those files alone (texts.yaml {@code header:}, foot rows with several
 * lines, {@code widths:}, task columns of the edition's own, {@code goal_rows:}, {@code year_line:}
 * on the 部门整体 form).
 */
class EditionFixturesTest {
  private static final Path EDITIONS = Path.of("src/test/resources/editions");

  private static Layout emit(String edition) {
    Run r = MainTest.jixiao("render", EDITIONS.resolve(edition + ".yaml").toString(), "--emit",
        "layout", "--templates", EDITIONS.resolve("templates").toString());
    assertEquals(0, r.code(), r.err());
    return LayoutReader.read(r.out());
  }

  private static List<Table> tables(Layout l) {
    return l.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
  }

  private static List<String> texts(Row r) {
    return r.cells().stream().map(Cell::text).toList();
  }

  /** The rows of every table of the form, as the texts of their cells. */
  private static List<List<String>> rows(Layout l) {
    return tables(l).stream().flatMap(t -> t.rows().stream()).map(EditionFixturesTest::texts).toList();
  }

  /**
   * texts.yaml header: gives the 88号 project form 项目类型 and 项目负责人 | 联系电话 rows,
   * attributes: its 项目属性 boxes, foot: review rows with signature lines.
   */
  @Test
  void headerRowsAndSignedFootRowsComeFromTheEditionsFiles() {
    List<List<String>> rows = rows(emit("central-2015-project-reviewed"));
    // texts.yaml attributes: the choices as boxes, the one written ticked
    assertEquals(List.of("项目类型", "常年性项目", "项目属性", "新增项目 □    延续项目 √"), rows.get(1));
    assertEquals(List.of("主管部门及代码", "某县医疗保障局（501001）", "实施单位", "某县医疗保障事务中心"), rows.get(2));
    assertEquals(List.of("项目负责人", "张某某", "联系电话", "0716-1234567"), rows.get(3));
    assertEquals(List.of("项目期", "2024年1月至2024年12月"), rows.get(4));
    List<String> foot = rows.get(rows.size() - 1);
    assertEquals(List.of("财政部门审核意见", "审核人：\n（盖章）    年  月  日"), foot);
  }

  /** texts.yaml widths: sets the edition's own 分值 column as narrow as the printed form's. */
  @Test
  void anEditionsOwnColumnTakesTheWidthItsTextsGive() {
    Layout l = emit("central-2015-project-scored");
    Table indicators = tables(l).get(1);
    assertEquals(List.of("", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "分值", "备注"),
        texts(indicators.rows().get(0)));
    List<Double> w = indicators.widths();
    assertEquals(12.0, w.get(7), 0.001, "分值: " + w);
    assertEquals(26.0, w.get(8), 0.001, "备注: " + w);
    assertEquals(List.of("绩效指标", "产出指标", "数量指标", "管护高标准农田面积", "≥", "5", "万亩", "15", ""),
        texts(indicators.rows().get(1)));
    // 分值 is of kind number: a number in the XLSX; the other columns stay text
    List<org.jixiao.layout.Cell> cells = indicators.rows().get(1).cells();
    assertTrue(cells.get(cells.size() - 2).number(), "分值 is a number cell");
    assertFalse(cells.get(cells.size() - 4).number(), "指标值 stays text");
  }

  /** keys: task: with an own 上年结转 column, and texts.yaml goal_rows: a row per goal. */
  @Test
  void ownTaskColumnsAndGoalRowsComeFromTheEditionsFiles() {
    List<List<String>> rows = rows(emit("central-2015-dept-goal-rows"));
    assertEquals(List.of("年度主要任务", "任务名称", "主要内容", "资金"), rows.get(1));
    // the 年度主要任务 label's merged cell covers the first cell of the rows under its first
    assertEquals(List.of("总额", "财政拨款", "其中：上年结转", "其他资金"), rows.get(2));
    assertEquals(List.of("金额合计", "280", "270", "30", "10"), rows.get(6));
    assertEquals(List.of("年度总体目标", "目标1", "食品安全抽检合格率保持在97%以上，不发生区域性、系统性食品安全事件。"),
        rows.get(7));
    assertEquals(List.of("目标2", "特种设备定期检验率达到99%，事故隐患整改率100%。"), rows.get(8));
    assertEquals("目标3", rows.get(9).get(0));
  }

  /** year_line: with nothing after it drops the （YYYY年度） line of a 部门整体 title with the year. */
  @Test
  void aDepartmentFormWhoseTitleCarriesTheYearPrintsNoYearLine() {
    Layout l = emit("central-2015-dept-two-l1");
    assertFalse(l.blocks().stream().anyMatch(b -> b instanceof Paragraph p && p.text().contains("年度）")),
        "no （2025年度） line");
    List<List<String>> rows = rows(l);
    assertTrue(rows.contains(List.of("满意度指标", "优抚对象满意度", "≥95%")), rows.toString());
    assertFalse(rows.stream().anyMatch(r -> r.contains("成本指标")));
  }
}
