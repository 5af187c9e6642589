package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.render.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A machine without a Chinese font, as the README's first command meets it: every unit's DOCX
 * and XLSX are still written and the PDFs are one error saying what to install. The machine's
 * fonts are hidden by the project's jixiao.yaml ({@code system-fonts: false} and no
 * {@code fonts:}), so nothing is uninstalled. A child JVM, as jixiao.yaml is read from the
 * working folder.
 */
class NoChineseFontTest {
  private static final List<String> UNITS = List.of("2025/广水市医疗保障局.yaml",
      "2025/曾都区医疗保障信息中心.yaml");

  @TempDir
  Path dir;

  private ChildJvm.Run jixiao(String... args) throws IOException, InterruptedException {
    return ChildJvm.run(List.of("-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
        "-Dstderr.encoding=UTF-8"), pb -> pb.directory(dir.toFile()), args);
  }

  private void project() throws IOException {
    for (String u : UNITS) {
      Path to = dir.resolve("data").resolve(u);
      Files.createDirectories(to.getParent());
      Files.copy(Samples.DATA.resolve(u), to);
    }
    Files.writeString(dir.resolve("jixiao.yaml"), "# no font but those listed, and none listed\n"
        + "system-fonts: false\n");
  }

  private List<String> written() throws IOException {
    if (!Files.isDirectory(dir.resolve("out"))) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir.resolve("out"))) {
      return s.filter(Files::isRegularFile).map(p -> dir.resolve("out").relativize(p).toString())
          .filter(p -> !p.startsWith(".")).sorted().toList();
    }
  }

  private static int count(String text, String what) {
    return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
  }

  @Test
  void renderWritesEveryDocxAndXlsxAndReportsThePdfsOnceThenPdfAloneFailsFast() throws Exception {
    project();
    String templates = Samples.TEMPLATES.toAbsolutePath().toString();
    ChildJvm.Run r = jixiao("render", "--all", "--templates", templates, "--progress", "plain");
    assertEquals(1, r.code(), r.err());
    assertEquals(1, count(r.err(), "error[pdf-font-missing]"), r.err());
    assertTrue(r.err().contains("sudo apt-get install fonts-noto-cjk"), r.err());
    assertTrue(r.err().contains("PDF 都没有生成"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    List<String> files = written();
    assertTrue(files.stream().noneMatch(f -> f.endsWith(".pdf")), files.toString());
    for (String unit : List.of("广水市医疗保障局", "曾都区医疗保障信息中心")) {
      for (String ext : List.of(".docx", ".xlsx")) {
        assertTrue(files.contains("2025/" + unit + "/部门整体绩效目标申报表" + ext), files.toString());
      }
    }
    assertTrue(r.out().contains("rendered 2 of 2 units"), r.out());

    ChildJvm.Run pdf = jixiao("render", "--all", "--templates", templates, "--format", "pdf",
        "--out", "pdf-out");
    assertEquals(1, pdf.code(), pdf.err());
    assertEquals(1, count(pdf.err(), "error[pdf-font-missing]"), pdf.err());
    assertTrue(pdf.err().contains("fonts-noto-cjk"), pdf.err());
    assertEquals("", pdf.out(), "nothing is rendered: " + pdf.out());
    assertFalse(Files.exists(dir.resolve("pdf-out")), "no output folder");

    // OFD is drawn with the same fonts: asked for beside DOCX it is the one error, DOCX is written
    ChildJvm.Run ofd = jixiao("render", "--all", "--templates", templates, "--format", "docx,ofd",
        "--out", "ofd-out", "--force");
    assertEquals(1, ofd.code(), ofd.err());
    assertEquals(1, count(ofd.err(), "error[pdf-font-missing]"), ofd.err());
    assertTrue(ofd.err().contains("各单位的 OFD 都没有生成"), ofd.err());
    try (Stream<Path> s = Files.walk(dir.resolve("ofd-out"))) {
      List<String> made = s.map(Path::toString).filter(f -> f.endsWith(".ofd") || f.endsWith(".docx")).toList();
      assertTrue(made.stream().noneMatch(f -> f.endsWith(".ofd")), made.toString());
      assertEquals(3, made.size(), made.toString()); // 广水 one form, 曾都 two
    }
  }
}
