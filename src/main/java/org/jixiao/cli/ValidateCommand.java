package org.jixiao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticJson;
import org.jixiao.diag.DiagnosticPrinter;
import org.jixiao.diag.JixiaoException;
import org.jixiao.diag.Messages;
import org.jixiao.layout.Layout;
import org.jixiao.render.Renderer;
import org.jixiao.template.TemplateEngine;
import org.jixiao.validate.Validator;
import org.jixiao.writer.LayoutWriter;
import org.jixiao.writer.WriteOptions;
import org.jixiao.writer.pdf.PdfFonts;
import org.jixiao.writer.pdf.PdfLayoutWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao validate}: every problem of every file, without rendering anything. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    resourceBundle = "org.jixiao.cli.ValidateHelp")
public final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--all")
  boolean all;

  @Parameters(arity = "0..*", paramLabel = "FILE", descriptionKey = "files")
  List<Path> files = new ArrayList<>();

  @Option(names = "--data", defaultValue = "data", paramLabel = "DIR")
  Path data;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FMT")
  String format;

  @Option(names = "--strict")
  boolean strict;

  @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG")
  String lang;

  @Option(names = "--templates", paramLabel = "DIR")
  Path templates;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Messages messages = Messages.of(lang);
    if (messages == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--lang 只能是 zh 或 en，不是 " + lang);
    }
    if (!format.equals("text") && !format.equals("json")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--format 只能是 text 或 json，不是 " + format);
    }
    if (!all && files.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "请给出要检查的文件，或用 --all 检查 " + data + "/ 下的全部文件");
    }
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    Renderer renderer;
    List<Path> inputs;
    try {
      // validate checks what render would check and writes nothing: the templates run, and the
      // one writer is the PDF's check that every character has a glyph in the installed fonts
      renderer = new Renderer(new TemplateEngine(CliFiles.templateRoot(templates)), glyphCheck());
      inputs = inputs(byFile);
    } catch (IOException e) {
      err.print(DiagnosticPrinter.format(Diagnostic.error(String.valueOf(templates), 0, 0,
          "templates", messages.pick("无法读取模板文件夹：", "cannot read the template folder: ")
              + e.getMessage(), messages.pick("去掉 --templates 使用内置模板，或指向正确的文件夹",
              "drop --templates to use the built-in templates, or fix the path")), null));
      err.flush();
      return Main.FAILED;
    } catch (JixiaoException e) {
      return Main.failed(err, e.diagnostics());
    }
    Validator validator = renderer.validator(messages, strict);
    for (Path p : inputs) {
      String name = CliFiles.display(p);
      Validator.Report r;
      try {
        byte[] bytes = org.jixiao.model.YamlLoader.read(p, name, messages);
        r = validator.check(name, bytes);
        List<Diagnostic> found = new ArrayList<>(withForms(renderer, r));
        // what render's memory budget expects this file to take, against this JVM's heap
        Diagnostic memory = org.jixiao.batch.MemoryBudget.tooLargeForHeap(name, bytes.length);
        if (memory != null && found.stream().noneMatch(Diagnostic::isError)) {
          found.add(memory);
        }
        byFile.put(name, found);
      } catch (IOException e) {
        byFile.put(name, List.of(Diagnostic.error(name, 0, 0, "input-read",
            messages.pick("无法读取文件：", "cannot read the file: ") + e.getMessage(),
            messages.pick("检查文件路径和读取权限", "check the path and permissions"))));
        continue;
      } catch (JixiaoException e) {
        byFile.put(name, e.diagnostics());
        continue;
      } catch (Throwable e) {
        // one file's stack overflow, lack of memory or a library's defect is that file's problem
        byFile.put(name, List.of(org.jixiao.diag.Crash.of(name, e)));
        continue;
      }
      sources.put(name, r.source());
    }
    long errors = byFile.values().stream().flatMap(List::stream).filter(Diagnostic::isError).count();
    long total = byFile.values().stream().mapToLong(List::size).sum();
    if (format.equals("json")) {
      out.print(DiagnosticJson.format(byFile));
    } else {
      // a diagnostic of another file (a variant's variant.yaml or indicators.yaml) echoes that
      // file's line, read once, not the declaration's line of the same number
      java.util.Map<String, java.util.Optional<String>> others = new java.util.HashMap<>();
      // and says which declaration it was found with: a template's error names the template
      byFile.forEach((file, ds) -> {
        boolean named = false;
        for (Diagnostic d : ds) {
          if (!d.file().equals(file) && !named) {
            err.println(messages.pick("检查 " + file + " 时：", "while checking " + file + ":"));
            named = true;
          }
          err.print(DiagnosticPrinter.format(d, d.file().equals(file) ? sources.get(file)
              : others.computeIfAbsent(d.file(),
                  f -> java.util.Optional.ofNullable(CliFiles.source(f))).orElse(null)));
        }
      });
      long clean = byFile.values().stream().filter(List::isEmpty).count();
      out.println(messages.pick(
          "检查了 " + byFile.size() + " 个文件：" + clean + " 个无问题，" + errors + " 个错误，"
              + (total - errors) + " 个警告",
          "checked " + byFile.size() + " file(s): " + clean + " clean, " + errors + " errors, "
              + (total - errors) + " warnings"));
    }
    out.flush();
    err.flush();
    return errors == 0 ? Main.OK : Main.FAILED;
  }

  /**
   * The report's diagnostics and, for a file without errors, what making its forms finds: a
   * template error, a character no installed font can draw.
   */
  private static List<Diagnostic> withForms(Renderer renderer, Validator.Report r) {
    if (r.declaration() == null || r.diagnostics().stream().anyMatch(Diagnostic::isError)) {
      return r.diagnostics();
    }
    List<Diagnostic> all = new ArrayList<>(r.diagnostics());
    try {
      Renderer.UnitOutput u = renderer.render(r, Path.of("out"));
      all.addAll(u.problems());
      all.addAll(u.warnings());
    } catch (JixiaoException e) {
      all.addAll(e.diagnostics());
    }
    return all;
  }

  /**
   * The PDF writer's glyph check as the one writer, drawing nothing. A jixiao.yaml that cannot be
   * read, or a font it names that cannot be used, fails validate as it fails render: both are in
   * the repository. No Chinese font installed at all is the machine's matter, not the data's:
   * then there is no glyph check (render says what to install).
   */
  private static List<LayoutWriter> glyphCheck() {
    Config config = Config.load(Path.of("."));
    // the XLSX writer's limit on a cell's length, checked without making a workbook
    LayoutWriter cells = new LayoutWriter() {
      @Override
      public String format() {
        return "xlsx";
      }

      @Override
      public void write(Layout layout, OutputStream out) {
        org.jixiao.writer.xlsx.XlsxLayoutWriter.check(layout);
      }
    };
    PdfLayoutWriter pdf;
    try {
      pdf = new PdfLayoutWriter(PdfFonts.find(config.fonts(), config.systemFonts()),
          WriteOptions.defaults());
    } catch (JixiaoException e) {
      if (!config.fonts().isEmpty() || !config.systemFonts()) {
        throw e;
      }
      return List.of(cells);
    }
    return List.of(cells, new LayoutWriter() {
      @Override
      public String format() {
        return pdf.format();
      }

      @Override
      public void write(Layout layout, OutputStream out) {
        pdf.check(layout);
      }
    });
  }

  /** The files to check; a missing file or folder is recorded as that file's diagnostic. */
  private List<Path> inputs(Map<String, List<Diagnostic>> byFile) throws IOException {
    Set<Path> set = new LinkedHashSet<>(files);
    if (all) {
      if (!Files.isDirectory(data)) {
        byFile.put(data.toString(), List.of(Diagnostic.error(data.toString(), 0, 0, "data-missing",
            "找不到数据文件夹 " + data, "在项目根目录运行，或用 --data 指定放 YAML 的文件夹")));
      } else {
        set.addAll(CliFiles.yamlFiles(data));
      }
    }
    List<Path> out = new ArrayList<>();
    for (Path p : CliFiles.expandFolders(set)) {
      if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        String name = CliFiles.display(p);
        byFile.put(name, List.of(Diagnostic.error(name, 0, 0, "input-missing",
            "文件不存在", "检查路径；用 --all 检查 " + data + "/ 下的全部文件")));
      }
    }
    return out;
  }
}
