package org.jixiao.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last render wrote, kept in {@code <out>/jixiao.manifest}: for each input file, the
 * SHA-256 of its YAML, of the options and of every template file it used, and the size and
 * CRC-32C of each output (checking a thousand units' outputs with SHA-256 took seconds; CRC-32C,
 * done in hardware, takes milliseconds, and is ample to notice a file replaced or edited). A unit whose hashes all still match, and whose outputs are still the ones
 * written, need not be rendered again. It holds no times, so the same inputs give the same
 * manifest, and it can be committed with the forms.
 */
public final class Manifest {
  public static final String FILE = "jixiao.manifest";
  private static final String HEADER = "jixiao-manifest 1";
  /** Far more than the manifest of tens of thousands of units; a larger file is not read. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private final Path outDir;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  private Manifest(Path outDir) {
    this.outDir = outDir;
  }

  /**
   * One unit as last written: hashes of what went in, what came out, and the fonts its PDF was
   * drawn with ("" when it has none, or the manifest is older than this field). The fonts are
   * in {@code options} too; here they are in words, so that {@code --check} can say a PDF
   * differs because the fonts did.
   */
  public record Entry(String input, String yaml, String options, Map<String, String> deps,
      List<Output> outputs, String fonts) {
    public Entry {
      deps = java.util.Collections.unmodifiableMap(new TreeMap<>(deps));
      outputs = List.copyOf(outputs);
      for (String s : List.of(input, yaml, options, String.join("", deps.keySet()), fonts)) {
        if (!clean(s)) {
          throw new IllegalArgumentException("manifest field holds a tab or line break: " + s);
        }
      }
    }

    /** An entry without fonts: no PDF among its outputs. */
    public Entry(String input, String yaml, String options, Map<String, String> deps, List<Output> outputs) {
      this(input, yaml, options, deps, outputs, "");
    }
  }

  /** An output file, {@code path} relative to the output folder with {@code /} separators. */
  public record Output(String path, long size, String crc32c) {
    public Output {
      if (!clean(path) || !clean(crc32c)) {
        throw new IllegalArgumentException("manifest path holds a tab or line break: " + path);
      }
    }
  }

  /** The manifest in {@code outDir}, or an empty one when there is none or it is unreadable. */
  public static Manifest load(Path outDir) {
    Manifest m = new Manifest(outDir);
    Path file = outDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return m;
    }
    try {
      if (Files.size(file) > MAX_BYTES) {
        // not ours, or damaged: read whole it would exhaust memory; a full render replaces it
        return m;
      }
      m.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      // a damaged manifest only costs a full render
      m.entries.clear();
    }
    return m;
  }

  private void parse(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      return;
    }
    String[] unit = null;
    Map<String, String> deps = new LinkedHashMap<>();
    List<Output> outs = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      switch (f[0]) {
        case "unit" -> {
          add(unit, deps, outs);
          unit = f;
          deps = new LinkedHashMap<>();
          outs = new ArrayList<>();
        }
        case "dep" -> deps.put(f[1], f[2]);
        case "out" -> outs.add(new Output(f[1], Long.parseLong(f[2]), f[3]));
        default -> throw new IllegalArgumentException("bad manifest line");
      }
    }
    add(unit, deps, outs);
  }

  private void add(String[] unit, Map<String, String> deps, List<Output> outs) {
    if (unit != null) {
      // the fonts field came later: a manifest without it reads as before
      entries.put(unit[1], new Entry(unit[1], unit[2], unit[3], deps, outs, unit.length > 4 ? unit[4] : ""));
    }
  }

  /** Every entry, by input. */
  public java.util.Collection<Entry> entries() {
    return new TreeMap<>(entries).values();
  }

  public Entry get(String input) {
    return entries.get(input);
  }

  public void put(Entry e) {
    entries.put(e.input(), e);
  }

  public void remove(String input) {
    entries.remove(input);
  }

  /** Keeps only the entries of {@code inputs}: after {@code render --all}, the others are gone. */
  public void retainOnly(java.util.Set<String> inputs) {
    entries.keySet().retainAll(inputs);
  }

  /** True when every output of {@code e} is still on disk with the content it was written with. */
  public boolean outputsIntact(Entry e) {
    for (Output o : e.outputs()) {
      Path p = outDir.resolve(o.path());
      try {
        if (Files.size(p) != o.size() || !Hashes.crc32c(Files.readAllBytes(p)).equals(o.crc32c())) {
          return false;
        }
      } catch (IOException ex) {
        return false;
      }
    }
    return true;
  }

  /** Paths relative to the output folder, with {@code /}, as the manifest stores them. */
  public String relative(Path file) {
    Path base = outDir.toAbsolutePath().normalize();
    return base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /** Writes the manifest atomically, entries sorted by input so the file itself is stable. */
  public void save() {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (Entry e : new TreeMap<>(entries).values()) {
      sb.append("unit\t").append(e.input()).append('\t').append(e.yaml()).append('\t')
          .append(e.options()).append(e.fonts().isEmpty() ? "" : "\t" + e.fonts()).append('\n');
      e.deps().forEach((k, v) -> sb.append("dep\t").append(k).append('\t').append(v).append('\n'));
      for (Output o : e.outputs()) {
        sb.append("out\t").append(o.path()).append('\t').append(o.size()).append('\t')
            .append(o.crc32c()).append('\n');
      }
    }
    AtomicFiles.write(outDir.resolve(FILE), sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Whether {@code s} can be stored in a manifest line (no tab or line break). */
  public static boolean clean(String s) {
    return s != null && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0;
  }
}
