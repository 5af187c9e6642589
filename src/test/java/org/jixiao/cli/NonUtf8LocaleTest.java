package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.render.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under LANG=C Java encodes file names (and decodes arguments) as ASCII: Chinese names fail with
 * one message saying to use a UTF-8 locale, never an internal error. A child JVM, as the locale
 * is read at start-up.
 */
class NonUtf8LocaleTest {
  @TempDir
  Path dir;

  private static ChildJvm.Run underLangC(String... args) throws IOException, InterruptedException {
    return ChildJvm.run(List.of(), pb -> {
      pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
      pb.environment().put("LANG", "C");
      pb.environment().put("LC_ALL", "C");
    }, args);
  }

  @Test
  void renderAllGivesEachUnitOneLocaleErrorAndGoesOn() throws Exception {
    Path data = dir.resolve("data");
    for (String name : List.of("2025/广水市医疗保障局.yaml", "2025/曾都区医疗保障信息中心.yaml")) {
      Path to = data.resolve(name);
      Files.createDirectories(to.getParent());
      Files.copy(Samples.DATA.resolve(name), to);
    }
    ChildJvm.Run r = underLangC("render", "--all", "--data", data.toString(), "--templates",
        Samples.TEMPLATES.toString(), "--out", dir.resolve("out").toString(), "--format", "docx",
        "--jobs", "1");
    assertEquals(1, r.code(), r.err());
    assertFalse(r.err().contains("内部错误"), r.err());
    assertEquals(2, r.err().lines().filter(l -> l.contains(": error[locale]: ")).count(), r.err());
    assertTrue(r.err().contains("无法表示「广水市医疗保障局」"), r.err());
    assertTrue(r.err().contains("LANG=C.UTF-8"), r.err());
    assertTrue(r.out().contains("rendered 0 of 2 units"), r.out());
  }

  @Test
  void aChineseArgumentIsALocaleErrorNotFileNotFound() throws Exception {
    // the argument reaches the child as U+FFFD only when this JVM can encode it
    assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")));
    ChildJvm.Run r = underLangC("validate", "data/2025/广水市医疗保障局.yaml");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains(": error[locale]: 当前区域设置的文件名编码"), r.err());
    assertTrue(r.err().contains("LANG=C.UTF-8"), r.err());
  }
}
