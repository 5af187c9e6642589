package org.jixiao.writer.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PlainStringsTest {
  @Test
  void aWorkbookFromTheFactoryKeysPlainStringsByTheirText() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(PlainStrings.FACTORY)) {
      SharedStringsTable sst = wb.getSharedStringSource();
      assertInstanceOf(PlainStrings.class, sst);
      int a = sst.addSharedStringItem(new XSSFRichTextString("项目 A"));
      int b = sst.addSharedStringItem(new XSSFRichTextString(" 项目 A"));
      assertNotEquals(a, b);
      assertEquals(a, sst.addSharedStringItem(new XSSFRichTextString("项目 A")));
      assertEquals(2, sst.getUniqueCount());
      assertEquals(3, sst.getCount());
    }
  }

  @Test
  void aStringWithRunsIsNotTheSameAsItsPlainText() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(PlainStrings.FACTORY)) {
      SharedStringsTable sst = wb.getSharedStringSource();
      XSSFRichTextString rich = new XSSFRichTextString("项目 A");
      XSSFFont bold = wb.createFont();
      bold.setBold(true);
      rich.applyFont(0, 2, bold);
      int plain = sst.addSharedStringItem(new XSSFRichTextString("项目 A"));
      assertNotEquals(plain, sst.addSharedStringItem(rich));
      assertEquals(plain, sst.addSharedStringItem(new XSSFRichTextString("项目 A")));
    }
  }
}
