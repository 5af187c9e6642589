package org.jixiao.writer.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutReader;
import org.jixiao.render.Renderer;
import org.jixiao.render.Samples;
import org.jixiao.writer.WriteOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Every sample's PDF is PDF/A as it says it is: veraPDF, in-process, finds no failed rule. */
class VeraPdfTest {
  @BeforeAll
  static void initialise() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  /** The layout of every form of every sample in data/, by "file: form". */
  private static Map<String, Layout> sampleLayouts() {
    Renderer r = Samples.renderer();
    Map<String, Layout> out = new TreeMap<>();
    for (Path file : Samples.files()) {
      for (Renderer.FormXml f : r.layouts(Samples.load(r, file))) {
        out.put(file + ": " + f.name(), LayoutReader.read(f.xml()));
      }
    }
    return out;
  }

  /** The failed rules, one line each ("6.2.11.4.1-1: message (count)"); empty when compliant. */
  static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failed = new ArrayList<>();
      result.getFailedChecks().forEach((rule, count) -> failed.add(rule.getClause() + "-"
          + rule.getTestNumber() + " (" + count + "×)"));
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() == TestAssertion.Status.FAILED && failed.size() < 40) {
          failed.add("  " + a.getRuleId().getClause() + ": " + a.getMessage() + " at " + a.getLocation().getContext());
        }
      }
      assertEquals(failed.isEmpty(), result.isCompliant(), failed.toString());
      return failed;
    }
  }

  @Test
  void everySamplePdfIsPdfA2bWithNoFailedRule() throws Exception {
    PdfFonts fonts = Pdfs.fonts();
    Map<String, Layout> layouts = sampleLayouts();
    assertTrue(layouts.size() >= 5, layouts.keySet().toString());
    Map<String, List<String>> failed = new TreeMap<>();
    for (Map.Entry<String, Layout> e : layouts.entrySet()) {
      byte[] pdf = Pdfs.write(e.getValue(), fonts, WriteOptions.defaults());
      List<String> f = failures(pdf, PDFAFlavour.PDFA_2_B);
      if (!f.isEmpty()) {
        failed.put(e.getKey(), f);
      }
    }
    assertEquals(Map.of(), failed);
  }

  @Test
  void pdfA1bToo() throws Exception {
    PdfFonts fonts = Pdfs.fonts();
    Layout layout = Samples.layout(Samples.guangshui(), "部门整体绩效目标申报表");
    byte[] pdf = Pdfs.write(layout, fonts, WriteOptions.defaults(), PdfProfile.PDFA_1B);
    assertEquals(List.of(), failures(pdf, PDFAFlavour.PDFA_1_B));
  }

  @Test
  void aPlainPdfIsNotPdfA() throws Exception {
    PdfFonts fonts = Pdfs.fonts();
    byte[] pdf = Pdfs.write(Samples.layout(Samples.guangshui(), "部门整体绩效目标申报表"), fonts,
        WriteOptions.defaults(), PdfProfile.PLAIN);
    assertFalse(failures(pdf, PDFAFlavour.PDFA_2_B).isEmpty(), "the validator finds what is missing");
  }
}
