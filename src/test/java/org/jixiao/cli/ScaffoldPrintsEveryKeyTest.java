package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jixiao.cli.MainTest.Run;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.render.Renderer;
import org.jixiao.render.Samples;
import org.jixiao.validate.Validator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing a unit writes is lost: for every variant, the blank declaration {@code jixiao init}
 * writes (every key its forms print) is filled with a distinct number in each empty place, and
 * every number the checks accept must appear on the forms; each indicator line carries every key
 * the forms' {@code keys: indicator:} name (a column each). A key an edition lists in its keys:
 * that its template does not print (accepted, then dropped) fails here. A number a check refuses
 * where it stands (a date, a closed list, a total) is taken out again: such keys are the checks'
 * and their tests' business.
 */
class ScaffoldPrintsEveryKeyTest {
  @TempDir
  Path dir;

  private static final Pattern EMPTY_KEY = Pattern.compile("^(\\s*)(- )?([^\\s#:][^:#]*):\\s*$");
  private static final Pattern MARK = Pattern.compile("\"(\\d{5,6})\"|段落(\\d{5})|指标(\\d{5})");

  static Stream<String> variants() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("templates"))) {
      return s.filter(p -> Files.isRegularFile(p.resolve("variant.yaml")))
          .map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  /** The code of a line without its comment (a scaffold's comments start after two spaces). */
  private static String code(String line) {
    if (line.stripLeading().startsWith("#")) {
      return "";
    }
    int hash = line.indexOf("  #");
    return (hash < 0 ? line : line.substring(0, hash)).stripTrailing();
  }

  private static int indent(String code) {
    return code.length() - code.stripLeading().length();
  }

  /** Every empty place of {@code scaffold} given a number of its own, counting down from 90000. */
  static String fill(String scaffold) {
    return fill(scaffold, List.of("value"));
  }

  /**
   * {@code scaffold} filled; an indicator line to write ({@code ……:}) becomes one indicator with
   * every key of {@code indicatorKeys}, each its own number.
   */
  static String fill(String scaffold, List<String> indicatorKeys) {
    String[] lines = scaffold.split("\n", -1);
    List<String> out = new ArrayList<>();
    int next = 90000;
    for (int i = 0; i < lines.length; i++) {
      String code = code(lines[i]);
      String following = "";
      for (int j = i + 1; j < lines.length; j++) {
        if (!code(lines[j]).isBlank()) {
          following = code(lines[j]);
          break;
        }
      }
      boolean hasChildren = !following.isEmpty() && (indent(following) > indent(code)
          || following.stripLeading().startsWith("- ") && indent(following) >= indent(code));
      Matcher m = EMPTY_KEY.matcher(code);
      if (code.strip().equals("-") && !hasChildren) {
        out.add(code + " 段落" + (next -= 7));
      } else if (m.matches() && !hasChildren) {
        String key = m.group(3).strip();
        String prefix = m.group(1) + (m.group(2) == null ? "" : m.group(2));
        if (key.equals("……")) {
          StringBuilder row = new StringBuilder(prefix + "指标" + (next -= 7) + ": {");
          for (String k : indicatorKeys) {
            row.append(row.charAt(row.length() - 1) == '{' ? "" : ", ").append(k).append(": \"")
                .append(next -= 7).append('"');
          }
          out.add(row.append('}').toString());
        } else {
          out.add(code + " \"" + (next -= 7) + "\"");
        }
      } else {
        out.add(lines[i]);
      }
    }
    return String.join("\n", out);
  }

  /**
   * {@code text} with each total a variant adds up ({@code total-fields}' {@code sums:},
   * "总额 = 部分 + 部分") written as the sum of its parts' numbers, so the total stays on the
   * form and is checked for too (distinct numbers would be refused, and the total left blank).
   */
  static String summed(String text, List<String> sums) {
    for (String sum : sums) {
      String[] sides = sum.split("=");
      long whole = 0;
      for (String part : sides[1].split("\\+")) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(part.strip()) + ": \"(\\d+)\"")
            .matcher(text);
        if (!m.find()) {
          whole = -1;
          break;
        }
        whole += Long.parseLong(m.group(1));
      }
      if (whole >= 0) {
        text = Pattern.compile("(?m)^(\\s*" + Pattern.quote(sides[0].strip()) + ": )\"\\d+\"")
            .matcher(text).replaceFirst("$1\"" + whole + "\"");
      }
    }
    return text;
  }

  @ParameterizedTest
  @MethodSource("variants")
  void everyKeyTheBlankDeclarationHasIsPrinted(String variant) throws IOException {
    Path f = dir.resolve(variant + ".yaml");
    Run init = MainTest.jixiao("init", f.toString(), "--templates", "templates", "--layout", variant,
        "--unit", "某单位", "--year", "2025");
    assertEquals(0, init.code(), init.err());
    Renderer renderer = Samples.renderer();
    // the indicator keys the forms print, but none of kind columns (a mapping of its own)
    var v = renderer.variants().get(variant);
    List<String> indicatorKeys = v.forms().stream()
        .flatMap(x -> x.keys().getOrDefault("indicator", List.of("value")).stream()).distinct()
        .filter(k -> v.fields().getOrDefault("indicator", java.util.Map.of()).get(k) == null
            || !"columns".equals(v.fields().get("indicator").get(k).kind()))
        .toList();
    String text = fill(Files.readString(f), indicatorKeys.isEmpty() ? List.of("value") : indicatorKeys);
    text = summed(text, v.check("total-fields", "off").list("sums", List.of()));
    Validator validator = renderer.validator(Messages.ZH, false);
    Validator.Report report = null;
    for (int round = 0; round < 8; round++) {
      report = validator.check(f.toString(), text.getBytes(StandardCharsets.UTF_8));
      Set<Integer> refused = new TreeSet<>();
      for (Diagnostic d : report.diagnostics()) {
        if (d.isError() && d.line() > 0) {
          refused.add(d.line());
        }
      }
      if (refused.isEmpty()) {
        break;
      }
      // a number refused where it stands: that place left empty again, as init wrote it
      String[] lines = text.split("\n", -1);
      for (int line : refused) {
        if (lines[line - 1].contains("指标") && MARK.matcher(lines[line - 1]).find()) {
          lines[line - 1] = ""; // an indicator line of ours: gone (the line count kept)
          continue;
        }
        if (MARK.matcher(lines[line - 1]).find()) {
          lines[line - 1] = MARK.matcher(lines[line - 1]).replaceAll("");
          continue;
        }
        // refused at a key whose numbers stand below it (a total over its lines): those
        // (at a list's first item: the whole list, down to the key above it)
        int at = indent(code(lines[line - 1])) - (code(lines[line - 1]).stripLeading().startsWith("- ") ? 1 : 0);
        for (int j = line; j < lines.length && (code(lines[j]).isBlank() || indent(code(lines[j])) > at); j++) {
          lines[j] = MARK.matcher(lines[j]).replaceAll("");
        }
      }
      text = String.join("\n", lines);
    }
    assertTrue(report != null && !report.hasErrors(), variant + ": " + report.diagnostics());
    StringBuilder printed = new StringBuilder();
    renderer.layouts(report.declaration()).forEach(x -> printed.append(x.xml()));
    // amounts may be printed with thousands separated (3,309,840.00)
    String forms = printed.toString().replace(",", "");
    // a number a check warns about at its line is reported, not lost (an amount the form adds up
    // from other rows and only compares)
    Set<Integer> warned = new TreeSet<>();
    report.diagnostics().forEach(d -> warned.add(d.line()));
    List<String> lost = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARK.matcher(lines[i]);
      while (m.find()) {
        String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        if (!forms.contains(n) && !warned.contains(i + 1)) {
          lost.add((i + 1) + ": " + lines[i].strip());
        }
      }
    }
    assertEquals(List.of(), lost, variant + ": written but not on any form");
  }
}
