package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.output.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an adversarial user tried (issue 18, D1–D16), in process: each a unit's clear error,
 * never a trace, a lost form or an aborted batch.
 */
class AttackTest {
  @TempDir
  Path dir;

  static final String GOOD = "layout: hubei\nyear: 2025\nunit:\n  name: 好单位\n";

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve("data").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  MainTest.Run render(String... more) {
    List<String> args = new ArrayList<>(List.of("render", "--all", "--data",
        dir.resolve("data").toString(), "--templates", "templates", "--out",
        dir.resolve("out").toString(), "--format", "docx", "--progress", "plain"));
    args.addAll(List.of(more));
    return MainTest.jixiao(args.toArray(String[]::new));
  }

  /** A file of {@code size} bytes that takes no disk space. */
  static void sparse(Path p, long size) throws IOException {
    Files.createDirectories(p.getParent());
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.setLength(size);
    }
  }

  @Test
  void d3RecursiveAliasIsADiagnosticAtItsLineAndTheBatchGoesOn() throws IOException {
    Path r = write("2025/a-recursive.yaml", "a: &a [*a]\n");
    write("2025/good.yaml", GOOD);
    MainTest.Run v = MainTest.jixiao("validate", r.toString(), "--templates", "templates");
    assertEquals(1, v.code(), v.err());
    assertTrue(v.err().contains("a-recursive.yaml:1:8: error[yaml-recursive]"), v.err());
    assertFalse(v.err().contains("StackOverflowError"), v.err());
    assertTrue(v.err().lines().count() < 12, "one diagnostic, not a trace: " + v.err());
    MainTest.Run b = render();
    assertEquals(1, b.code(), b.err());
    assertTrue(b.err().contains("error[yaml-recursive]"), b.err());
    assertTrue(Files.isRegularFile(dir.resolve("out/2025/好单位/部门整体绩效目标申报表.docx")),
        "the unit after it is rendered");
    assertTrue(Files.isRegularFile(dir.resolve("out/jixiao.manifest")));
  }

  /**
   * D11 and its sibling: one functions item of 32,000 characters is within a value's limit, and
   * with the others the 职能 cell passes Excel's; validate and render refuse it alike, at the
   * YAML line of that item.
   */
  @Test
  void d11ACellJoinedPastExcelsLimitFailsValidateAndRenderAtTheYamlLineOfItsLongestValue()
      throws IOException {
    String sample = Files.readString(Path.of("data/2025/广水市医疗保障局.yaml"));
    int at = sample.indexOf("functions:\n") + "functions:\n".length();
    String text = sample.substring(0, at) + "  - " + "医".repeat(32_000) + "\n" + sample.substring(at);
    int line = (int) sample.substring(0, at).lines().count() + 1;
    Path f = write("2025/long.yaml", text);
    MainTest.Run v = MainTest.jixiao("validate", f.toString(), "--templates", "templates");
    assertEquals(1, v.code(), v.err());
    assertTrue(v.err().contains("long.yaml:" + line + ":5: error[xlsx-cell-length]"), v.err());
    MainTest.Run b = render("--format", "docx,xlsx");
    assertEquals(1, b.code(), b.err());
    assertTrue(b.err().contains("long.yaml:" + line + ":5: error[xlsx-cell-length]"), b.err());
    assertFalse(Files.exists(dir.resolve("out/2025/广水市医疗保障局")), "no half unit: " + b.err());
  }

  /** D9's sibling: a data folder that is a symbolic link was walked as nothing, "0 of 0", exit 0. */
  @Test
  void aDataFolderThatIsASymbolicLinkIsReadAsTheFolderItPointsToAndALoopOnce() throws IOException {
    write("2025/good.yaml", GOOD);
    Path link = Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("data"));
    Files.createSymbolicLink(dir.resolve("data/2025/up"), dir.resolve("data"));
    MainTest.Run v = MainTest.jixiao("validate", "--all", "--data", link.toString(), "--templates",
        "templates");
    assertTrue(v.out().contains("检查了 1 个文件"), v.out() + v.err());
    MainTest.Run b = MainTest.jixiao("render", "--all", "--data", link.toString(), "--templates",
        "templates", "--out", dir.resolve("out").toString(), "--format", "docx");
    assertEquals(0, b.code(), b.err());
    assertTrue(Files.isRegularFile(dir.resolve("out/2025/好单位/部门整体绩效目标申报表.docx")), b.err());
    MainTest.Run f = MainTest.jixiao("validate", link.toString() + "/", "--templates", "templates");
    assertTrue(f.out().contains("检查了 1 个文件"), "a folder argument that is a link: " + f.out());
  }

  /**
   * D14's sibling: a name of only a full-width space or a line separator was an internal error
   * (a NullPointerException), one of only zero-width or bidi characters rendered as a folder "_".
   */
  @Test
  void aNameOfOnlyInvisibleOrWideSpaceCharactersIsRequiredAtItsLine() throws IOException {
    for (String name : List.of("\u3000", "\u2028", "\u200b\u200d", "\u202e\u2066", "\u00a0")) {
      Path f = write("2025/blank.yaml", GOOD.replace("好单位", "\"" + name + "\""));
      MainTest.Run v = MainTest.jixiao("validate", f.toString(), "--templates", "templates");
      assertEquals(1, v.code(), name.codePointAt(0) + ": " + v.err());
      assertTrue(v.err().contains("blank.yaml:4:9: error[required]"), name.codePointAt(0) + ": " + v.err());
      assertFalse(v.err().contains("internal"), v.err());
    }
  }

  /** --check reads a form only when its size is the size rendered: a huge file there is not read. */
  @Test
  void checkDoesNotReadAHugeFileWhereAFormShouldBe() throws IOException {
    write("2025/good.yaml", GOOD);
    assertEquals(0, render().code());
    Path docx = dir.resolve(A_DOCX);
    Files.delete(docx);
    sparse(docx, 3L * 1024 * 1024 * 1024);
    MainTest.Run c = render("--check");
    assertEquals(1, c.code(), c.err());
    assertFalse(c.err().contains("out-of-memory"), c.err());
    assertTrue((c.out() + c.err()).contains("1 missing or different"), c.out() + c.err());
  }

  /**
   * D10's sibling: a 2 GiB stray file in the template folder was read whole to hash it, and every
   * unit failed as out of memory; a template file that large is refused by its name.
   */
  @Test
  void aHugeFileInTheTemplateFolderIsNotReadWhole() throws IOException {
    Path tpl = dir.resolve("tpl");
    try (java.util.stream.Stream<Path> s = Files.walk(Path.of("templates"))) {
      for (Path p : s.toList()) {
        Files.copy(p, tpl.resolve(Path.of("templates").relativize(p).toString()));
      }
    }
    sparse(tpl.resolve("hubei/notes.txt"), 2L * 1024 * 1024 * 1024);
    write("2025/good.yaml", GOOD);
    MainTest.Run r = MainTest.jixiao("render", "--all", "--data", dir.resolve("data").toString(),
        "--templates", tpl.toString(), "--out", dir.resolve("out").toString(), "--format", "docx");
    assertEquals(0, r.code(), r.err());
    sparse(tpl.resolve("hubei/texts.yaml"), 2L * 1024 * 1024 * 1024);
    MainTest.Run t = MainTest.jixiao("validate", dir.resolve("data").toString(), "--templates",
        tpl.toString());
    assertEquals(1, t.code(), t.err());
    assertTrue(t.err().contains("texts.yaml 过大"), t.err());
    assertFalse(t.err().contains("out-of-memory") || t.err().contains("\tat "), t.err());
  }

  @Test
  void d10AHugeFileIsRefusedBySizeWithoutBeingRead() throws IOException {
    // 3 GiB: read whole, it cannot even be one Java array
    sparse(dir.resolve("data/2025/huge.yaml"), 3L << 30);
    write("2025/good.yaml", GOOD);
    MainTest.Run b = render();
    assertEquals(1, b.code(), b.err());
    assertTrue(b.err().contains("huge.yaml: error[yaml-size]: 文件过大（3145728 KiB）"), b.err());
    assertTrue(b.out().contains("rendered 1 of 2 units"), b.out());
    MainTest.Run v = MainTest.jixiao("validate", dir.resolve("data/2025/huge.yaml").toString(),
        "--templates", "templates");
    assertEquals(1, v.code(), v.err());
    assertTrue(v.err().contains("error[yaml-size]"), v.err());
  }

  @Test
  void d16AHugeManifestIsNotReadAndAFullRenderReplacesIt() throws IOException {
    sparse(dir.resolve("out/" + Manifest.FILE), 3L << 30);
    write("2025/good.yaml", GOOD);
    MainTest.Run b = render("--force");
    assertEquals(0, b.code(), b.err());
    assertTrue(Files.size(dir.resolve("out/" + Manifest.FILE)) < 10_000);
  }

  private static final String A_DOCX = "out/2025/好单位/部门整体绩效目标申报表.docx";

  @Test
  void d1ASecondFileForTheSameUnitNeverOverwritesTheFormsOfOneSkippedAsUnchanged()
      throws IOException {
    write("2025/b.yaml", GOOD + "  contact: 乙\n");
    assertEquals(0, render().code());
    byte[] first = Files.readAllBytes(dir.resolve(A_DOCX));
    // sorted before b.yaml, so rendered before b.yaml is found unchanged
    write("2025/a.yaml", GOOD + "  contact: 甲\n");
    for (int run = 0; run < 2; run++) {
      MainTest.Run r = render();
      assertEquals(1, r.code(), r.err());
      assertTrue(r.err().contains("a.yaml: error[output-collision]: 与 "), r.err());
      assertTrue(r.err().contains("b.yaml 输出到同一个文件夹"), r.err());
      assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(dir.resolve(A_DOCX))),
          "run " + run + ": b.yaml's form is kept");
    }
  }

  @Test
  void d1NamesThatDifferOnlyInCaseOrUnicodeFormCollide() throws IOException {
    write("2025/a.yaml", "layout: hubei\nyear: 2025\nunit:\n  name: Unit\n");
    write("2025/b.yaml", "layout: hubei\nyear: 2025\nunit:\n  name: UNIT\n");
    write("2025/c.yaml", "layout: hubei\nyear: 2025\nunit:\n  name: \"e\\u0301\"\n");
    write("2025/d.yaml", "layout: hubei\nyear: 2025\nunit:\n  name: \"\\u00e9\"\n");
    MainTest.Run r = render();
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("b.yaml: error[output-collision]: 与 "), r.err());
    assertTrue(r.err().contains("d.yaml: error[output-collision]: 与 "), r.err());
  }

  @Test
  void d2TwoProjectsWhoseNamesMakeOneFileNameAreAnErrorNamingBoth() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("data/2025/曾都区医疗保障信息中心.yaml"));
    String head = String.join("\n", lines.subList(0, 13)) + "\n";
    String project = String.join("\n", lines.subList(13, lines.size())) + "\n";
    write("2025/z.yaml", head + project.replace("name: 医保信息建设和维护经费", "name: 医保/经费")
        + project.replace("name: 医保信息建设和维护经费", "name: 医保:经费"));
    MainTest.Run r = render();
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("error[output-collision]"), r.err());
    assertTrue(r.err().contains("医保/经费") && r.err().contains("医保:经费"), r.err());
    assertFalse(Files.exists(dir.resolve("out/2025/曾都区医疗保障信息中心")), "nothing written");
    MainTest.Run v = MainTest.jixiao("validate", dir.resolve("data/2025/z.yaml").toString(),
        "--templates", "templates");
    assertEquals(1, v.code(), "validate says so too: " + v.err());
  }

  @Test
  void d14InvisibleAndBidiCharactersNeverReachAFileNameAndLongNamesFitIn255Bytes()
      throws IOException {
    write("2025/a.yaml", "layout: hubei\nyear: 2025\nunit:\n  name: \"甲\\u202e乙\\u200b丙\"\n");
    write("2025/b.yaml", "layout: hubei\nyear: 2025\nunit:\n  name: "
        + new String(Character.toChars(0x20000)).repeat(90) + "\n");
    MainTest.Run r = render();
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.isDirectory(dir.resolve("out/2025/甲乙丙")), r.out());
    try (var s = Files.list(dir.resolve("out/2025"))) {
      for (Path p : s.toList()) {
        assertTrue(p.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)
            .length <= 255, p.toString());
      }
    }
  }

  private static List<Path> temporaries(Path root) throws IOException {
    try (var s = Files.walk(root)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  @Test
  void d6AUnitThatCannotBeWrittenWholeKeepsItsPreviousVersionOfEveryFile() throws IOException {
    Path yaml = write("2025/good.yaml", GOOD);
    assertEquals(0, render("--format", "docx,xlsx").code());
    Path docx = dir.resolve(A_DOCX);
    Path xlsx = dir.resolve(A_DOCX.replace(".docx", ".xlsx"));
    byte[] old = Files.readAllBytes(docx);
    Files.writeString(yaml, GOOD + "  contact: 新联系人\n");
    Files.delete(xlsx);
    Files.createDirectories(xlsx.resolve("blocked"));
    MainTest.Run r = render("--format", "docx,xlsx");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("error[output-write]"), r.err());
    assertTrue(java.util.Arrays.equals(old, Files.readAllBytes(docx)), "the DOCX is not new");
    assertTrue(r.out().contains("rendered 0 of 1 units, 0 files"), r.out());
    assertEquals(List.of(), temporaries(dir.resolve("out")));
  }

  @Test
  void d6ANewUnitThatCannotBeWrittenLeavesNoFolder() {
    Path out = dir.resolve("out");
    Path blocked = out.resolve("2025/F");
    java.util.Map<Path, byte[]> files = new java.util.LinkedHashMap<>();
    files.put(out.resolve("2025/N/a.docx"), new byte[] {1});
    files.put(blocked.resolve("b.docx"), new byte[] {2});
    try {
      Files.createDirectories(out);
      Files.writeString(out.resolve("keep.txt"), "");
      Files.createDirectories(blocked.getParent());
      Files.writeString(blocked, "a file where a folder should be");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    org.junit.jupiter.api.Assertions.assertThrows(org.jixiao.diag.JixiaoException.class,
        () -> org.jixiao.output.AtomicFiles.writeAll(files));
    assertFalse(Files.exists(out.resolve("2025/N")), "the folder it made is gone");
    assertTrue(Files.isRegularFile(out.resolve("keep.txt")));
  }

  @Test
  void d12AUnitFolderThatIsASymbolicLinkIsRefusedAndNothingIsWrittenThroughIt()
      throws IOException {
    write("2025/good.yaml", GOOD);
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createDirectories(dir.resolve("out/2025"));
    Files.createSymbolicLink(dir.resolve("out/2025/好单位"), elsewhere);
    MainTest.Run r = render();
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("error[output-symlink]"), r.err());
    try (var s = Files.list(elsewhere)) {
      assertEquals(0, s.count(), "nothing written outside --out");
    }
  }

  @Test
  void d9CheckThroughAnOutputFolderThatIsASymbolicLinkSeesTheFormsInside() throws IOException {
    write("2025/good.yaml", GOOD);
    assertEquals(0, render().code());
    Path extra = dir.resolve("out/2025/旧单位/部门整体绩效目标申报表.docx");
    Files.createDirectories(extra.getParent());
    Files.writeString(extra, "old");
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("out"));
    MainTest.Run r = MainTest.jixiao("render", "--all", "--data", dir.resolve("data").toString(),
        "--templates", "templates", "--out", link.toString(), "--format", "docx", "--check");
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("多余 (extra): ") && r.out().contains("旧单位"), r.out());
  }

  @Test
  void d15AnEmptyOutIsAUsageError() throws IOException {
    write("2025/good.yaml", GOOD);
    MainTest.Run r = MainTest.jixiao("render", "--all", "--data", dir.resolve("data").toString(),
        "--templates", "templates", "--out", "");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("--out"), r.err());
  }

  @Test
  void aFolderArgumentRendersTheFilesInItAndARepeatedFormatIsWrittenOnce() throws IOException {
    write("2025/good.yaml", GOOD);
    MainTest.Run r = MainTest.jixiao("render", dir.resolve("data/2025").toString() + "/",
        "--templates", "templates", "--out", dir.resolve("out").toString(), "--format",
        "docx,docx,DOCX", "--progress", "plain");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("rendered 1 of 1 units, 1 files"), r.out());
    MainTest.Run v = MainTest.jixiao("validate", dir.resolve("data").toString(),
        "--templates", "templates");
    assertEquals(0, v.code(), v.err());
    assertTrue(v.out().contains("检查了 1 个文件"), v.out());
  }
}
