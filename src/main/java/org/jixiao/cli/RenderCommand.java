package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jixiao.batch.Batch;
import org.jixiao.batch.UnitInput;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.diag.Messages;
import org.jixiao.render.Renderer;
import org.jixiao.template.TemplateEngine;
import org.jixiao.writer.LayoutWriter;
import org.jixiao.writer.WriteOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao render}: every unit it can, reporting every unit it cannot. */
@Command(name = "render", mixinStandardHelpOptions = true,
    resourceBundle = "org.jixiao.cli.RenderHelp")
public final class RenderCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--all")
  boolean all;

  @Parameters(arity = "0..*", paramLabel = "FILE", descriptionKey = "files")
  List<Path> files = new ArrayList<>();

  @Option(names = "--data", defaultValue = "data", paramLabel = "DIR")
  Path data;

  @Option(names = "--out", defaultValue = "out", paramLabel = "DIR")
  Path outDir;

  @Option(names = "--format", split = ",", paramLabel = "FMT")
  List<String> formats = new ArrayList<>();

  @Option(names = "--pdf", paramLabel = "KIND")
  String pdf;

  @Option(names = "--templates", paramLabel = "DIR")
  Path templates;

  @Option(names = "--emit", paramLabel = "WHAT")
  String emit;

  @Option(names = "--stacktrace")
  boolean stacktrace;

  @Option(names = "--jobs", paramLabel = "N")
  Integer jobs;

  @Option(names = "--force")
  boolean force;

  @Option(names = "--check")
  boolean check;

  @Option(names = "--quiet")
  boolean quiet;

  @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG")
  String lang;

  /** For tests and scripts: bar or plain, whatever the terminal. */
  @Option(names = "--progress", hidden = true)
  String progress;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    checkUsage();
    List<Path> inputs;
    Renderer renderer;
    String options;
    List<LayoutWriter> writers;
    List<Diagnostic> noFont = List.of();
    try {
      inputs = inputs();
      WriteOptions write = WriteOptions.fromEnvironment(System.getenv("SOURCE_DATE_EPOCH"));
      Config config = Config.load(Path.of("."));
      writers = Writers.select(formats, write, config, config.pdf(pdf));
      List<String> fixed = writers.stream().filter(Writers::drawsWithFonts)
          .map(LayoutWriter::format).toList();
      if (emit == null && !fixed.isEmpty()) {
        noFont = org.jixiao.writer.pdf.PdfFonts.noneInstalled(config.fonts(), config.systemFonts());
        if (!noFont.isEmpty()) {
          if (writers.size() == fixed.size()) {
            // --format pdf alone: nothing could be written, so say so at once
            Progress.print(err, noFont);
            return Main.FAILED;
          }
          // the DOCX and XLSX of every unit are still written; the PDFs are one error, at the end
          noFont = List.of(noPdf(noFont.get(0), fixed));
          writers = writers.stream().filter(w -> !Writers.drawsWithFonts(w)).toList();
        }
      }
      renderer = new Renderer(new TemplateEngine(CliFiles.templateRoot(templates)), writers,
          Messages.of(lang));
      options = RenderFingerprint.of(writers, write, config, config.pdf(pdf));
    } catch (JixiaoException e) {
      Progress.print(err, e.diagnostics());
      return Main.FAILED;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (emit != null) {
      return emitLayouts(renderer, inputs, out, err);
    }
    Path folder = templates != null ? templates
        : Files.isDirectory(Path.of("templates")) ? Path.of("templates") : null;
    int n = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
    Batch.Settings settings = new Batch.Settings(realOut(), folder, options, n, check, force, all);
    Progress listener = new Progress(out, err, Progress.choose(quiet, progress), check);
    List<UnitInput> units = inputs.stream().map(f -> new UnitInput(f, CliFiles.display(f))).toList();
    List<LayoutWriter> warm = writers;
    org.jixiao.batch.BatchSummary summary =
        new Batch(renderer, settings, listener, () -> Prewarm.start(warm)).run(units);
    Progress.print(err, noFont);
    if (summary.broken()) {
      return Main.INTERNAL;
    }
    return summary.ok() && noFont.isEmpty() ? Main.OK : Main.FAILED;
  }

  /**
   * The no-font diagnostic as the one error for every unit's PDF (and OFD): the other formats are
   * written.
   */
  private static Diagnostic noPdf(Diagnostic d, List<String> fixed) {
    String names = String.join("、", fixed.stream().map(f -> f.toUpperCase(Locale.ROOT)).toList());
    return new Diagnostic(d.file(), d.line(), d.column(), d.severity(), d.rule(),
        d.message() + "；各单位的 " + names + " 都没有生成，其他格式已生成（no " + String.join("/",
            fixed.stream().map(f -> f.toUpperCase(Locale.ROOT)).toList()) + " written; the other formats are）",
        d.hint());
  }

  /**
   * --out as a symbolic link to a folder is followed once, here: the sweep of temporary files
   * and the --check walk for extra forms look inside the folder, not at the link.
   */
  private Path realOut() {
    if (Files.isSymbolicLink(outDir) && Files.isDirectory(outDir)) {
      try {
        return outDir.toRealPath();
      } catch (IOException e) {
        return outDir;
      }
    }
    return outDir;
  }

  private void checkUsage() {
    if (outDir.toString().isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--out 不能为空：请给出输出文件夹，例如 --out out");
    }
    if (!all && files.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "请给出要渲染的文件，或用 --all 渲染 " + data + "/ 下的全部文件");
    }
    if (emit != null && !emit.equals("layout")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--emit 只支持 layout，不是 " + emit);
    }
    if (Messages.of(lang) == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--lang 只能是 zh 或 en，不是 " + lang);
    }
    if (jobs != null && (jobs < 1 || jobs > 256)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--jobs 应在 1 到 256 之间，不是 " + jobs);
    }
    if (progress != null && !progress.matches("bar|plain")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--progress 只能是 bar 或 plain");
    }
  }

  private int emitLayouts(Renderer renderer, List<Path> inputs, PrintWriter out, PrintWriter err) {
    int failed = 0;
    for (Path file : inputs) {
      try {
        for (Renderer.FormXml f : renderer.layouts(renderer.load(file, CliFiles.display(file)))) {
          out.print(f.xml());
        }
      } catch (JixiaoException e) {
        failed++;
        Progress.print(err, e.diagnostics());
      } catch (Throwable e) {
        failed++;
        Progress.print(err, List.of(org.jixiao.diag.Crash.of(CliFiles.display(file), e)));
      }
      out.flush();
    }
    return failed == 0 ? Main.OK : Main.FAILED;
  }

  private List<Path> inputs() {
    Set<Path> set = new LinkedHashSet<>(files);
    if (all) {
      if (!Files.isDirectory(data)) {
        throw new JixiaoException(Diagnostic.error(data.toString(), 0, 0, "data-missing",
            "找不到数据文件夹 " + data, "在项目根目录运行，或用 --data 指定放 YAML 的文件夹"));
      }
      try {
        set.addAll(CliFiles.yamlFiles(data));
      } catch (IOException e) {
        throw new JixiaoException(Diagnostic.error(data.toString(), 0, 0, "data-read",
            "无法读取数据文件夹：" + e.getMessage(), "检查文件夹权限"));
      }
    }
    set = CliFiles.expandFolders(set);
    for (Path p : set) {
      if (!Files.isRegularFile(p)) {
        throw new JixiaoException(Diagnostic.error(p.toString(), 0, 0, "input-missing",
            "文件不存在", "检查路径；用 --all 渲染 " + data + "/ 下的全部文件"));
      }
    }
    return new ArrayList<>(set);
  }

  /**
   * Finds the PDF fonts on first use, so a machine without them still gets DOCX and XLSX; then
   * keeps them (or the reason there are none) for every later unit and thread. The PDF and the
   * OFD writer are each made from the fonts this way.
   */
  static final class LazyFontWriter implements LayoutWriter {
    private final String format;
    private final List<String> fonts;
    private final boolean systemFonts;
    private final java.util.function.Function<org.jixiao.writer.pdf.PdfFonts, LayoutWriter> make;
    private LayoutWriter writer;
    private List<Diagnostic> missing;

    LazyFontWriter(String format, Config config,
        java.util.function.Function<org.jixiao.writer.pdf.PdfFonts, LayoutWriter> make) {
      this.format = format;
      this.fonts = config.fonts();
      this.systemFonts = config.systemFonts();
      this.make = make;
    }

    @Override
    public String format() {
      return format;
    }

    @Override
    public void write(org.jixiao.layout.Layout layout, java.io.OutputStream out)
        throws IOException {
      writer().write(layout, out);
    }

    /** The fonts once the first PDF or OFD has found them; empty before, or when there are none. */
    @Override
    public synchronized String fonts() {
      return writer == null ? "" : writer.fonts();
    }

    private synchronized LayoutWriter writer() {
      if (writer == null && missing == null) {
        try {
          writer = make.apply(org.jixiao.writer.pdf.PdfFonts.find(fonts, systemFonts));
        } catch (JixiaoException e) {
          missing = e.diagnostics();
        }
      }
      if (missing != null) {
        throw new JixiaoException(missing);
      }
      return writer;
    }
  }

  /** The writers for the requested formats, in a fixed order. */
  static final class Writers {
    /** What is written without --format: OFD only when asked for. */
    static final List<String> DEFAULT = List.of("docx", "xlsx", "pdf");
    private Writers() {}

    /** Whether {@code w} draws with the PDF fonts: without a Chinese font it cannot write. */
    static boolean drawsWithFonts(LayoutWriter w) {
      return w instanceof LazyFontWriter;
    }

    static List<LayoutWriter> select(List<String> formats, WriteOptions options, Config config,
        org.jixiao.writer.pdf.PdfProfile pdf) {
      Map<String, java.util.function.Supplier<LayoutWriter>> all = new java.util.LinkedHashMap<>();
      all.put("docx", () -> new org.jixiao.writer.docx.DocxLayoutWriter(options));
      all.put("xlsx", () -> new org.jixiao.writer.xlsx.XlsxLayoutWriter(options));
      all.put("pdf", () -> new LazyFontWriter("pdf", config,
          fonts -> new org.jixiao.writer.pdf.PdfLayoutWriter(fonts, options, pdf)));
      all.put("ofd", () -> new LazyFontWriter("ofd", config,
          fonts -> new org.jixiao.writer.ofd.OfdLayoutWriter(fonts, options)));
      List<String> wanted = formats.isEmpty() ? DEFAULT : formats;
      List<LayoutWriter> out = new ArrayList<>();
      Set<String> seen = new java.util.HashSet<>();
      for (String f : wanted) {
        String name = f.strip().toLowerCase(Locale.ROOT);
        var w = all.get(name);
        if (w == null) {
          throw new IllegalArgumentException("未知的格式 " + f + "；可用：" + String.join(", ", all.keySet()));
        }
        if (seen.add(name)) {
          // --format pdf,pdf,PDF writes one PDF
          out.add(w.get());
        }
      }
      return out;
    }
  }
}
