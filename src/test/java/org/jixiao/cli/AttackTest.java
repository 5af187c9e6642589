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
}
