package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.diag.Crash;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.model.Declaration;
import org.jixiao.output.AtomicFiles;
import org.jixiao.output.Hashes;
import org.jixiao.output.Manifest;
import org.jixiao.output.SafeNames;
import org.jixiao.render.RenderedFile;
import org.jixiao.render.Renderer;
import org.jixiao.validate.Validator;

/**
 * Renders many units: in parallel on {@code jobs} threads, reported and written in input order
 * (so output and messages are the same whatever the thread count), skipping units the manifest
 * shows unchanged, and holding no more than the units in flight. In check mode it writes
 * nothing and reports every output that is missing or differs instead.
 */
public final class Batch {
  /** What a batch is asked to do. {@code options} is the digest of the render options. */
  public record Settings(Path outDir, Path templatesDir, String options, int jobs, boolean check,
      boolean force, boolean all) {
    public Settings {
      if (jobs < 1) {
        throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
      }
    }
  }

  private final Renderer renderer;
  private final Settings settings;
  private final BatchListener listener;
  private final TemplateDeps deps;
  private final Manifest manifest;
  private final Runnable warmup;
  private final java.util.concurrent.atomic.AtomicBoolean warmed =
      new java.util.concurrent.atomic.AtomicBoolean();
  /**
   * The heap the units in flight may take: each holds its estimated share while it renders, so
   * fewer render side by side when they are large or the heap is small; a unit that ran out of
   * memory is rendered again holding all of it, when the units beside it have freed theirs.
   */
  private final MemoryBudget budget;

  public Batch(Renderer renderer, Settings settings, BatchListener listener) {
    this(renderer, settings, listener, () -> { });
  }

  /**
   * Each given unit's YAML hash as {@link #owners} computed it, taken (once) by {@link #attempt}
   * so the YAML is hashed once a unit, not twice (SHA-256 is slow under C1).
   */
  private final Map<String, String> hashed = new java.util.concurrent.ConcurrentHashMap<>();

  /** {@code warmup} runs once, just before the first unit that is not skipped is rendered. */
  public Batch(Renderer renderer, Settings settings, BatchListener listener, Runnable warmup) {
    this(renderer, settings, listener, warmup, MemoryBudget.ofHeap());
  }

  /** With a memory budget of its own (tests: a small one). */
  Batch(Renderer renderer, Settings settings, BatchListener listener, Runnable warmup,
      MemoryBudget budget) {
    this.budget = budget;
    this.warmup = warmup;
    this.renderer = renderer;
    this.settings = settings;
    this.listener = listener;
    this.deps = new TemplateDeps(settings.templatesDir());
    this.manifest = Manifest.load(settings.outDir());
  }

