package org.jixiao.writer.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.render.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 湖南 项目支出绩效目标表 of 衡阳市医疗保障局, read back from its PDF. */
class PdfProjectFormTest {
  private static byte[] pdf;
  private static List<String> pages;

  @BeforeAll
  static void render() {
    pdf = Pdfs.write(Samples.layout(Samples.hengyang(), "项目支出绩效目标表"));
    pages = Pdfs.pages(pdf);
  }

  @Test
  void bothHeadRowsAreRepeatedOnEveryPage() {
    assertTrue(pages.size() >= 3, "five projects take several pages: " + pages.size());
    for (int p = 0; p < pages.size(); p++) {
      String t = pages.get(p).replaceAll("\\s", "");
      assertTrue(t.contains("实施期绩效目标") && t.contains("绩效指标") && t.contains("评（扣分标准）")
          && t.contains("三级指标"), "page " + (p + 1) + " has no head:\n" + pages.get(p));
    }
  }

  @Test
  void theRowOfOfficeFloorsHoldsTwoFloorsAtLeast() {
    assertTrue(Pattern.compile("办公场地租用层数 2 办公场地租用层数 办公场地租用层数 层 ≥")
        .matcher(pages.get(0).replaceAll("\\s+", " ")).find(), pages.get(0));
  }

  @Test
  void theUnitRowHoldsTheSumOfItsProjects() {
    List<PlacedText> page = PlacedText.onPage(pdf, 1);
    PlacedText code = page.stream().filter(t -> t.text().equals("062001")).findFirst().orElseThrow();
    PlacedText total = page.stream().filter(t -> t.text().matches("\\d+\\.\\d\\d")).findFirst()
        .orElseThrow();
    assertEquals("100.00", total.text());
    assertEquals(code.y(), total.y(), 0.5f, "100.00 is on the unit's row");
  }

  @Test
  void theRentBlocksLabelsAreCentredOnExactlyItsRows() {
    List<PlacedText> page = PlacedText.onPage(pdf, 1);
    float first = at(page, "经济成本指标", 0).y();
    float last = at(page, "服务对象满意度", 0).y();
    PlacedText amount = at(page, "50.00", 0);
    assertTrue(first - last > 100, "the block runs down the page");
    assertEquals((first + last) / 2, amount.y(), 10f,
        "资金总额 sits in the middle of the rows it spans (" + first + " to " + last + ")");
  }

  private static PlacedText at(List<PlacedText> page, String text, int nth) {
    return page.stream().filter(t -> t.text().equals(text)).skip(nth).findFirst()
        .orElseThrow(() -> new AssertionError("no " + text + " on the page"));
  }
}
