package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** Values that look like markup, template code or formulas print literally in every format. */
class HostileValuesTest {
  private static final String NAME = "广水<i>&amp;${x}#if(局";
  private static final String FORMULA = "=CMD(\"calc\")!A1";

  @TempDir
  Path dir;

  /**
   * A value no XLSX cell can hold: validate and render both refuse it at its line before laying
   * it out (a 3.9 MB value took minutes; the time is a benchmark's business, not a timed assert
   * that fails on a busy machine), write nothing, and echo only part of the line.
   */
  @Test
  void aHugeValueIsRefusedByValidateAndRenderAtItsLineAndEchoedShort() throws IOException {
    Path yaml = dir.resolve("huge.yaml");
    Files.writeString(yaml, String.join("\n", "layout: hubei", "year: 2025", "unit:",
        "  name: 广水市医疗保障局", "  level: 一级", "functions:", "  - " + "很长的职能".repeat(250_000), ""));
    MainTest.Run v = MainTest.jixiao("validate", yaml.toString());
    MainTest.Run r = MainTest.jixiao("render", yaml.toString(), "--templates", "templates", "--out",
        dir.resolve("out").toString());
    for (MainTest.Run run : List.of(v, r)) {
      assertEquals(1, run.code(), run.err());
      assertTrue(run.err().contains("huge.yaml:7:5: error[value-length]: 这个值有 1250000 个字符"),
          run.err());
      assertTrue(run.err().length() < 2000, "the source line is cut: " + run.err().length());
    }
    assertFalse(Files.exists(dir.resolve("out/2025")));
  }

  @Test
  void markupTemplateCodeAndFormulasPrintLiterallyInDocxXlsxAndPdf() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(MainTest.chineseFontInstalled(),
        "no Chinese font installed to write PDFs with");
    Path yaml = dir.resolve("hostile.yaml");
    Files.writeString(yaml, String.join("\n", "layout: hubei", "year: 2025", "unit:",
        "  name: '" + NAME + "'", "  level: 一级", "functions:", "  - '" + FORMULA.replace("'", "''") + "'",
        "  - '+1'", "  - '@SUM(A1)'", "  - \"控制\\x01字符\"", "  - 粘贴\u0008来的\u000B文字",
        "  - 网页\uFEFF复制\u200B来的\u200D文字\u202E\u2066", ""));
    MainTest.Run r = MainTest.jixiao("render", yaml.toString(), "--templates", "templates", "--out",
        dir.resolve("out").toString());
    assertEquals(0, r.code(), r.err());
    // control characters XML forbids are removed, each with a warning at its place
    assertTrue(r.err().contains("hostile.yaml:10:5: warning[control-char]"), r.err());
    assertTrue(r.err().contains("hostile.yaml:11:7: warning[control-char]"), r.err());

    String docx = docxText(bytes(".docx"));
    assertTrue(docx.contains(NAME), docx);
    assertTrue(docx.contains(FORMULA) && docx.contains("控制字符") && docx.contains("粘贴来的文字"),
        docx);
    // invisible format characters (BOM, zero-width, bidi) are dropped in every format
    assertTrue(docx.contains("网页复制来的文字"), docx);

    List<String> cells = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(".xlsx")))) {
      for (Row row : wb.getSheetAt(0)) {
        for (Cell c : row) {
          assertFalse(c.getCellType() == CellType.FORMULA, "a formula cell at " + c.getAddress());
          if (c.getCellType() == CellType.STRING) {
            cells.add(c.getStringCellValue());
          }
        }
      }
    }
    assertTrue(cells.contains(NAME), cells.toString());
    assertTrue(cells.stream().anyMatch(c -> c.contains(FORMULA)), cells.toString());
    assertTrue(cells.stream().anyMatch(c -> c.contains("@SUM(A1)")), cells.toString());
    assertTrue(cells.stream().anyMatch(c -> c.contains("网页复制来的文字")), cells.toString());

    PdfReader pdf = new PdfReader(bytes(".pdf"));
    String page = new PdfTextExtractor(pdf).getTextFromPage(1);
    assertTrue(page.replaceAll("\\s", "").contains(NAME), page);
    assertTrue(page.replaceAll("\\s", "").contains("网页复制来的文字"), page);
  }

  private byte[] bytes(String ext) throws IOException {
    try (Stream<Path> s = Files.walk(dir.resolve("out"))) {
      Path p = s.filter(f -> f.toString().endsWith(ext)).findFirst().orElseThrow();
      return Files.readAllBytes(p);
    }
  }

  /** All w:t text of word/document.xml, parsed as XML so that escaping is undone exactly once. */
  static String docxText(byte[] docx) throws Exception {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
          f.setNamespaceAware(true);
          NodeList ts = f.newDocumentBuilder().parse(new ByteArrayInputStream(in.readAllBytes()))
              .getElementsByTagNameNS("*", "t");
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < ts.getLength(); i++) {
            sb.append(ts.item(i).getTextContent());
          }
          return sb.toString();
        }
      }
    }
    throw new AssertionError("no word/document.xml");
  }
}
