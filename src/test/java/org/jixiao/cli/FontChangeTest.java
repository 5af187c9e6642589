package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.render.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project whose fonts change (a unit rendered on Windows with SimSun, checked in CI with Noto):
 * the manifest keeps the fonts each unit's PDF was drawn with, and {@code render --check} says a
 * PDF differs because the fonts did, not the data. A child JVM, as jixiao.yaml is read from the
 * working folder; two Noto faces stand in for the two machines' fonts.
 */
class FontChangeTest {
  private static final String NOTO = "/usr/share/fonts/opentype/noto/";
  private static final String UNIT = "2025/曾都区医疗保障信息中心";

  @TempDir
  Path dir;

  private ChildJvm.Run jixiao(String... args) throws IOException, InterruptedException {
    return ChildJvm.run(List.of("-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
        "-Dstderr.encoding=UTF-8"), pb -> pb.directory(dir.toFile()), args);
  }

  private void fonts(String body) throws IOException {
    Files.writeString(dir.resolve("jixiao.yaml"), "fonts:\n  - " + NOTO + body + "\n  - " + NOTO
        + "NotoSansCJK-Bold.ttc\nsystem-fonts: false\n");
  }

  @Test
  void checkNamesAFontChangeAsTheReasonAPdfDiffers() throws Exception {
    for (String f : List.of("NotoSerifCJK-Regular.ttc", "NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc")) {
      assumeTrue(Files.isRegularFile(Path.of(NOTO + f)), NOTO + f + " (fonts-noto-cjk) is not installed");
    }
    Path yaml = dir.resolve("data").resolve(UNIT + ".yaml");
    Files.createDirectories(yaml.getParent());
    Files.copy(Samples.DATA.resolve(UNIT + ".yaml"), yaml);
    String templates = Samples.TEMPLATES.toAbsolutePath().toString();
    fonts("NotoSerifCJK-Regular.ttc");
    ChildJvm.Run first = jixiao("render", "--all", "--templates", templates, "--format", "docx,pdf", "--quiet");
    assertEquals(0, first.code(), first.err());
    String manifest = Files.readString(dir.resolve("out/jixiao.manifest"));
    assertTrue(manifest.contains("\tNotoSerifCJKsc-Regular, NotoSansCJKsc-Bold\n"), manifest);

    ChildJvm.Run same = jixiao("render", "--all", "--templates", templates, "--format", "docx,pdf", "--check");
    assertEquals(0, same.code(), same.out() + same.err());

    fonts("NotoSansCJK-Regular.ttc");
    ChildJvm.Run r = jixiao("render", "--all", "--templates", templates, "--format", "docx,pdf", "--check");
    assertEquals(1, r.code(), r.out() + r.err());
    List<String> listed = r.out().lines().filter(l -> l.startsWith("不一致") || l.startsWith("缺少"))
        .map(l -> l.replace(" out" + File.separator, " ").replace(File.separatorChar, '/')).toList();
    assertEquals(List.of(
        "不一致 (differs): " + UNIT + "/部门整体绩效目标申报表.pdf（字体不同，不是数据变了：上次用 NotoSerifCJKsc-Regular, "
            + "NotoSansCJKsc-Bold，这次用 NotoSansCJKsc-Regular, NotoSansCJKsc-Bold；fonts differ）",
        "不一致 (differs): " + UNIT + "/项目申报表-医保信息建设和维护经费.pdf（字体不同，不是数据变了：上次用 NotoSerifCJKsc-Regular, "
            + "NotoSansCJKsc-Bold，这次用 NotoSansCJKsc-Regular, NotoSansCJKsc-Bold；fonts differ）"), listed);
  }
}
