package org.jixiao.writer.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The DOCX page estimate, calibrated against LibreOffice (see {@link DocxPages#SAFETY}). */
class DocxPagesTest {
  @Test
  void textEstimatedToFillNinetySevenPercentOfAPageStaysOnThatPage() {
    DocxPages pages = new DocxPages(700);
    // 52 lines of 13 pt: 676 pt of a 700 pt page, which LibreOffice prints on one page
    pages.paragraph(52, 10);
    assertEquals(1, pages.pages(), "a page planned to end early leaves a gap at its foot");
    pages.paragraph(2, 10);
    assertEquals(2, pages.pages(), "past the page, the next");
  }
}