  /** Renders {@code inputs}; returns how it went (the listener has heard it all already). */
  @SuppressWarnings("try") // the lock is held for the body; nothing calls it
  public BatchSummary run(List<UnitInput> inputs) {
    if (settings.check()) {
      return runHeld(inputs);
    }
    // while this run is alive its lock marks its temporary files as not to be swept
    try (java.io.Closeable live = AtomicFiles.hold(settings.outDir())) {
      AtomicFiles.sweep(settings.outDir());
      return runHeld(inputs);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private BatchSummary runHeld(List<UnitInput> inputs) {
    long start = System.nanoTime();
    listener.started(inputs.size());
    Tally tally = new Tally();
    tally.owners.putAll(owners(inputs));
    int first = 0;
    while (first < inputs.size() && !tally.warm) {
      safeAccept(work(inputs.get(first++)), tally);
    }
    OrderedPool.run(inputs.subList(first, inputs.size()), settings.jobs(), this::work,
        o -> safeAccept(o, tally));
    if (settings.check() && settings.all()) {
      extras(tally);
    }
    int failedUnits = tally.failures.size();
    boolean manifestSaved = true;
    if (!settings.check()) {
      if (settings.all()) {
        manifest.retainOnly(inputs.stream().map(UnitInput::name).collect(Collectors.toSet()));
      }
      try {
        manifest.save();
      } catch (JixiaoException e) {
        // the forms are written; a manifest that cannot be is a failure to report, not a crash
        manifestSaved = false;
        tally.failures.add(Manifest.FILE + ": " + e.diagnostics().get(0).message());
        listener.failed(Manifest.FILE, e.diagnostics());
      }
    }
    BatchSummary s = new BatchSummary(inputs.size(), tally.rendered, tally.skipped,
        failedUnits, tally.files, tally.mismatches, (System.nanoTime() - start) / 1e9,
        tally.failures, manifestSaved, tally.internal);
    listener.finished(s);
    return s;
  }

  /**
   * The running counts, kept by the reporting thread only. {@code warm} once a unit has gone
   * through every writer: the libraries (JAXB, XMLBeans, Velocity, fonts) set themselves up on
   * first use, and their set-up is done once, on this thread, as with {@code --jobs 1}, rather
   * than raced by the workers.
   */
  private static final class Tally {
    boolean warm;
    int rendered;
    int skipped;
    int files;
    int mismatches;
    /** Units that failed by a defect of jixiao's own ({@link Crash#internal}). */
    int internal;
    final List<String> failures = new ArrayList<>();
    /** The unit folders rendered so far, by {@link SafeNames#key}: no two units share one. */
    final Map<String, String> folders = new HashMap<>();
    /** The folders of units the manifest records and this run keeps: skipped ones too. */
    final Map<String, String> owners = new HashMap<>();
    /** {@code --check}: the outputs this render produced, and those of units that failed. */
    final Set<Path> known = new java.util.HashSet<>();
  }

  /** What became of one unit on a worker thread. */
  private sealed interface Outcome permits Skipped, Rendered, Failed {
    String name();
  }

  private record Skipped(String name, Manifest.Entry entry) implements Outcome {}

  private record Rendered(String name, String yaml, Map<String, String> deps,
      List<Diagnostic> warnings, Renderer.UnitOutput output) implements Outcome {}

  /** {@code retry}: it ran out of memory beside other units, and is tried again alone. */
  private record Failed(String name, List<Diagnostic> diagnostics, UnitInput retry)
      implements Outcome {
    Failed(String name, List<Diagnostic> diagnostics) {
      this(name, diagnostics, null);
    }
  }

  /**
   * Runs on a worker thread: decides to skip, or renders in memory. Writes nothing. Whatever
   * goes wrong, even a stack overflow or running out of memory, is this unit's failure.
   */
  @SuppressWarnings("try") // the share is held for the body; nothing calls it
  private Outcome work(UnitInput in) {
    // a unit holds the heap it is estimated to take: a large one renders with fewer beside it
    try (MemoryBudget.Held held = budget.acquire(MemoryBudget.cost(size(in)))) {
      return attempt(in);
    } catch (OutOfMemoryError e) {
      // what this unit held is garbage now; alone, with the others done, it may fit
      return new Failed(in.name(), List.of(Crash.of(in.name(), e)), settings.jobs() > 1 ? in : null);
    } catch (Throwable e) {
      return new Failed(in.name(), List.of(Crash.of(in.name(), e)));
    }
  }

  private static long size(UnitInput in) {
    try {
      return Files.size(in.file());
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** {@link #work} once more, holding the whole budget: no other unit in memory beside it. */
  @SuppressWarnings("try")
  private Outcome alone(UnitInput in) {
    try (MemoryBudget.Held held = budget.alone()) {
      return attempt(in);
    } catch (Throwable e) {
      return new Failed(in.name(), List.of(Crash.of(in.name(), e)));
    }
  }

  private Outcome attempt(UnitInput in) {
    try {
      String yaml = hashed.remove(in.name());
      if (yaml == null) {
        yaml = yamlHash(in);
      }
      Manifest.Entry old = manifest.get(in.name());
      if (!settings.force() && !settings.check() && old != null && unchanged(old, yaml)) {
        return new Skipped(in.name(), old);
      }
      if (warmed.compareAndSet(false, true)) {
        warmup.run();
      }
      Validator.Report report = renderer.check(in.file(), in.name());
      if (report.hasErrors()) {
        return new Failed(in.name(), report.diagnostics());
      }
      Declaration d = report.declaration();
      Renderer.UnitOutput out = renderer.render(report, settings.outDir());
      return new Rendered(in.name(), yaml, deps.of(d.layout()), report.warnings(), out);
    } catch (JixiaoException e) {
      return new Failed(in.name(), e.diagnostics());
    } catch (IOException e) {
      return new Failed(in.name(), List.of(Diagnostic.error(in.name(), 0, 0, "input-read",
          "无法读取文件：" + e.getMessage(), "检查文件路径和读取权限")));
    } catch (java.nio.file.InvalidPathException e) {
      return new Failed(in.name(), List.of(unencodable(in.name(), "「" + e.getInput()
          + "」，不能写出这个单位的文件 (file name not encodable in this locale)")));
    } catch (java.io.UncheckedIOException e) {
      return new Failed(in.name(), List.of(Diagnostic.error(String.valueOf(settings.templatesDir()),
          0, 0, "templates", "无法读取模板文件夹：" + e.getCause().getMessage(),
          "检查 --templates 指向的文件夹")));
    }
  }

  /** SHA-256 of the unit's YAML as the manifest records it. */
  private static String yamlHash(UnitInput in) throws IOException {
    return Hashes.sha256(
        org.jixiao.model.YamlLoader.read(in.file(), in.name(), org.jixiao.diag.Messages.ZH));
  }

  /**
   * The unit folders, by {@link SafeNames#key}, that units recorded in the manifest keep this
   * run, so a unit rendered now cannot overwrite the forms of one skipped as unchanged: a
   * unit given this run whose YAML is unchanged (same year and name, same folder), and, when
   * not rendering --all, one not given whose YAML is still there.
   */
  private Map<String, String> owners(List<UnitInput> inputs) {
    Map<String, UnitInput> given = new HashMap<>();
    inputs.forEach(i -> given.put(i.name(), i));
    Map<String, String> owners = new HashMap<>();
    for (Manifest.Entry e : manifest.entries()) {
      UnitInput in = given.get(e.input());
      boolean keeps;
      try {
        if (in != null) {
          String yaml = yamlHash(in);
          hashed.put(in.name(), yaml);
          keeps = yaml.equals(e.yaml());
        } else {
          keeps = !settings.all() && Files.isRegularFile(Path.of(e.input()));
        }
      } catch (IOException | RuntimeException x) {
        keeps = false;
      }
      if (keeps) {
        for (Manifest.Output o : e.outputs()) {
          int slash = o.path().lastIndexOf('/');
          owners.putIfAbsent(SafeNames.key(slash < 0 ? "" : o.path().substring(0, slash)),
              e.input());
        }
      }
    }
    return owners;
  }

  /**
   * Java encodes file names in the locale's charset ({@code sun.jnu.encoding}): under
   * {@code LANG=C} it is ASCII, and a Chinese unit or form name cannot be a file name.
   */
  public static Diagnostic unencodable(String file, String what) {
    String enc = System.getProperty("sun.jnu.encoding", "?");
    return Diagnostic.error(file, 0, 0, "locale",
        "当前区域设置的文件名编码 " + enc + " 无法表示" + what,
        "在 UTF-8 区域设置下运行：LANG=C.UTF-8（或 zh_CN.UTF-8）jixiao …；./jixiao 启动脚本会自动这样做");
  }

  private boolean unchanged(Manifest.Entry old, String yaml) {
    if (!old.yaml().equals(yaml) || !old.options().equals(settings.options())) {
      return false;
    }
    // the recorded template files must hash the same, and no file may have joined the variant
    Map<String, String> now = new java.util.TreeMap<>();
    for (String v : variantsOf(old.deps().keySet())) {
      now.putAll(deps.of(v));
    }
    return now.equals(old.deps()) && manifest.outputsIntact(old);
  }

  /** The variant folders a unit's recorded dependencies start from: their first path parts. */
  private static Set<String> variantsOf(Set<String> names) {
    return names.stream().filter(n -> n.endsWith("/texts.yaml"))
        .map(n -> n.substring(0, n.indexOf('/'))).collect(Collectors.toSet());
  }

  /** {@link #accept}, where anything unexpected is the unit's failure, not the batch's end. */
  private void safeAccept(Outcome o, Tally t) {
    try {
      accept(o instanceof Failed f && f.retry() != null ? alone(f.retry()) : o, t);
    } catch (Throwable e) {
      fail(t, o.name(), List.of(Crash.of(o.name(), e)));
    }
  }

  /** Runs on the calling thread, in input order: check or write, record, report. */
  private void accept(Outcome o, Tally t) {
    if (o instanceof Skipped s) {
      t.skipped++;
      listener.skipped(s.name());
      return;
    }
    if (o instanceof Failed f) {
      fail(t, f.name(), f.diagnostics());
      return;
    }
    Rendered r = (Rendered) o;
    Renderer.UnitOutput u = r.output();
    List<Diagnostic> warnings = new ArrayList<>(r.warnings());
    warnings.addAll(u.warnings());
    listener.warned(r.name(), warnings);
    t.warm |= !u.files().isEmpty();
    String key = SafeNames.key(manifest.relative(u.folder()));
    String other = t.folders.putIfAbsent(key, r.name());
    if (other == null && !r.name().equals(t.owners.getOrDefault(key, r.name()))) {
      other = t.owners.get(key);
    }
    if (other != null) {
      fail(t, r.name(), List.of(Diagnostic.error(r.name(), 0, 0, "output-collision",
          "与 " + other + " 输出到同一个文件夹 " + u.folder(),
          "两个文件的 year 和 unit.name 相同，或单位名称只差文件名里不能用的字符（如 a?b 与 a:b，"
              + "都写成 a_b）；合并它们或修改单位名称")));
      return;
    }
    if (!u.problems().isEmpty()) {
      // a unit is written whole or not at all: no folder for a unit that failed
      fail(t, r.name(), u.problems());
      return;
    }
    try {
      if (settings.check()) {
        check(r.name(), u.files(), t);
      } else {
        write(r, t);
      }
    } catch (JixiaoException e) {
      fail(t, r.name(), e.diagnostics());
      return;
    }
    t.rendered++;
    listener.rendered(r.name(), u.folder(), u.files().size());
  }

  private void write(Rendered r, Tally t) {
    List<Manifest.Output> outs = new ArrayList<>();
    Map<Path, byte[]> files = new java.util.LinkedHashMap<>();
    for (RenderedFile f : r.output().files()) {
      files.put(f.path(), f.bytes());
      outs.add(new Manifest.Output(manifest.relative(f.path()), f.bytes().length,
          Hashes.crc32c(f.bytes())));
    }
    noLinks(r.name(), r.output().folder());
    // the unit's files all replaced, or none: a full disk leaves the previous version whole
    AtomicFiles.writeAll(files);
    t.files += files.size();
    if (!Manifest.clean(r.name())) {
      manifest.remove(r.name());
      return;
    }
    try {
      // the fonts of the files that embed some, as their writers name them (PDF, OFD, …)
      manifest.put(new Manifest.Entry(r.name(), r.yaml(), settings.options(), r.deps(), outs,
          RenderedFile.fontsOf(r.output().files())));
    } catch (IllegalArgumentException e) {
      // a name the manifest cannot hold: this unit is simply rendered every time
      manifest.remove(r.name());
    }
  }

  /**
   * Refuses a unit folder, or the year folder above it, that is a symbolic link inside --out:
   * the forms would be written wherever it points, outside the output folder.
   */
  private void noLinks(String name, Path folder) {
    Path out = settings.outDir().toAbsolutePath().normalize();
    Path rel = out.relativize(folder.toAbsolutePath().normalize());
    Path p = out;
    for (Path part : rel) {
      p = p.resolve(part);
      if (Files.isSymbolicLink(p)) {
        throw new JixiaoException(Diagnostic.error(name, 0, 0, "output-symlink",
            "输出文件夹中的 " + p + " 是符号链接：jixiao 不经符号链接写到 --out 之外",
            "删除这个链接（jixiao 会重新生成真正的文件夹），或让 --out 直接指向要写的位置"));
      }
    }
  }

  private void check(String unit, List<RenderedFile> files, Tally t) {
    Manifest.Entry before = manifest.get(unit);
    String fontsBefore = before == null ? "" : before.fonts();
    String fontsNow = RenderedFile.fontsOf(files);
    boolean fontsChanged = !fontsBefore.isEmpty() && !fontsNow.isEmpty() && !fontsBefore.equals(fontsNow);
    for (RenderedFile f : files) {
      t.files++;
      t.known.add(f.path().toAbsolutePath().normalize());
      byte[] now;
      try {
        // a file of another size differs without being read (a huge one would not fit in memory)
        now = Files.isRegularFile(f.path()) && Files.size(f.path()) == f.bytes().length
            ? Files.readAllBytes(f.path()) : null;
      } catch (IOException e) {
        now = null;
      }
      if (now == null || !Arrays.equals(now, f.bytes())) {
        t.mismatches++;
        boolean missing = !Files.isRegularFile(f.path());
        // the writer says whether this file embeds fonts, whatever its extension
        boolean byFonts = fontsChanged && !missing && !f.fonts().isEmpty();
        listener.mismatch(f.path(), missing, byFonts ? fontsBefore : "", byFonts ? fontsNow : "");
      }
    }
  }

  /**
   * Forms under {@code <out>/<year>/<unit>/} in the formats rendered that no unit produced: what
   * a deleted or renamed YAML left behind. Only that shape is looked at, so other files a user
   * keeps in --out are not reported.
   */
  private void extras(Tally t) {
    Path out = settings.outDir();
    if (!Files.isDirectory(out)) {
      return;
    }
    Set<String> exts = renderer.formats().stream().map(f -> "." + f).collect(Collectors.toSet());
    List<Path> found;
    try (java.util.stream.Stream<Path> s = Files.find(out, 3, (p, a) -> a.isRegularFile())) {
      found = s.filter(p -> isForm(out.relativize(p), exts))
          .filter(p -> !t.known.contains(p.toAbsolutePath().normalize())).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      return;
    }
    for (Path p : found) {
      t.mismatches++;
      listener.extra(p);
    }
  }

  private static boolean isForm(Path rel, Set<String> exts) {
    String name = rel.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return rel.getNameCount() == 3 && rel.getName(0).toString().matches("\\d{4}")
        && !name.startsWith(".") && dot > 0 && exts.contains(name.substring(dot));
  }

  private void fail(Tally t, String name, List<Diagnostic> ds) {
    Manifest.Entry old = manifest.get(name);
    if (old != null) {
      // a failed unit's old forms are reported as its failure, not as extra files
      old.outputs().forEach(o -> t.known.add(
          settings.outDir().resolve(o.path()).toAbsolutePath().normalize()));
    }
    manifest.remove(name);
    if (!ds.isEmpty() && Crash.internal(ds.get(0))) {
      t.internal++;
    }
    t.failures.add(name + ": " + (ds.isEmpty() ? "失败" : ds.get(0).message()));
    listener.failed(name, ds);
  }
}
