package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's examples are transcripts, compared whole: what the README shows a user is what
 * jixiao prints, so the two cannot drift apart.
 */
class ReadmeTranscriptTest {
  @TempDir
  Path dir;

  /** The block after {@code marker} in README.md, between its ``` fences. */
  static String block(String marker) throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int at = readme.indexOf(marker);
    int open = readme.indexOf("```\n", at) + 4;
    return readme.substring(open, readme.indexOf("```\n", open));
  }

  @Test
  void theValidateExampleIsWhatValidatePrints() throws IOException {
    String sample = "data/2025/广水市医疗保障局.yaml";
    Path f = dir.resolve(sample);
    Files.createDirectories(f.getParent());
    Files.writeString(f, Files.readString(Path.of(sample))
        .replace("城乡居民医疗保险覆盖率: ≥95%", "城乡居民医疗保险覆盖率: 》95%"));
    Run r = MainTest.jixiao("validate", f.toString(), "--templates", "templates");
    assertEquals(0, r.code(), r.err());
    String printed = r.err().replace(f.toString().replace('\\', '/'), sample);
    assertEquals(block("Every problem of a file is reported at once:"), printed);
    assertEquals("检查了 1 个文件：0 个无问题，0 个错误，1 个警告\n", r.out());
  }
}
