package org.jixiao.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutReader;
import org.jixiao.render.Samples;
import org.jixiao.writer.docx.DocxLayoutWriter;
import org.jixiao.writer.xlsx.XlsxLayoutWriter;
import org.junit.jupiter.api.Test;

/**
 * DOCX and XLSX name the form and the unit in their core properties and date them as the PDF
 * does (SOURCE_DATE_EPOCH, else 填报日期, else no date), read back with docx4j and POI.
 */
class DocumentPropertiesTest {
  /** 广水's form: unit 广水市医疗保障局, 填报日期 2024-10-16. */
  private static Layout guangshui() {
    return Samples.layout(Samples.guangshui(), "部门整体绩效目标申报表");
  }

  private static byte[] write(LayoutWriter w, Layout l) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(l, out);
    return out.toByteArray();
  }

  private static CoreProperties docx(Layout l, WriteOptions o) throws Exception {
    return WordprocessingMLPackage.load(new ByteArrayInputStream(write(new DocxLayoutWriter(o), l)))
        .getDocPropsCorePart().getJaxbElement();
  }

  private static POIXMLProperties.CoreProperties xlsx(Layout l, WriteOptions o) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write(new XlsxLayoutWriter(o), l)))) {
      return wb.getProperties().getCoreProperties();
    }
  }

  @Test
  void titleNamesTheFormAndTheUnitAndTheCreatorIsTheUnit() throws Exception {
    CoreProperties d = docx(guangshui(), WriteOptions.defaults());
    assertEquals(List.of("部门整体绩效目标申报表（广水市医疗保障局）"), d.getTitle().getValue().getContent());
    assertEquals(List.of("广水市医疗保障局"), d.getCreator().getContent());
    POIXMLProperties.CoreProperties x = xlsx(guangshui(), WriteOptions.defaults());
    assertEquals("部门整体绩效目标申报表（广水市医疗保障局）", x.getTitle());
    assertEquals("广水市医疗保障局", x.getCreator());
  }

  @Test
  void theDateIsTheFilingDateAtMidnightInChina() throws Exception {
    CoreProperties d = docx(guangshui(), WriteOptions.defaults());
    assertEquals(List.of("2024-10-15T16:00:00Z"), d.getCreated().getContent());
    assertEquals(List.of("2024-10-15T16:00:00Z"), d.getModified().getContent());
    POIXMLProperties.CoreProperties x = xlsx(guangshui(), WriteOptions.defaults());
    assertEquals(Date.from(Instant.parse("2024-10-15T16:00:00Z")), x.getCreated());
    assertEquals(Date.from(Instant.parse("2024-10-15T16:00:00Z")), x.getModified());
  }

  @Test
  void sourceDateEpochWinsOverTheFilingDate() throws Exception {
    WriteOptions o = WriteOptions.fromEnvironment("1700000000");
    assertEquals(List.of("2023-11-14T22:13:20Z"), docx(guangshui(), o).getCreated().getContent());
    assertEquals(Date.from(Instant.ofEpochSecond(1700000000)), xlsx(guangshui(), o).getCreated());
  }

  @Test
  void withNeitherThereIsNoDateAtAll() throws Exception {
    Layout undated = LayoutReader.read("<form title=\"表\" body-font=\"宋体\" title-font=\"黑体\">"
        + "<page orientation=\"portrait\" margin-top=\"20\" margin-right=\"20\" margin-bottom=\"20\""
        + " margin-left=\"20\"/><title>表</title></form>");
    CoreProperties d = docx(undated, WriteOptions.defaults());
    assertNull(d.getCreated());
    assertNull(d.getCreator());
    assertEquals(List.of("表"), d.getTitle().getValue().getContent());
    POIXMLProperties.CoreProperties x = xlsx(undated, WriteOptions.defaults());
    assertNull(x.getCreated());
    assertNull(x.getCreator());
  }
}
