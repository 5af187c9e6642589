package org.jixiao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every file of src/test/resources/invalid/: each breaks one rule or parse case, and its
 * sidecar {@code .expected} lists the diagnostics it must get, each as its message on a
 * {@code # } line and {@code severity rule line:col} on the next — no more, no fewer. {@code -Dgolden.update=true} rewrites the sidecars from what the
 * validator says now; review the diff before committing it.
 */
class InvalidCorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/invalid");
  /** The shipped variants plus one that is not the 湖北 unit form, for layout-scoped rules. */
  static final org.jixiao.variant.Variants LAYOUTS = new org.jixiao.variant.Variants(
      org.jixiao.template.TemplateRoot.folder(java.nio.file.Path.of("templates")));

  static Stream<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(CORPUS)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @Test
  void theCorpusIsLargeAndEveryFileHasItsExpectation() throws IOException {
    List<Path> all = files().toList();
    assertTrue(all.size() >= 40, "corpus has " + all.size() + " files");
    for (Path p : all) {
      assertTrue(Files.isRegularFile(expected(p)), "missing " + expected(p));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void eachFileGetsExactlyItsDiagnostics(Path file) throws IOException {
    String name = file.getFileName().toString();
    Validator.Report r = new Validator(LAYOUTS, Messages.ZH, false)
        .check(name, Files.readAllBytes(file));
    List<String> got = r.diagnostics().stream()
        .flatMap(d -> Stream.of("# " + d.message(),
            d.severity().label() + " " + d.rule() + " " + d.line() + ":" + d.column()))
        .toList();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected(file), String.join("\n", got) + (got.isEmpty() ? "" : "\n"),
          StandardCharsets.UTF_8);
      return;
    }
    List<String> want = Files.readAllLines(expected(file), StandardCharsets.UTF_8).stream()
        .map(String::strip).filter(l -> !l.isEmpty()).toList();
    assertEquals(want, got, () -> String.join("\n", r.diagnostics().stream()
        .map(Diagnostic::headline).toList()));
    for (Diagnostic d : r.diagnostics()) {
      assertTrue(d.line() > 0, "every diagnostic has a line: " + d.headline());
      assertFalse(d.hint().isBlank(), "every diagnostic says how to fix it: " + d.headline());
      assertFalse(d.message().contains("Exception"), d.headline());
    }
    assertEquals(r.hasErrors(), r.declaration() == null, "errors block the declaration");
  }

  static Stream<Path> validFiles() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/valid"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  /** Values that look suspicious but are right (YAML 1.1 lookalikes, change rates, ranges). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("validFiles")
  void validEdgeCasesGetNoDiagnostic(Path file) throws IOException {
    Validator.Report r = new Validator(LAYOUTS, Messages.ZH, true)
        .check(file.getFileName().toString(), Files.readAllBytes(file));
    assertEquals(List.of(), r.diagnostics().stream().map(Diagnostic::headline).toList());
  }

  @Test
  void valuesAreKeptAsWritten() throws IOException {
    Validator.Report r = new Validator(LAYOUTS, Messages.ZH, false).check("f",
        Files.readAllBytes(Path.of("src/test/resources/valid/yaml11-surprises.yaml")));
    assertEquals("no", r.declaration().unit().contact());
    assertEquals("010", r.declaration().unit().phone());
    assertEquals("1.10", r.declaration().projects().get(0).budget().text());
  }

  @Test
  void amountsCopiedFromPrintedFormsKeepTheirValueAndPrecision() throws IOException {
    Validator.Report r = new Validator(LAYOUTS, Messages.ZH, false).check("f",
        Files.readAllBytes(Path.of("src/test/resources/valid/transcribed-amounts.yaml")));
    List<org.jixiao.model.FundLine> in = r.declaration().funds().income();
    assertEquals(List.of("1234.56", "12.5", "1000.5", "2279.048"),
        in.stream().map(l -> l.amount().text()).toList());
    assertEquals(List.of("1200", "1234", "0"), in.stream().map(l -> l.lastYear())
        .filter(java.util.Objects::nonNull).map(m -> m.text()).toList());
    // a dash, a slash or 无 is an empty cell; 0.00 is an amount
    assertEquals("0.00", in.get(3).yearBefore().text());
    assertEquals(null, in.get(0).yearBefore());
    assertEquals("1000.00", r.declaration().projects().get(0).budget().text());
  }

  @Test
  void datesAndYearsWrittenAsFormsPrintThemAreRead() throws IOException {
    Validator.Report r = new Validator(LAYOUTS, Messages.ZH, false).check("f",
        Files.readAllBytes(Path.of("src/test/resources/valid/transcribed-dates.yaml")));
    assertEquals(java.time.LocalDate.of(2024, 10, 16), r.declaration().unit().date());
    assertEquals(2025, r.declaration().year());
    assertEquals(2027, r.declaration().longTermGoal().until());
  }

  @Test
  void anAmountWithCommasInBracesIsTheAmountWritten() throws IOException {
    Validator.Report r = new Validator(LAYOUTS, Messages.ZH, false).check("f", Files.readAllBytes(
        Path.of("src/test/resources/valid/amount-with-commas-in-braces.yaml")));
    assertEquals(List.of(), r.diagnostics());
    assertEquals("1326.26", r.declaration().funds().income().get(0).amount().text());
  }

  @Test
  void aYearCopiedFromUnderTheTitleWithNianDuIsTheYear() throws IOException {
    Validator.Report r = new Validator(LAYOUTS, Messages.ZH, false).check("f",
        Files.readAllBytes(Path.of("src/test/resources/valid/year-as-the-title-prints-it.yaml")));
    assertEquals(List.of(), r.diagnostics());
    assertEquals(2023, r.declaration().year());
  }

  @Test
  void englishMessagesKeepTheRuleIds() throws IOException {
    Path f = CORPUS.resolve("rule-value-typo-guillemet.yaml");
    Validator.Report r = new Validator(LAYOUTS, Messages.EN, false).check("f", Files.readAllBytes(f));
    assertEquals("value-typo", r.diagnostics().get(0).rule());
    assertTrue(r.diagnostics().get(0).message().contains("look-alike"), r.diagnostics().toString());
    assertTrue(r.diagnostics().get(0).hint().contains("≥95%"), r.diagnostics().toString());
  }

  @Test
  void englishReachesTheYamlStage() throws IOException {
    Validator.Report r = new Validator(LAYOUTS, Messages.EN, false)
        .check("f", Files.readAllBytes(CORPUS.resolve("parse-gbk.yaml")));
    assertEquals("the file is not UTF-8 (perhaps GBK/GB18030 saved by Notepad or WPS)",
        r.diagnostics().get(0).message());
  }

  @Test
  void strictTurnsWarningsIntoErrors() throws IOException {
    byte[] bytes = Files.readAllBytes(CORPUS.resolve("rule-value-vague.yaml"));
    assertFalse(new Validator(LAYOUTS, Messages.ZH, false).check("f", bytes).hasErrors());
    Validator.Report strict = new Validator(LAYOUTS, Messages.ZH, true).check("f", bytes);
    assertTrue(strict.hasErrors());
    assertEquals("value-vague", strict.diagnostics().get(0).rule());
  }

  private static Path expected(Path yaml) {
    String n = yaml.getFileName().toString();
    return yaml.resolveSibling(n.substring(0, n.length() - ".yaml".length()) + ".expected");
  }
}
