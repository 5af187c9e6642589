package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jixiao.render.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --all} over several units: parallel, ordered, incremental, --check, --quiet. */
class RenderBatchTest {
  private static final String GUANGSHUI = "2025/广水市医疗保障局/部门整体绩效目标申报表";
  private static final String YANGXIN = "2024/阳新县医疗保障基金核查中心/部门整体绩效目标申报表";
  private static final String ZENGDU = "2025/曾都区医疗保障信息中心/部门整体绩效目标申报表";

  @TempDir
  Path dir;

  /**
   * The three 湖北 samples: 阳新 (hubei-2023, one form), 广水 (one form) and 曾都 (部门整体 and one
   * 项目申报表), so each count below can be worked out by hand.
   */
  private Path data() throws IOException {
    Path to = dir.resolve("data");
    for (Path f : Samples.files()) {
      if (!f.getFileName().toString().matches("(阳新县|广水市|曾都区).*")) {
        continue;
      }
      Path target = to.resolve(Samples.DATA.relativize(f).toString());
      Files.createDirectories(target.getParent());
      Files.copy(f, target);
    }
    return to;
  }

  private Path templates() throws IOException {
    Path to = dir.resolve("templates");
    try (Stream<Path> s = Files.walk(Samples.TEMPLATES)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(Samples.TEMPLATES.relativize(f).toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
      }
    }
    return to;
  }

