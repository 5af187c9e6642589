package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jixiao.render.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A property test: random mutations of the sample files never make jixiao throw, print a stack
 * trace or leave a partial file; every failure is a diagnostic naming the file; {@code validate}
 * refuses exactly the files {@code render} refuses.
 */
class MutatedSamplesTest {
  /**
   * A short case in verify; the hunt is {@code -Pthorough} (1,500 cases) or
   * {@code mvn test -Dtest=MutatedSamplesTest -Dmutations.seed=7 -Dmutations.cases=2000}.
   */
  private static final long SEED = Long.getLong("mutations.seed", 20261125L);
  private static final int CASES = Integer.getInteger("mutations.cases", 60);
  private static final String[] JUNK = {": ", "- ", "\t", "&a ", "*a", "!!python/object:os.system ",
      "{", "}", "[", "]", "'", "\"", "\\", "%", "@", "`", "---\n", "...\n", "|", ">", "#", "\uFEFF",
      "\u0000", "\u0001", "\u001F", "\uFFFF", "x: [", "? ", "<<: *a", "~", "1e400", "-0", ".inf",
      "0x1F", "１２", "NaN", "010", "no", "2025-13-45", "\n  ", "\n", "\r", "\u2028", "${x}",
      "#if(", "<i>&amp;", "=CMD(\"calc\")", "😀", "\uD800"};
  private static final Pattern DIAGNOSTIC =
      Pattern.compile("(?m)^.+\\.yaml(:\\d+){0,2}: (error|warning)\\[[a-z0-9-]+\\]: .+");

  @TempDir
  Path dir;

  @Test
  void randomMutationsOfTheSamplesFailOnlyWithDiagnostics() throws IOException {
    Random random = new Random(SEED);
    List<Path> samples = Samples.files();
    int rendered = 0;
    int refused = 0;
    for (int i = 0; i < CASES; i++) {
      Path sample = samples.get(random.nextInt(samples.size()));
      byte[] mutated = mutate(Files.readAllBytes(sample), random);
      Path file = dir.resolve("case-" + i + ".yaml");
      Files.write(file, mutated);
      Path out = dir.resolve("out-" + i);
      String formats = i % 10 == 0 && MainTest.chineseFontInstalled() ? "docx,xlsx,pdf" : "docx,xlsx";
      MainTest.Run r = MainTest.jixiao("render", file.toString(), "--templates", "templates",
          "--out", out.toString(), "--format", formats);
      String what = "case " + i + " (seed " + SEED + ", from " + sample.getFileName() + ")\n" + r.err();
      assertTrue(r.code() == 0 || r.code() == 1, what);
      assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), what);
      if (r.code() == 1) {
        refused++;
        assertTrue(DIAGNOSTIC.matcher(r.err()).find(), what);
        assertTrue(r.err().contains("case-" + i + ".yaml"), what);
      } else {
        rendered++;
      }
      checkOutputsWhole(out, what);

      MainTest.Run v = MainTest.jixiao("validate", file.toString());
      String checked = what + "\nvalidate:\n" + v.err();
      assertFalse(v.err().contains("Exception") || v.err().contains("\tat "), checked);
      if (!formats.contains("pdf") && r.code() == 0 && v.code() == 1) {
        // validate checks the PDF too, which this render left out: glyphs are all it may add
        assertTrue(v.err().lines().filter(l -> l.contains(": error[")).allMatch(
            l -> l.contains("error[pdf-missing-glyph]")), "validate refuses more than the PDF: " + checked);
      } else {
        assertEquals(r.code(), v.code(), "validate and render disagree on " + checked);
      }
      if (v.code() == 1) {
        assertTrue(DIAGNOSTIC.matcher(v.err()).find(), checked);
      }
    }
    System.out.println("mutated samples: " + rendered + " rendered, " + refused + " refused");
    assertTrue(rendered > 0 && refused > 0, "the mutations reach both outcomes");
  }

  /** One of a few edits a hurried hand or a broken editor makes, at a random place. */
  static byte[] mutate(byte[] bytes, Random random) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int at = random.nextInt(lines.size());
    switch (random.nextInt(10)) {
      case 0 -> lines.remove(at);
      case 1 -> lines.add(at, lines.get(at));
      case 2 -> lines.set(at, insert(lines.get(at), JUNK[random.nextInt(JUNK.length)], random));
      case 3 -> lines.set(at, " " + lines.get(at));
      case 4 -> lines.set(at, lines.get(at).stripLeading());
      case 5 -> {
        int other = random.nextInt(lines.size());
        String t = lines.get(at);
        lines.set(at, lines.get(other));
        lines.set(other, t);
      }
      case 6 -> {
        return Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
      }
      case 7 -> {
        byte[] b = bytes.clone();
        for (int k = 0; k < 1 + random.nextInt(4); k++) {
          b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        }
        return b;
      }
      case 8 -> {
        // a typo in a name: one Chinese character replaced (a key the library does not know)
        String line = lines.get(at);
        int[] han = line.codePoints().filter(c -> c >= 0x4E00 && c <= 0x9FFF).toArray();
        if (han.length > 0) {
          String c = new String(Character.toChars(han[random.nextInt(han.length)]));
          lines.set(at, line.replaceFirst(java.util.regex.Pattern.quote(c), "律"));
        }
      }
      default -> {
        String line = lines.get(at);
        int colon = line.indexOf(": ");
        if (colon > 0) {
          lines.set(at, line.substring(0, colon + 2) + JUNK[random.nextInt(JUNK.length)]);
        }
      }
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  private static String insert(String line, String junk, Random random) {
    int p = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
    return line.substring(0, p) + junk + line.substring(p);
  }

  /** Every file under {@code out} is complete: DOCX/XLSX are whole zips, PDFs end in %%EOF. */
  private static void checkOutputsWhole(Path out, String what) throws IOException {
    if (!Files.exists(out)) {
      return;
    }
    try (Stream<Path> s = Files.walk(out)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String name = p.getFileName().toString();
        assertFalse(name.startsWith(".jixiao-"), "temporary file left: " + p + "\n" + what);
        if (name.equals(org.jixiao.output.Manifest.FILE)) {
          continue; // the render manifest, text
        }
        byte[] b = Files.readAllBytes(p);
        if (name.endsWith(".pdf")) {
          String tail = new String(b, Math.max(0, b.length - 8), Math.min(8, b.length),
              StandardCharsets.ISO_8859_1);
          assertTrue(tail.contains("%%EOF"), "PDF cut short: " + p + "\n" + what);
        } else {
          assertTrue(entries(b) > 0, "not a whole zip: " + p + "\n" + what);
        }
      }
    }
  }

  private static int entries(byte[] zip) throws IOException {
    int n = 0;
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        in.readAllBytes();
        n++;
      }
    }
    assertEquals(true, n > 0);
    return n;
  }
}
