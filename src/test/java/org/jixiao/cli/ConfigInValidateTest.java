package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.render.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jixiao.yaml (read from the folder jixiao runs in) is part of a project: when render cannot use
 * it, validate must not pass. A child JVM, as the folder is the working directory.
 */
class ConfigInValidateTest {
  @TempDir
  Path dir;

  private static ChildJvm.Run jixiaoIn(Path cwd, String... args)
      throws IOException, InterruptedException {
    return ChildJvm.run(List.of("-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
        "-Dstderr.encoding=UTF-8"), pb -> pb.directory(cwd.toFile()), args);
  }

  private Path project(String config) throws IOException {
    Path sample = dir.resolve("data/2025/广水市医疗保障局.yaml");
    Files.createDirectories(sample.getParent());
    Files.copy(Samples.DATA.resolve("2025/广水市医疗保障局.yaml"), sample);
    Files.writeString(dir.resolve("jixiao.yaml"), config);
    return dir;
  }

  @Test
  void aJixiaoYamlThatCannotBeReadFailsValidateAsItFailsRender() throws Exception {
    Path p = project("fonts: [\n");
    String templates = Samples.TEMPLATES.toAbsolutePath().toString();
    ChildJvm.Run v = jixiaoIn(p, "validate", "--all", "--templates", templates);
    ChildJvm.Run r = jixiaoIn(p, "render", "--all", "--templates", templates, "--format", "docx");
    assertEquals(1, r.code(), r.err());
    assertEquals(1, v.code(), v.err());
    assertTrue(v.err().contains("jixiao.yaml:2:1: error[yaml-syntax]"), v.err());
  }

  @Test
  void aConfiguredFontThatIsMissingFailsValidateAsItFailsRender() throws Exception {
    Path p = project("fonts:\n  - /no/such/font.ttf\n");
    String templates = Samples.TEMPLATES.toAbsolutePath().toString();
    ChildJvm.Run v = jixiaoIn(p, "validate", "--all", "--templates", templates);
    ChildJvm.Run r = jixiaoIn(p, "render", "--all", "--templates", templates, "--out",
        dir.resolve("out").toString());
    assertEquals(1, r.code(), r.err());
    assertEquals(1, v.code(), v.err());
    assertTrue(v.err().contains("error[pdf-font-missing]"), v.err());
    assertTrue(v.err().contains("/no/such/font.ttf"), v.err());
  }
}
