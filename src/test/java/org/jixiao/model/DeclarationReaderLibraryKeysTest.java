package org.jixiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.jixiao.diag.JixiaoException;
import org.junit.jupiter.api.Test;

/** The keys added with the 河南 layout and the indicator library: head, named tasks, loose lines. */
class DeclarationReaderLibraryKeysTest {
  private static final String HEAD = "layout: henan\nyear: 2021\nunit:\n  name: 甲单位\n"
      + "  head: 刘传箱\n";

  private static Declaration read(String yaml) {
    return DeclarationReader.read("f.yaml", YamlLoader.parse("f.yaml", yaml), Set.of("henan"));
  }

  @Test
  void tasksMayBeNamedAndPlainAndTheUnitHasAHead() {
    Declaration d = read(HEAD + "tasks:\n  - {name: 行风建设, content: 深入推进改革。}\n"
        + "  - 只有内容\n  - {name: , content: }\n");
    assertEquals("刘传箱", d.unit().head());
    assertEquals(List.of(new Task("行风建设", "深入推进改革。"), new Task("", "只有内容")),
        d.taskItems());
    assertEquals(List.of("行风建设。深入推进改革。", "只有内容"), d.tasks());
  }

  @Test
  void aNameAloneAtTheTopIsKeptUnplacedWithItsLine() {
    Declaration d = read(HEAD + "annual_indicators:\n  预算执行率: 100%\n"
        + "  结转结余率: {value: ≤20%, explanation: 自己的说明}\n  投入管理指标:\n");
    List<IndicatorCategory> t = d.annualIndicators();
    assertTrue(t.get(0).isUnplaced());
    Indicator i = t.get(0).groups().get(0).indicators().get(0);
    assertEquals("预算执行率", i.name());
    assertEquals(7, i.line());
    assertEquals("自己的说明", t.get(1).groups().get(0).indicators().get(0).explanation());
    assertEquals("投入管理指标", t.get(2).name());
  }

  @Test
  void aGroupWrittenAsAListMayRepeatAThirdLevelName() {
    Declaration d = read(HEAD + "annual_indicators:\n  效益指标:\n    履职效益:\n"
        + "      - 社会效益:\n      - 社会效益: 保障和改善民生\n");
    List<Indicator> items = d.annualIndicators().get(0).groups().get(0).indicators();
    assertEquals(2, items.size());
    assertEquals("", items.get(0).value());
    assertEquals("保障和改善民生", items.get(1).value());
  }

  @Test
  void aListItemWithTwoNamesIsReported() {
    JixiaoException e = assertThrows(JixiaoException.class, () -> read(HEAD
        + "annual_indicators:\n  效益指标:\n    履职效益:\n      - {社会效益: a, 经济效益: b}\n"));
    assertEquals("type", e.diagnostics().get(0).rule());
    assertEquals(9, e.diagnostics().get(0).line());
  }
}
