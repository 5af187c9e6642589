package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticPrinter;
import org.jixiao.diag.JixiaoException;
import org.jixiao.model.Declaration;
import org.jixiao.output.AtomicFiles;
import org.jixiao.render.RenderedFile;
import org.jixiao.render.Renderer;
import org.jixiao.template.TemplateEngine;
import org.jixiao.template.TemplateRoot;
import org.jixiao.writer.LayoutWriter;
import org.jixiao.writer.WriteOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao render}: every unit it can, reporting every unit it cannot. */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = {"Render declarations into the official forms (DOCX, XLSX, PDF).",
        "Outputs go to <out>/<year>/<unit>/<form>.<ext>; each file is replaced atomically."})
public final class RenderCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--all", description = "Render every *.yaml under the data folder (--data).")
  boolean all;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Declaration files to render.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--data", defaultValue = "data", paramLabel = "DIR",
      description = "Folder searched by --all (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--out", defaultValue = "out", paramLabel = "DIR",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path outDir;

  @Option(names = "--format", split = ",", paramLabel = "FMT",
      description = "Formats to write: docx, xlsx, pdf (default: all).")
  List<String> formats = new ArrayList<>();

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Template folder (default: ./templates if present, else the built-in one).")
  Path templates;

  @Option(names = "--emit", paramLabel = "WHAT",
      description = "Print an intermediate stage instead of writing files: layout.")
  String emit;

  @Option(names = "--stacktrace", description = "Print Java stack traces of internal errors.")
  boolean stacktrace;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!all && files.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "请给出要渲染的文件，或用 --all 渲染 " + data + "/ 下的全部文件");
    }
    if (emit != null && !emit.equals("layout")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--emit 只支持 layout，不是 " + emit);
    }
    long start = System.nanoTime();
    List<Path> inputs;
    Renderer renderer;
    try {
      inputs = inputs();
      renderer = new Renderer(new TemplateEngine(templateRoot()), Writers.select(formats,
          WriteOptions.fromEnvironment(System.getenv("SOURCE_DATE_EPOCH")), Config.load(Path.of("."))));
    } catch (JixiaoException e) {
      print(err, e.diagnostics());
      return Main.FAILED;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (emit == null) {
      AtomicFiles.sweep(outDir);
    }
    int failed = 0;
    int written = 0;
    Map<Path, String> folders = new HashMap<>();
    List<String> failures = new ArrayList<>();
    for (Path file : inputs) {
      String name = display(file);
      try {
        Declaration d = checked(renderer, file, name, err);
        if (emit != null) {
          for (Renderer.FormXml f : renderer.layouts(d)) {
            out.print(f.xml());
          }
          continue;
        }
        Renderer.UnitOutput result = renderer.render(d, outDir);
        String other = folders.putIfAbsent(result.folder(), name);
        if (other != null) {
          throw new JixiaoException(Diagnostic.error(name, 0, 0, "output-collision",
              "与 " + other + " 输出到同一个文件夹 " + result.folder(),
              "两个文件的 year 和 unit.name 相同；合并它们或修改单位名称"));
        }
        for (RenderedFile f : result.files()) {
          AtomicFiles.write(f.path(), f.bytes());
          written++;
        }
        if (!result.problems().isEmpty()) {
          throw new JixiaoException(result.problems());
        }
        out.println("✓ " + name + " → " + result.folder() + " (" + result.files().size() + " 个文件)");
      } catch (JixiaoException e) {
        failed++;
        failures.add(name + ": " + e.diagnostics().get(0).message());
        print(err, e.diagnostics());
      }
      out.flush();
    }
    if (emit == null) {
      double secs = (System.nanoTime() - start) / 1e9;
      out.printf(Locale.ROOT, "rendered %d of %d units, %d files in %.1f s; %d failed%n",
          inputs.size() - failed, inputs.size(), written, secs, failed);
      for (String f : failures) {
        err.println("  failed: " + f);
      }
    }
    out.flush();
    err.flush();
    return failed == 0 ? Main.OK : Main.FAILED;
  }

  /** Validates before rendering: warnings are printed, errors stop this unit. */
  private static Declaration checked(Renderer renderer, Path file, String name, PrintWriter err) {
    org.jixiao.validate.Validator.Report r = renderer.check(file, name);
    if (r.hasErrors()) {
      throw new JixiaoException(r.diagnostics());
    }
    print(err, r.warnings());
    return r.declaration();
  }

  private List<Path> inputs() {
    Set<Path> set = new LinkedHashSet<>(files);
    if (all) {
      if (!Files.isDirectory(data)) {
        throw new JixiaoException(Diagnostic.error(data.toString(), 0, 0, "data-missing",
            "找不到数据文件夹 " + data, "在项目根目录运行，或用 --data 指定放 YAML 的文件夹"));
      }
      try (Stream<Path> s = Files.walk(data)) {
        s.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".yaml")
                || p.toString().endsWith(".yml")))
            .sorted().forEach(set::add);
      } catch (IOException e) {
        throw new JixiaoException(Diagnostic.error(data.toString(), 0, 0, "data-read",
            "无法读取数据文件夹：" + e.getMessage(), "检查文件夹权限"));
      }
    }
    for (Path p : set) {
      if (!Files.isRegularFile(p)) {
        throw new JixiaoException(Diagnostic.error(p.toString(), 0, 0, "input-missing",
            "文件不存在", "检查路径；用 --all 渲染 " + data + "/ 下的全部文件"));
      }
    }
    return new ArrayList<>(set);
  }

  private TemplateRoot templateRoot() {
    if (templates != null) {
      if (!Files.isDirectory(templates)) {
        throw new JixiaoException(Diagnostic.error(templates.toString(), 0, 0, "templates",
            "模板文件夹不存在", "去掉 --templates 使用内置模板，或指向正确的文件夹"));
      }
      return TemplateRoot.folder(templates);
    }
    Path local = Path.of("templates");
    return Files.isDirectory(local) ? TemplateRoot.folder(local) : TemplateRoot.embedded();
  }

  private static String display(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
  }

  private static void print(PrintWriter err, List<Diagnostic> ds) {
    for (Diagnostic d : ds) {
      err.print(DiagnosticPrinter.format(d, source(d.file())));
    }
    err.flush();
  }

  private static String source(String file) {
    try {
      Path p = Path.of(file);
      return Files.isRegularFile(p) && Files.size(p) < 4_000_000
          ? new String(Files.readAllBytes(p), StandardCharsets.UTF_8) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Finds the PDF fonts on first use, so a machine without them still gets DOCX and XLSX. */
  static final class LazyPdfWriter implements LayoutWriter {
    private final List<String> fonts;
    private final WriteOptions options;

    LazyPdfWriter(List<String> fonts, WriteOptions options) {
      this.fonts = fonts;
      this.options = options;
    }

    @Override
    public String format() {
      return "pdf";
    }

    @Override
    public void write(org.jixiao.layout.Layout layout, java.io.OutputStream out)
        throws IOException {
      new org.jixiao.writer.pdf.PdfLayoutWriter(org.jixiao.writer.pdf.PdfFonts.find(fonts), options)
          .write(layout, out);
    }
  }

  /** The writers for the requested formats, in a fixed order. */
  static final class Writers {
    private Writers() {}

    static List<LayoutWriter> select(List<String> formats, WriteOptions options, Config config) {
      Map<String, java.util.function.Supplier<LayoutWriter>> all = new java.util.LinkedHashMap<>();
      all.put("docx", () -> new org.jixiao.writer.docx.DocxLayoutWriter(options));
      all.put("xlsx", () -> new org.jixiao.writer.xlsx.XlsxLayoutWriter(options));
      all.put("pdf", () -> new LazyPdfWriter(config.fonts(), options));
      List<String> wanted = formats.isEmpty() ? new ArrayList<>(all.keySet()) : formats;
      List<LayoutWriter> out = new ArrayList<>();
      for (String f : wanted) {
        var w = all.get(f.strip().toLowerCase(Locale.ROOT));
        if (w == null) {
          throw new IllegalArgumentException("未知的格式 " + f + "；可用：" + String.join(", ", all.keySet()));
        }
        out.add(w.get());
      }
      return out;
    }
  }
}
