package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistake in a variant's own files is shown with that file's line, not the declaration's. */
class VariantFileDiagnosticsTest {
  @TempDir
  Path dir;

  @Test
  void validateEchoesTheLineOfTheVariantFileTheErrorIsIn() throws IOException {
    Path variant = dir.resolve("templates/my-dept");
    Files.createDirectories(variant);
    Files.copy(Path.of("templates/hunan-yueyanglou-2023-dept/variant.yaml"), variant.resolve("variant.yaml"));
    Files.copy(Path.of("templates/hunan-yueyanglou-2023-dept/整体绩效目标表.vm"), variant.resolve("整体绩效目标表.vm"));
    Files.writeString(variant.resolve("indicators.yaml"), "# the frame\nframe: is empty): oops\n");
    Path file = dir.resolve("unit.yaml");
    Files.writeString(file, "layout: my-dept\n# a comment line, the second of this file\nyear: 2023\nunit: {name: 某中心}\n");
    Run r = MainTest.jixiao("validate", "--templates", dir.resolve("templates").toString(), file.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("indicators.yaml:2:"), r.err());
    assertTrue(r.err().contains(" 2 | frame: is empty): oops"), r.err());
    assertTrue(!r.err().contains("a comment line"), r.err());
  }

  @Test
  void aTitleSlotNamingNoKeyOfTheVariantIsReportedAtTheTitle() throws IOException {
    // {project.专项目} for the variant's own 专项: the title would print with a blank in it
    Path variant = dir.resolve("templates/my-region");
    Files.createDirectories(variant);
    Files.writeString(variant.resolve("variant.yaml"),
        Files.readString(Path.of("templates/sichuan-nanjiang-2023-region/variant.yaml"))
            .replace("extends: central-investment-plan", "extends: sichuan-nanjiang-2023-region")
            .replace("{project.专项}", "{project.专项目}"));
    Path file = dir.resolve("unit.yaml");
    Files.writeString(file, Files.readString(Path.of("src/test/resources/real/2023-nanjiang.yaml"))
        .replace("layout: sichuan-nanjiang-2023-region", "layout: my-region"));
    Run r = MainTest.jixiao("validate", "--templates", dir.resolve("templates").toString(), file.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("my-region/variant.yaml:13:12: error[variant-file]: forms: 区域绩效目标表: title: 中的 "
        + "{project.专项目} 不是本版式 fields: project: 里的键"), r.err());
    assertTrue(r.err().contains("是不是想写 {project.专项}？"), r.err());
  }

  /**
   * A form named anew where the parent's was meant (a title changed under a new form name): no
   * template of that name anywhere in the chain. validate says so at the form's line, naming the
   * form whose template it most likely meant; before, only render failed, without a line.
   */
  @Test
  void aFormWithoutATemplateInItsChainIsReportedAtItsLine() throws IOException {
    Path variant = dir.resolve("templates/hebei-2024-project");
    Files.createDirectories(variant);
    Files.writeString(variant.resolve("variant.yaml"), """
        description: 河北某县 项目支出绩效目标表
        extends: central-2015-project
        forms:
          项目支出绩效目标表:
            title: "{year}年度项目支出绩效目标表"
            each: project
        """);
    Path file = dir.resolve("unit.yaml");
    Files.writeString(file, "layout: hebei-2024-project\nyear: 2024\nunit: {name: 某县某局}\n");
    Run r = MainTest.jixiao("validate", "--templates", dir.resolve("templates").toString(), file.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("hebei-2024-project/variant.yaml:4:3: error[variant-file]: forms: 项目支出绩效目标表: "
        + "的模板 项目支出绩效目标表.vm 在 templates/hebei-2024-project、templates/central-2015-project 中都没有"), r.err());
    assertTrue(r.err().contains("在这张表下写 template: 项目支出绩效目标申报表.vm"), r.err());
    assertTrue(r.err().contains("在 forms: 项目支出绩效目标申报表: 下写 title:"), r.err());
  }

  /** A per-project template used by a form printed once per unit: the hint says each: project. */
  @Test
  void aProjectTemplateOnAFormNotPrintedPerProjectSaysEachProject() throws IOException {
    Path variant = dir.resolve("templates/hebei-2024-project");
    Files.createDirectories(variant);
    Files.writeString(variant.resolve("variant.yaml"), """
        description: 河北某县 项目支出绩效目标表
        extends: central-2015-project
        forms:
          项目支出绩效目标申报表: false
          项目支出绩效目标表:
            title: "{year}年度项目支出绩效目标表"
            template: 项目支出绩效目标申报表.vm
        """);
    Path file = dir.resolve("unit.yaml");
    Files.writeString(file, "layout: hebei-2024-project\nyear: 2024\nunit: {name: 某县某局}\n");
    Run r = MainTest.jixiao("render", "--templates", dir.resolve("templates").toString(), file.toString(),
        "--out", dir.resolve("out").toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("$project 只在每个项目印一份的表里有：在 variant.yaml 中这张表下写 each: project"),
        r.err());
  }

  /**
   * A key left with nothing after it (the last field deleted from under fields: project:): the
   * hint says first that the line may simply go, before the long help on what may be written.
   */
  @Test
  void aKeyWithNothingAfterItIsToldItMayGo() throws IOException {
    Path variant = dir.resolve("templates/my-county");
    Files.createDirectories(variant);
    Files.writeString(variant.resolve("variant.yaml"), "extends: county-416-project\nfields:\n  project:\n");
    Path file = dir.resolve("unit.yaml");
    Files.writeString(file, "layout: my-county\nyear: 2025\nunit: {name: 某局}\n");
    Run r = MainTest.jixiao("validate", "--templates", dir.resolve("templates").toString(), file.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("my-county/variant.yaml:3:11: error[variant-file]: 版式文件 /fields/project 有误：这里写的是空，应是键值"), r.err());
    assertTrue(r.err().contains("提示 (hint): 「project:」后面什么都没写：不要它就删去这一行，要它就在其下写上内容。"), r.err());
  }
}
