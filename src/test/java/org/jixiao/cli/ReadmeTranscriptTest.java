package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's examples are transcripts, compared whole: what the README shows a user is what
 * jixiao prints, so the two cannot drift apart.
 */
class ReadmeTranscriptTest {
  @TempDir
  Path dir;

  /** The block after {@code marker} in README.md, between its ``` fences. */
  static String block(String marker) throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int at = readme.indexOf(marker);
    int open = readme.indexOf('\n', readme.indexOf("```", at)) + 1;
    return readme.substring(open, readme.indexOf("```\n", open));
  }

  @Test
  void theValidateExampleIsWhatValidatePrints() throws IOException {
    String sample = "data/2025/广水市医疗保障局.yaml";
    Path f = dir.resolve(sample);
    Files.createDirectories(f.getParent());
    Files.writeString(f, Files.readString(Path.of(sample))
        .replace("城乡居民医疗保险覆盖率: ≥95%", "城乡居民医疗保险覆盖率: 》95%"));
    Run r = MainTest.jixiao("validate", f.toString(), "--templates", "templates");
    assertEquals(0, r.code(), r.err());
    String printed = r.err().replace(f.toString().replace('\\', '/'), sample);
    assertEquals(block("Every problem of a file is reported at once:"), printed);
    assertEquals("检查了 1 个文件：0 个无问题，0 个错误，1 个警告\n", r.out());
  }

  @Test
  void theCheckExampleIsWhatCheckPrints() throws IOException {
    assumeTrue(MainTest.chineseFontInstalled(), "the example lists a PDF; no Chinese font is installed here");
    Path data = dir.resolve("data");
    for (Path f : org.jixiao.render.Samples.files()) {
      Path to = data.resolve(org.jixiao.render.Samples.DATA.relativize(f).toString());
      Files.createDirectories(to.getParent());
      Files.copy(f, to);
    }
    Path out = dir.resolve("out");
    String[] where = {"--data", data.toString(), "--out", out.toString(), "--templates", "templates"};
    assertEquals(0, MainTest.jixiao(concat(new String[] {"render", "--all"}, where)).code());
    Path pdf = out.resolve("2025/广水市医疗保障局/部门整体绩效目标申报表.pdf");
    Files.write(pdf, new byte[] {'x'}, java.nio.file.StandardOpenOption.APPEND);
    Files.delete(out.resolve("2025/曾都区医疗保障信息中心/部门整体绩效目标申报表.xlsx"));
    Files.createDirectories(out.resolve("2025/旧单位"));
    Files.copy(pdf, out.resolve("2025/旧单位/部门整体绩效目标申报表.pdf"));

    Run r = MainTest.jixiao(concat(new String[] {"render", "--all", "--check"}, where));
    assertEquals(1, r.code(), r.err());
    String printed = "$ jixiao render --all --check\n" + r.out()
        .replace(out.toString().replace('\\', '/'), "out")
        .replaceAll("in [0-9.]+ s;", "in 2.3 s;");
    assertEquals(block("renders in memory and compares"), printed);
  }

  @Test
  void theInitExampleIsAnExcerptOfWhatInitWrites() throws IOException {
    Path f = dir.resolve("data/2026/某某县医疗保障局.yaml");
    Run r = MainTest.jixiao("init", f.toString(), "--unit", "某某县医疗保障局", "--year", "2026", "--layout", "henan",
        "--templates", "templates");
    assertEquals(0, r.code(), r.err());
    List<String> written = Files.readAllLines(f);
    int at = 0;
    for (String line : block("writes a declaration with every section of the layout").lines().toList()) {
      while (at < written.size() && !written.get(at).equals(line)) {
        at++;
      }
      assertTrue(at < written.size(), "README's init excerpt line not written in this order: " + line);
      at++;
    }
  }

  private static String[] concat(String[] a, String[] b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }
}
