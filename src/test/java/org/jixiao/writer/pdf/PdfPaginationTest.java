package org.jixiao.writer.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfPaginationTest {
  private static final int ROWS = 60;
  private static final Pattern INDICATOR = Pattern.compile("指标(\\d+)：");
  private static List<String> pages;

  @BeforeAll
  static void render() {
    pages = Pdfs.pages(Pdfs.write(Samples.indicators(ROWS)));
  }

  /** The page (0-based) each indicator row is on, by row number (1-based; index 0 unused). */
  private static int[] pageOfRow() {
    int[] page = new int[ROWS + 1];
    for (int p = 0; p < pages.size(); p++) {
      Matcher m = INDICATOR.matcher(pages.get(p));
      while (m.find()) {
        page[Integer.parseInt(m.group(1))] = p;
      }
    }
    return page;
  }

  @Test
  void aSixtyRowIndicatorTableTakesAtLeastTwoPages() {
    assertTrue(pages.size() >= 2, "pages: " + pages.size());
  }

  @Test
  void everyRowIsPrintedOnceWithAllItsCellsOnTheSamePage() {
    for (int n = 1; n <= ROWS; n++) {
      int row = n;
      List<Integer> where = IntStream.range(0, pages.size())
          .filter(p -> pages.get(p).contains("指标" + row + "：")).boxed().toList();
      assertEquals(1, where.size(), "指标" + n + " is on pages " + where);
      String page = pages.get(where.get(0));
      assertTrue(page.contains(String.valueOf(999 + n)) && page.contains("≥" + (1499 + n)),
          "the values of 指标" + n + " are not on its page");
    }
  }

  @Test
  void theHeadRowIsRepeatedOnEveryPageTheTableContinuesOn() {
    int[] page = pageOfRow();
    for (int p = page[1]; p <= page[ROWS]; p++) {
      String text = pages.get(p);
      assertTrue(text.contains("一级指标") && text.contains("三级指标") && text.contains("指标值"),
          "page " + (p + 1) + " has no head:\n" + text);
    }
  }

  @Test
  void aMergedLabelThatCrossesAPageBreakIsShownOnBothPages() {
    int[] page = pageOfRow();
    int[] sizes = Samples.level1Sizes(ROWS);
    List<String> crossing = new ArrayList<>();
    int first = 1;
    for (int g = 0; g < sizes.length; g++) {
      int last = first + sizes[g] - 1;
      for (int p = page[first]; p <= page[last]; p++) {
        assertTrue(pages.get(p).contains(Samples.LEVEL1[g]),
            Samples.LEVEL1[g] + " (rows " + first + "–" + last + ") is missing on page " + (p + 1));
      }
      if (page[first] != page[last]) {
        crossing.add(Samples.LEVEL1[g]);
      }
      first = last + 1;
    }
    assertTrue(!crossing.isEmpty(), "no 一级 group crosses a page break, so nothing was tested");
    for (int p = page[1]; p <= page[ROWS]; p++) {
      assertTrue(pages.get(p).contains("年度绩效指标"), "the label spanning all rows is missing on page " + (p + 1));
    }
  }

  @Test
  void aCellTallerThanAPageIsSplitAcrossPagesNotClipped() {
    List<String> huge = Pdfs.pages(Pdfs.write(Samples.hugeCell(200)));
    assertTrue(huge.size() >= 3, "pages: " + huge.size());
    String all = String.join("\n", huge);
    for (int i = 1; i <= 200; i++) {
      assertTrue(all.contains("第" + i + "段："), "paragraph " + i + " of the huge cell is lost");
    }
    assertTrue(all.contains("前一行") && all.contains("后一行"), "the rows around the huge cell are lost");
    for (String page : huge.subList(1, huge.size())) {
      assertTrue(page.contains("项目") && page.contains("内容"), "head not repeated:\n" + page);
    }
  }
}