  private MainTest.Run render(Path data, Path templates, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("render", "--all", "--data", data.toString(),
        "--templates", templates.toString(), "--out", out.toString()));
    args.addAll(List.of(more));
    return MainTest.jixiao(args.toArray(String[]::new));
  }

  /** Every file under {@code out}, by relative path. */
  private static Map<String, byte[]> files(Path out) throws IOException {
    Map<String, byte[]> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(out)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        m.put(out.relativize(p).toString().replace(File.separatorChar, '/'), Files.readAllBytes(p));
      }
    }
    return m;
  }

  private static List<String> unitLines(String stdout) {
    return stdout.lines().filter(l -> l.startsWith("✓ ") || l.startsWith("= ")).toList();
  }

  @Test
  void oneJobAndTwoJobsWriteTheSameBytesAndReportInInputOrder() throws IOException {
    Path data = data();
    List<String> formats = MainTest.formatsHere();
    MainTest.Run one = render(data, Samples.TEMPLATES, dir.resolve("one"),
        Stream.concat(Stream.of("--jobs", "1"), formats.stream()).toArray(String[]::new));
    MainTest.Run two = render(data, Samples.TEMPLATES, dir.resolve("two"),
        Stream.concat(Stream.of("--jobs", "2"), formats.stream()).toArray(String[]::new));
    assertEquals(0, one.code(), one.err());
    assertEquals(0, two.code(), two.err());
    Map<String, byte[]> a = files(dir.resolve("one"));
    Map<String, byte[]> b = files(dir.resolve("two"));
    assertEquals(a.keySet(), b.keySet());
    // 4 forms × 3 formats (2 with no Chinese font here) and the manifest
    assertEquals(formats.isEmpty() ? 13 : 9, a.size(), a.keySet().toString());
    a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
    List<String> order = unitLines(two.out()).stream().map(l -> l.split(" ")[1]).toList();
    assertEquals(List.of("阳新县医疗保障基金核查中心.yaml", "广水市医疗保障局.yaml",
        "曾都区医疗保障信息中心.yaml"), order.stream().map(s -> s.substring(s.lastIndexOf('/') + 1))
        .toList());
    assertEquals(unitLines(one.out()), unitLines(two.out()).stream().map(l -> l.replace(
        dir.resolve("two").toString(), dir.resolve("one").toString())).toList());
  }

  /**
   * In a fresh JVM the libraries set themselves up during the first unit; docx4j's namespace
   * order once depended on which thread did that, so compare a cold two-job run with one job.
   */
  @Test
  void aColdRunWithTwoJobsWritesTheSameDocxAsOneJob() throws Exception {
    Path data = data();
    render(data, Samples.TEMPLATES, dir.resolve("one"), "--jobs", "1", "--format", "docx");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "render", "--all", "--data", data.toString(), "--templates",
        Samples.TEMPLATES.toString(), "--out", dir.resolve("two").toString(), "--jobs", "2",
        "--format", "docx", "--quiet").redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), log);
    Map<String, byte[]> a = files(dir.resolve("one"));
    Map<String, byte[]> b = files(dir.resolve("two"));
    assertEquals(a.keySet(), b.keySet());
    a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
  }

  @Test
  void anUnchangedUnitIsSkippedAndForceRendersItAgain() throws IOException {
    Path data = data();
    Path out = dir.resolve("out");
    assertEquals(0, render(data, Samples.TEMPLATES, out, "--format", "docx,xlsx").code());
    Path docx = out.resolve(GUANGSHUI + ".docx");
    FileTime written = Files.getLastModifiedTime(docx);
    Files.setLastModifiedTime(docx, FileTime.fromMillis(written.toMillis() - 60_000));
    FileTime backdated = Files.getLastModifiedTime(docx);

    MainTest.Run again = render(data, Samples.TEMPLATES, out, "--format", "docx,xlsx");
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().contains("rendered 0 of 3 units, 0 files in"), again.out());
    assertTrue(again.out().contains("3 unchanged"), again.out());
    assertEquals(backdated, Files.getLastModifiedTime(docx), "a skipped unit's files are not touched");

    MainTest.Run forced = render(data, Samples.TEMPLATES, out, "--format", "docx,xlsx", "--force");
    assertTrue(forced.out().contains("rendered 3 of 3 units, 8 files"), forced.out());
    assertFalse(backdated.equals(Files.getLastModifiedTime(docx)), "--force rewrites the files");
  }

  @Test
  void otherFormatsOrAChangedYamlRenderAgain() throws IOException {
    Path data = data();
    Path out = dir.resolve("out");
    render(data, Samples.TEMPLATES, out, "--format", "docx");
    MainTest.Run xlsx = render(data, Samples.TEMPLATES, out, "--format", "xlsx");
    assertTrue(xlsx.out().contains("rendered 3 of 3 units"), xlsx.out());

    Path yaml = data.resolve("2025/曾都区医疗保障信息中心.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("医保信息建设和维护经费", "医保信息维护经费"));
    MainTest.Run r = render(data, Samples.TEMPLATES, out, "--format", "xlsx");
    assertEquals(List.of("= data/2024/阳新县医疗保障基金核查中心.yaml（未改动，跳过）",
        "= data/2025/广水市医疗保障局.yaml（未改动，跳过）"),
        unitLines(r.out()).stream().filter(l -> l.startsWith("= ")).map(l -> l.replace(dir + "/", ""))
            .toList());
    assertEquals(1, unitLines(r.out()).stream().filter(l -> l.startsWith("✓ ")
        && l.contains("曾都区")).count(), r.out());
  }

  @Test
  void theKindOfPdfIsAnOptionPdfA2bByDefaultAndChangingItRendersAgain() throws IOException {
    assumeTrue(MainTest.chineseFontInstalled(), "no Chinese font installed to write PDFs with");
    Path data = data();
    Path out = dir.resolve("out");
    assertEquals(0, render(data, Samples.TEMPLATES, out, "--format", "pdf").code());
    Path pdf = out.resolve("2025/广水市医疗保障局/部门整体绩效目标申报表.pdf");
    assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)
        .contains("<pdfaid:part>2</pdfaid:part>"), "PDF/A-2b by default");
    MainTest.Run plain = render(data, Samples.TEMPLATES, out, "--format", "pdf", "--pdf", "plain");
    assertTrue(plain.out().contains("rendered 3 of 3 units"), plain.out());
    assertFalse(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).contains("pdfaid"));
    MainTest.Run bad = render(data, Samples.TEMPLATES, out, "--pdf", "pdfa-3");
    assertEquals(Main.USAGE, bad.code(), bad.err());
    assertTrue(bad.err().contains("--pdf 只能是 pdfa-2b, pdfa-1b, plain，不是 pdfa-3"), bad.err());
  }

  @Test
  void aChangedTemplateRendersExactlyTheUnitsThatUseIt() throws IOException {
    Path data = data();
    Path templates = templates();
    Path out = dir.resolve("out");
    assertEquals(0, render(data, templates, out, "--format", "docx").code());

    // only the one hubei-2023 unit uses this template
    Path old = templates.resolve("hubei-2023/部门整体绩效目标申报表.vm");
    Files.writeString(old, Files.readString(old) + "## a comment\n");
    MainTest.Run r = render(data, templates, out, "--format", "docx");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("rendered 1 of 3 units, 1 files"), r.out());
    assertTrue(r.out().contains("✓ " + dir.resolve("data/2024/阳新县医疗保障基金核查中心.yaml")),
        r.out());

    // both variants #parse the hubei macros
    Path macros = templates.resolve("hubei/macros.vm");
    Files.writeString(macros, Files.readString(macros) + "## a comment\n");
    r = render(data, templates, out, "--format", "docx");
    assertTrue(r.out().contains("rendered 3 of 3 units, 4 files"), r.out());

    // the standard texts count too
    Path texts = templates.resolve("hubei/texts.yaml");
    Files.writeString(texts, Files.readString(texts) + "# a comment\n");
    r = render(data, templates, out, "--format", "docx");
    assertTrue(r.out().contains("rendered 2 of 3 units, 3 files"), r.out());
  }

  @Test
  void anOutputDeletedOrEditedByHandIsRenderedAgain() throws IOException {
    Path data = data();
    Path out = dir.resolve("out");
    render(data, Samples.TEMPLATES, out, "--format", "docx,xlsx");
    byte[] original = Files.readAllBytes(out.resolve(ZENGDU + ".xlsx"));
    Files.delete(out.resolve(GUANGSHUI + ".docx"));
    Files.write(out.resolve(ZENGDU + ".xlsx"), new byte[original.length]); // same size, other bytes

    MainTest.Run r = render(data, Samples.TEMPLATES, out, "--format", "docx,xlsx");
    assertTrue(r.out().contains("rendered 2 of 3 units, 6 files"), r.out());
    assertTrue(Files.isRegularFile(out.resolve(GUANGSHUI + ".docx")));
    assertArrayEquals(original, Files.readAllBytes(out.resolve(ZENGDU + ".xlsx")));
  }

  @Test
  void checkExitsZeroWhenEveryOutputMatchesAndWritesNothing() throws IOException {
    Path data = data();
    Path out = dir.resolve("out");
    render(data, Samples.TEMPLATES, out, "--format", "docx");
    Map<String, byte[]> before = files(out);
    MainTest.Run r = render(data, Samples.TEMPLATES, out, "--format", "docx", "--check");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("checked 3 units, 4 files in"), r.out());
    assertTrue(r.out().contains("0 missing or different; 0 failed"), r.out());
    Map<String, byte[]> after = files(out);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
  }

  @Test
  void checkExitsOneListingEveryMissingOrDifferentOutput() throws IOException {
    Path data = data();
    Path out = dir.resolve("out");
    render(data, Samples.TEMPLATES, out, "--format", "docx,xlsx");
    Files.delete(out.resolve(YANGXIN + ".xlsx"));
    Path yaml = data.resolve("2025/广水市医疗保障局.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("魏建琴", "魏建"));

    MainTest.Run r = render(data, Samples.TEMPLATES, out, "--format", "docx,xlsx", "--check");
    assertEquals(1, r.code(), r.out() + r.err());
    List<String> listed = r.out().lines().filter(l -> l.startsWith("缺少") || l.startsWith("不一致"))
        .map(l -> l.replace(out + File.separator, "").replace(File.separatorChar, '/')).toList();
    assertEquals(List.of("缺少 (missing): " + YANGXIN + ".xlsx",
        "不一致 (differs): " + GUANGSHUI + ".docx",
        "不一致 (differs): " + GUANGSHUI + ".xlsx"), listed);
    assertTrue(r.out().contains("3 missing or different"), r.out());
    assertFalse(Files.exists(out.resolve(YANGXIN + ".xlsx")), "--check writes nothing");
  }

  @Test
  void checkWithAllListsFormsThatNoUnitProducesAnyMore() throws IOException {
    Path data = data();
    Path out = dir.resolve("out");
    render(data, Samples.TEMPLATES, out, "--format", "docx");
    // a unit whose YAML was deleted: its forms stay behind, and the next render forgets them
    Files.delete(data.resolve("2025/广水市医疗保障局.yaml"));
    assertEquals(0, render(data, Samples.TEMPLATES, out, "--format", "docx").code());
    Files.writeString(out.resolve("2025/README.txt"), "not a form");
    Files.writeString(out.resolve("2025/曾都区医疗保障信息中心/notes.txt"), "not a form");

    MainTest.Run r = render(data, Samples.TEMPLATES, out, "--format", "docx", "--check");
    assertEquals(1, r.code(), r.out() + r.err());
    List<String> listed = r.out().lines().filter(l -> l.startsWith("多余"))
        .map(l -> l.replace(out + File.separator, "").replace(File.separatorChar, '/')).toList();
    assertEquals(List.of("多余 (extra): " + GUANGSHUI + ".docx"), listed);
    assertTrue(r.out().contains("1 missing or different"), r.out());
    // without --all, only the files named are checked
    Path zengdu = data.resolve("2025/曾都区医疗保障信息中心.yaml");
    MainTest.Run one = MainTest.jixiao("render", zengdu.toString(), "--templates",
        Samples.TEMPLATES.toString(), "--out", out.toString(), "--format", "docx", "--check");
    assertEquals(0, one.code(), one.out() + one.err());
  }

  /** Even as root (CI): a folder where the manifest goes cannot be replaced by a file. */
  @Test
  void aManifestThatCannotBeWrittenIsOneOutputWriteErrorAndExitOne() throws IOException {
    Path data = data();
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("jixiao.manifest"));
    Files.writeString(out.resolve("jixiao.manifest/x"), "");
    MainTest.Run r = render(data, Samples.TEMPLATES, out, "--format", "docx");
    assertEquals(1, r.code(), r.out() + r.err());
    assertFalse(r.err().contains("内部错误"), r.err());
    assertTrue(r.err().contains(out.resolve("jixiao.manifest") + ": error[output-write]: 无法写入输出文件"),
        r.err());
    assertTrue(r.out().contains("rendered 3 of 3 units, 4 files in"), r.out());
    assertTrue(r.out().contains("; 0 failed"), r.out());
  }

  @Test
  void quietPrintsNothingOnSuccessAndOnlyTheFailureOtherwise() throws IOException {
    Path data = data();
    Path out = dir.resolve("out");
    MainTest.Run ok = render(data, Samples.TEMPLATES, out, "--format", "docx", "--quiet");
    assertEquals(0, ok.code(), ok.err());
    assertEquals("", ok.out());
    assertEquals("", ok.err());

    Files.writeString(data.resolve("2025/坏.yaml"), "layout: hubei\nyear: 2025\nunit:\n  nam: 坏\n");
    MainTest.Run bad = render(data, Samples.TEMPLATES, out, "--format", "docx", "--quiet");
    assertEquals(1, bad.code());
    assertEquals("", bad.out());
    assertTrue(bad.err().contains("坏.yaml:4:3: error[unknown-key]"), bad.err());
    assertTrue(bad.err().contains("  failed: " + dir.resolve("data/2025/坏.yaml")), bad.err());
  }

  @Test
  void aTerminalGetsAProgressBarOnStderrInsteadOfALinePerUnit() throws IOException {
    Path data = data();
    MainTest.Run r = render(data, Samples.TEMPLATES, dir.resolve("out"), "--format", "docx",
        "--progress", "bar");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("\r["), r.err());
    assertTrue(r.err().contains("] 3/3"), r.err());
    assertTrue(unitLines(r.out()).isEmpty(), r.out());
    assertTrue(r.out().startsWith("rendered 3 of 3 units"), r.out());
  }

  @Test
  void theBarShowsDoneRateAndTimeLeft() {
    assertEquals("[============>           ] 50/100  10.0/s  ETA 0:05", Progress.bar(50, 100, 5));
    assertEquals("[========================] 100/100  10.0/s", Progress.bar(100, 100, 10));
    assertEquals("[>                       ] 0/7  0.0/s", Progress.bar(0, 7, 0));
  }

  @Test
  void jobsMustBePositive() {
    MainTest.Run r = MainTest.jixiao("render", "--all", "--jobs", "0");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--jobs"), r.err());
  }
}
