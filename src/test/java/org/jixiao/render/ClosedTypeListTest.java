package org.jixiao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.template.TemplateEngine;
import org.jixiao.template.TemplateRoot;
import org.jixiao.validate.Validator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A variant whose 指标值类型 list is closed (an edition of 湖南 whose list adds 正向指标 and
 * 反向指标): a type naming one item is a warning and prints as that item; one naming several is an
 * error listing them; one naming none is an error listing the list.
 */
class ClosedTypeListTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "type: {0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "正向指标 | clean | 正向指标",
      "正向 | warning | 正向指标",
      "反向 | warning | 反向指标",
      "指标 | error | 可以是 正向指标、反向指标 中的任一个",
      "大于 | error | 只能是 ≥、≤、=、定性、正向指标、反向指标"})
  void aTypeNamingOneItemIsThatItem(String type, String outcome, String shows) throws IOException {
    Path templates = dir.resolve("templates");
    try (Stream<Path> s = Files.walk(Samples.TEMPLATES)) {
      for (Path p : s.toList()) {
        Path to = templates.resolve(Samples.TEMPLATES.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    Path variant = Files.createDirectories(templates.resolve("hunan-boxes"));
    Files.writeString(variant.resolve("variant.yaml"), "extends: hunan\nlists:\n"
        + "  indicator.type: {values: [≥, ≤, =, 定性, 正向指标, 反向指标], closed: \"true\"}\n",
        StandardCharsets.UTF_8);
    String text = Files.readString(Samples.hengyang(), StandardCharsets.UTF_8)
        .replace("layout: hunan", "layout: hunan-boxes")
        .replace("unit: 层, type: ≥}", "unit: 层, type: " + type + "}");
    Renderer r = new Renderer(new TemplateEngine(TemplateRoot.folder(templates)), List.of());
    Validator.Report report = r.validator(Messages.ZH, false)
        .check("h.yaml", text.getBytes(StandardCharsets.UTF_8));
    List<Diagnostic> typed = report.diagnostics().stream()
        .filter(d -> d.rule().equals("value-list")).toList();
    String all = String.join("\n", report.diagnostics().stream().map(Diagnostic::headline).toList());
    if (outcome.equals("clean")) {
      assertEquals(List.of(), typed, all);
    } else {
      assertEquals(1, typed.size(), all);
      assertEquals(outcome, typed.get(0).severity().label(), all);
      assertEquals(27, typed.get(0).line(), all);
    }
    if (outcome.equals("error")) {
      assertTrue(typed.get(0).message().contains(shows), all);
      return;
    }
    String xml = String.join("", r.layouts(report.declaration()).stream()
        .map(Renderer.FormXml::xml).toList());
    assertTrue(xml.contains("<cell>层</cell><cell>" + shows + "</cell>"), "prints " + shows);
  }
}
