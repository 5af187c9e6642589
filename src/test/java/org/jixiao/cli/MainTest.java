package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command transcripts: arguments in; exit code, stdout and stderr out. */
class MainTest {
  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  /** Whether a Chinese font is installed, so PDFs can be written here (else those checks skip). */
  static boolean chineseFontInstalled() {
    try {
      org.jixiao.writer.pdf.PdfFonts.find(List.of());
      return true;
    } catch (org.jixiao.diag.JixiaoException e) {
      return false;
    }
  }

  /**
   * The formats a render can write here: all of them, or DOCX and XLSX alone on a machine with no
   * Chinese font (where a PDF is one error by design), so the checks of the other formats still run.
   */
  static List<String> formatsHere() {
    return chineseFontInstalled() ? List.of() : List.of("--format", "docx,xlsx");
  }

  static Run jixiao(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve("data").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void renderAllRendersTheGoodUnitsReportsTheBadOneAndExitsOne() throws IOException {
    write("2025/good.yaml", "layout: hubei\nyear: 2025\nunit:\n  name: 好单位\n");
    write("2025/bad.yaml", "layout: hubei\nyear: 2025\nunit:\n  name: 坏单位\n  phnoe: 1\n");
    Path out = dir.resolve("out");
    Run r = jixiao("render", "--all", "--data", dir.resolve("data").toString(), "--templates",
        "templates", "--out", out.toString(), "--format", "docx");
    assertEquals(1, r.code(), r.err());
    assertTrue(Files.isRegularFile(out.resolve("2025/好单位/部门整体绩效目标申报表.docx")));
    assertFalse(Files.exists(out.resolve("2025/坏单位")));
    assertTrue(r.err().contains("bad.yaml:5:3: error[unknown-key]: 未知的键「phnoe」"), r.err());
    assertTrue(r.err().contains("是不是想写 phone？"), r.err());
    assertTrue(r.out().contains("rendered 1 of 2 units, 1 files"), r.out());
    try (Stream<Path> s = Files.walk(out)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp files left");
    }
  }

  @Test
  void renderWithoutFilesIsAUsageError() {
    Run r = jixiao("render");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--all"), r.err());
  }

  @Test
  void anUnknownOptionIsAUsageErrorSaidInChineseAndPicocliWords() {
    Run r = jixiao("render", "--bogus");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("jixiao: 没有这个选项（Unknown option: '--bogus'"), r.err());
    assertTrue(r.err().contains("用法见 jixiao render --help"), r.err());
  }

  @Test
  void anUnknownFormatIsAUsageError() throws IOException {
    Path f = write("x.yaml", "layout: hubei\nyear: 2025\nunit:\n  name: 甲\n");
    Run r = jixiao("render", f.toString(), "--format", "odt", "--templates", "templates");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("odt"), r.err());
    assertTrue(r.err().contains("可用：docx, xlsx, pdf, ofd"), r.err());
  }

  @Test
  void formatOfdWritesAnOfdOfEveryFormAndTheDefaultWritesNone() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(chineseFontInstalled(), "no Chinese font installed");
    Path sample = Path.of("data/2025/曾都区医疗保障信息中心.yaml");
    Path out = dir.resolve("out");
    Run r = jixiao("render", sample.toString(), "--templates", "templates", "--out", out.toString(),
        "--format", "ofd", "--quiet");
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("部门整体绩效目标申报表.ofd", "项目申报表-医保信息建设和维护经费.ofd"), files(out));
    Path byDefault = dir.resolve("default");
    Run all = jixiao("render", sample.toString(), "--templates", "templates", "--out", byDefault.toString(),
        "--quiet");
    assertEquals(0, all.code(), all.err());
    assertEquals(List.of("docx", "pdf", "xlsx"), files(byDefault).stream()
        .map(n -> n.substring(n.lastIndexOf('.') + 1)).distinct().sorted().toList());
  }

  /** The names of the files written under {@code out}, sorted; hidden files and the manifest left out. */
  private static List<String> files(Path out) throws IOException {
    try (Stream<Path> s = Files.walk(out)) {
      return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith(".") && !n.equals("jixiao.manifest")).sorted().toList();
    }
  }

  @Test
  void versionAndHelpSucceed() {
    assertTrue(jixiao("--version").out().startsWith("jixiao "));
    Run help = jixiao("render", "--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("--format"));
  }

  @Test
  void helpSpeaksChineseFirstAndEnglishAfterFromTheResourceBundles() {
    String render = jixiao("render", "--help").out();
    assertTrue(render.contains("生成 --data 文件夹下的全部 *.yaml (render every *.yaml"), render);
    assertTrue(render.contains("默认 data"), "defaults are filled in: " + render);
    for (String command : List.of("validate", "init", "schema")) {
      String help = jixiao(command, "--help").out();
      assertTrue(help.contains("显示帮助 (show this help"), command + ": " + help);
      assertTrue(java.util.regex.Pattern.compile("(?m)^\\p{IsHan}").matcher(help).find(),
          command + " has a Chinese description: " + help);
    }
    Run top = jixiao("--help");
    assertTrue(top.out().contains("退出码：0 成功"), top.out() + top.err());
  }

  @Test
  void emitLayoutPrintsTheLayoutXmlAndWritesNothing() throws IOException {
    Path f = write("x.yaml", "layout: hubei\nyear: 2025\nunit:\n  name: 甲<&>\n  level: 二级\n");
    Run r = jixiao("render", f.toString(), "--emit", "layout", "--templates", "templates", "--out",
        dir.resolve("out").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("本单位属二级单位部门整体支出绩效目标申报表为空。"), r.out());
    assertFalse(Files.exists(dir.resolve("out")));
  }
}
