package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

  private record Run(int code, String out, String err) {}

  private Run jixiaoIn(Path cwd, String... args) throws IOException, InterruptedException {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(javaBin, "-Dfile.encoding=UTF-8",
        "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out, err);
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
    Run v = jixiaoIn(p, "validate", "--all", "--templates", templates);
    Run r = jixiaoIn(p, "render", "--all", "--templates", templates, "--format", "docx");
    assertEquals(1, r.code(), r.err());
    assertEquals(1, v.code(), v.err());
    assertTrue(v.err().contains("jixiao.yaml:2:1: error[yaml-syntax]"), v.err());
  }

  @Test
  void aConfiguredFontThatIsMissingFailsValidateAsItFailsRender() throws Exception {
    Path p = project("fonts:\n  - /no/such/font.ttf\n");
    String templates = Samples.TEMPLATES.toAbsolutePath().toString();
    Run v = jixiaoIn(p, "validate", "--all", "--templates", templates);
    Run r = jixiaoIn(p, "render", "--all", "--templates", templates, "--out",
        dir.resolve("out").toString());
    assertEquals(1, r.code(), r.err());
    assertEquals(1, v.code(), v.err());
    assertTrue(v.err().contains("error[pdf-font-missing]"), v.err());
    assertTrue(v.err().contains("/no/such/font.ttf"), v.err());
  }
}
