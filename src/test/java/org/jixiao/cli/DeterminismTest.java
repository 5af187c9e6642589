package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline gives the same bytes for the samples whatever the time zone and locale. */
class DeterminismTest {
  @TempDir
  Path dir;

  @Test
  void theSamplesRenderToTheSameBytesInAnotherTimeZoneAndLocale() throws IOException {
    Map<String, byte[]> first = render(dir.resolve("a"));
    TimeZone tz = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    Map<String, byte[]> second;
    try {
      // Kiritimati is UTC+14; Turkish lower-cases I to a dotless ı, Arabic has other digits
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      second = render(dir.resolve("b"));
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      assertSame(second, render(dir.resolve("c")));
    } finally {
      TimeZone.setDefault(tz);
      Locale.setDefault(locale);
    }
    assertSame(first, second);
  }

  @Test
  void aFreshProcessGivesTheSameBytesAsOneThatRenderedOtherUnitsFirst() throws Exception {
    // in this JVM other tests have rendered before; docx4j's namespace order once depended on that
    render(dir.resolve("warm-up"));
    Map<String, byte[]> here = render(dir.resolve("here"));
    Path fresh = dir.resolve("fresh");
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "render", "--all",
        "--templates", "templates", "--out", fresh.toString()));
    command.addAll(MainTest.formatsHere());
    Process p = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    assertEquals(0, p.waitFor());
    assertSame(here, read(fresh));
  }

  private static void assertSame(Map<String, byte[]> a, Map<String, byte[]> b) {
    assertEquals(a.keySet(), b.keySet());
    for (String k : a.keySet()) {
      assertArrayEquals(a.get(k), b.get(k), k);
    }
  }

  private static Map<String, byte[]> render(Path out) throws IOException {
    List<String> args = new java.util.ArrayList<>(List.of("render", "--all", "--templates",
        "templates", "--out", out.toString()));
    args.addAll(MainTest.formatsHere());
    MainTest.Run r = MainTest.jixiao(args.toArray(String[]::new));
    assertEquals(0, r.code(), r.err());
    return read(out);
  }

  private static Map<String, byte[]> read(Path out) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(out)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        files.put(out.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    assertEquals(true, files.size() >= 9, "every sample rendered: " + files.keySet());
    return files;
  }
}
