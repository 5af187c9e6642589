package org.jixiao.writer.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutReader;
import org.junit.jupiter.api.Test;

/** 第 N 页 共 M 页 in the footer of a form that runs over pages, and only there. */
class PdfPageNumbersTest {
  @Test
  void eachPageOfALongFormSaysWhichOfHowMany() {
    List<String> pages = Pdfs.pages(Pdfs.write(Samples.form(120)));
    assertTrue(pages.size() >= 2, "120 indicators take pages: " + pages.size());
    for (int i = 0; i < pages.size(); i++) {
      String text = pages.get(i).replaceAll("\\s", "");
      assertTrue(text.contains("第" + (i + 1) + "页共" + pages.size() + "页"), "page " + (i + 1) + ": " + text);
    }
  }

  @Test
  void aOnePageFormHasNoPageNumber() {
    List<String> pages = Pdfs.pages(Pdfs.write(Samples.form(3)));
    assertEquals(1, pages.size());
    assertFalse(pages.get(0).replaceAll("\\s", "").contains("第1页共1页"));
  }

  @Test
  void aFormCanTurnThemOff() {
    Layout off = LayoutReader.read(Samples.formXml(120).replaceFirst("<form ", "<form page-numbers=\"false\" "));
    assertFalse(off.pageNumbers());
    List<String> pages = Pdfs.pages(Pdfs.write(off));
    assertTrue(pages.size() >= 2);
    assertTrue(pages.stream().noneMatch(p -> p.replaceAll("\\s", "").contains("页共")));
  }
}
