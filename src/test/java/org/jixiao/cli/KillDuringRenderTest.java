package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jixiao.render.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a render in a child JVM with SIGKILL at several moments and checks that every output is
 * either the previous complete version or the new complete version, never a torn one.
 */
class KillDuringRenderTest {
  /**
   * Kill once this many outputs have been replaced; 0 kills while the first unit renders. Two
   * moments in verify; {@code -Pthorough} (or {@code -Dkill.moments=0,1,2,…}) tries many.
   */
  private static final int[] KILL_AFTER_FILES = java.util.Arrays.stream(
      System.getProperty("kill.moments", "0,4").split(",")).map(String::strip)
      .mapToInt(Integer::parseInt).toArray();

  @TempDir
  Path dir;

  @Test
  void aRenderKilledAtAnyMomentLeavesEveryOutputWholeOldOrNew() throws Exception {
    Path data = copySamples(dir.resolve("data"));
    // the previous version: the same forms dated 2000-01-01, so every file's bytes differ
    Process old = child(data, dir.resolve("old"), "946684800");
    assertTrue(old.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, old.exitValue());
    Map<String, byte[]> oldFiles = read(dir.resolve("old"));
    Map<String, byte[]> newFiles = renderInProcess(data, dir.resolve("new"));
    assertEquals(oldFiles.keySet(), newFiles.keySet());
    for (String k : oldFiles.keySet()) {
      assertTrue(!Arrays.equals(oldFiles.get(k), newFiles.get(k)), "old and new differ: " + k);
    }

    int killedMidway = 0;
    List<String> seen = new ArrayList<>();
    for (int k : KILL_AFTER_FILES) {
      Path out = dir.resolve("out-" + k);
      writeAll(out, oldFiles);
      Map<String, Object> before = identities(out);
      Process p = child(data, out);
      boolean finished = false;
      while (!finished && replaced(out, before) < Math.max(k, 1) && k > 0) {
        finished = p.waitFor(2, TimeUnit.MILLISECONDS);
      }
      if (k == 0) {
        finished = p.waitFor(800, TimeUnit.MILLISECONDS);
      }
      if (!finished) {
        p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
        p.waitFor();
        killedMidway++;
      }
      int fresh = 0;
      for (Map.Entry<String, byte[]> e : read(out).entrySet()) {
        byte[] now = e.getValue();
        boolean isOld = Arrays.equals(now, oldFiles.get(e.getKey()));
        boolean isNew = Arrays.equals(now, newFiles.get(e.getKey()));
        assertTrue(isOld || isNew, "killed after " + k + " files, torn or stray file " + e.getKey());
        fresh += isNew ? 1 : 0;
      }
      assertEquals(oldFiles.keySet(), read(out).keySet(), "no output went missing");
      seen.add("after " + k + ": " + fresh + " of " + oldFiles.size() + " new");
    }
    System.out.println("kill -9 fault test: " + seen);
    assertTrue(killedMidway > 0, "at least one render was killed before it finished: " + seen);

    // the next run completes the job and sweeps the temporary files the killed runs left
    Path out = dir.resolve("out-" + KILL_AFTER_FILES[0]);
    Process p = child(data, out);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    Map<String, byte[]> after = read(out);
    for (String k : newFiles.keySet()) {
      assertTrue(Arrays.equals(after.get(k), newFiles.get(k)), k);
    }
    try (Stream<Path> s = Files.walk(out)) {
      assertEquals(0, s.filter(x -> x.getFileName().toString().startsWith(".jixiao-")).count());
    }
  }

  /** Each output's file identity (inode): a rename into place gives the path a new one. */
  private static Map<String, Object> identities(Path out) throws IOException {
    Map<String, Object> ids = new TreeMap<>();
    for (String k : read(out).keySet()) {
      ids.put(k, Files.readAttributes(out.resolve(k), BasicFileAttributes.class).fileKey());
    }
    return ids;
  }

  private static long replaced(Path out, Map<String, Object> before) {
    long n = 0;
    for (Map.Entry<String, Object> e : before.entrySet()) {
      try {
        Object now = Files.readAttributes(out.resolve(e.getKey()), BasicFileAttributes.class).fileKey();
        n += java.util.Objects.equals(now, e.getValue()) ? 0 : 1;
      } catch (IOException gone) {
        n++; // between unlink and rename on a platform without atomic replace
      }
    }
    return n;
  }

  private static Path copySamples(Path to) throws IOException {
    for (Path f : Samples.files()) {
      Path target = to.resolve(Samples.DATA.relativize(f).toString());
      Files.createDirectories(target.getParent());
      Files.copy(f, target);
    }
    return to;
  }

  private static Map<String, byte[]> renderInProcess(Path data, Path out) throws IOException {
    List<String> args = new ArrayList<>(List.of("render", "--all", "--data", data.toString(),
        "--templates", "templates", "--out", out.toString()));
    args.addAll(MainTest.formatsHere());
    MainTest.Run r = MainTest.jixiao(args.toArray(String[]::new));
    assertEquals(0, r.code(), r.err());
    return read(out);
  }

  private static Process child(Path data, Path out) throws IOException {
    return child(data, out, null);
  }

  private static Process child(Path data, Path out, String sourceDateEpoch) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "render", "--all",
        "--data", data.toString(), "--templates", "templates", "--out", out.toString()));
    command.addAll(MainTest.formatsHere());
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().remove("SOURCE_DATE_EPOCH");
    if (sourceDateEpoch != null) {
      pb.environment().put("SOURCE_DATE_EPOCH", sourceDateEpoch);
    }
    return pb.start();
  }

  private static void writeAll(Path out, Map<String, byte[]> files) throws IOException {
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Path p = out.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, e.getValue());
    }
  }

  /** Every file under {@code out} except jixiao's hidden temporary files, by relative path. */
  private static Map<String, byte[]> read(Path out) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(out)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith(".jixiao-") && name.endsWith(".tmp")) {
          continue; // hidden, never taken for an output; the next run sweeps it
        }
        files.put(out.relativize(p).toString().replace(File.separatorChar, '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }
}
