package org.jixiao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs jixiao's {@link Main} in a child JVM on the test class path, for what a JVM reads only at
 * start-up: the locale, the working folder. Stdin is closed; stdout and stderr are read as UTF-8.
 */
final class ChildJvm {
  record Run(int code, String out, String err) {}

  private ChildJvm() {}

  /** {@code setUp} adjusts the process (folder, environment) before it starts. */
  static Run run(List<String> jvmFlags, Consumer<ProcessBuilder> setUp, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    // bounded and quick to start, as the jixiao script starts it; a test's own flags come after
    cmd.addAll(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    cmd.addAll(jvmFlags);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    setUp.accept(pb);
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out, err);
  }
}
