package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticPrinter;
import org.jixiao.diag.JixiaoException;
import org.jixiao.enrich.IndicatorLibrary;
import org.jixiao.enrich.IndicatorPlacer;
import org.jixiao.enrich.StandardTexts;
import org.jixiao.init.NextYear;
import org.jixiao.init.Scaffold;
import org.jixiao.model.Declaration;
import org.jixiao.model.DeclarationReader;
import org.jixiao.model.YamlLoader;
import org.jixiao.output.AtomicFiles;
import org.jixiao.template.TemplateRoot;
import org.jixiao.variant.Variant;
import org.jixiao.variant.Variants;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao init}: a new blank declaration, or last year's carried into the next year. */
@Command(name = "init", mixinStandardHelpOptions = true,
    resourceBundle = "org.jixiao.cli.InitHelp")
public final class InitCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
  Path file;

  @Option(names = "--unit", paramLabel = "NAME")
  String unit;

  @Option(names = "--year", paramLabel = "YYYY")
  Integer year;

  @Option(names = "--layout", paramLabel = "VARIANT")
  String layout;

  @Option(names = "--from", paramLabel = "LAST_YEAR.yaml")
  Path from;

  @Option(names = "--force")
  boolean force;

  @Option(names = "--templates", paramLabel = "DIR")
  Path templates;

  @Option(names = "--stacktrace")
  boolean stacktrace;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    checkOptions();
    String target = CliFiles.display(file);
    try {
      if (Files.exists(file) && !force) {
        throw new JixiaoException(Diagnostic.error(target, 0, 0, "init-exists",
            "文件已存在，未做任何修改", "换一个文件名，或加上 --force 覆盖它"));
      }
      TemplateRoot root = CliFiles.templateRoot(templates);
      Variants all = new Variants(root);
      Set<String> variants = all.names();
      String text;
      String variant;
      if (from == null) {
        variant = layout == null ? "hubei" : layout;
        if (!variants.contains(variant)) {
          String hint = org.jixiao.variant.VariantFinder.hint(all, variant);
          throw new CommandLine.ParameterException(spec.commandLine(), "未知的版式 " + variant
              + hint + "；可用：" + String.join(", ", variants)
              + "（各版式的说明：jixiao layouts；按地名或表名查找：jixiao layouts 宁德）");
        }
        Variant v = all.get(variant);
        text = Scaffold.blank(unit, year, v, StandardTexts.load(root, v.chain()),
            IndicatorLibrary.of(all, variant));
      } else {
        String source = CliFiles.display(from);
        byte[] bytes = read(from, source);
        String old = YamlLoader.decode(source, bytes);
        Declaration last = check(source, old, all);
        variant = last.layout();
        text = NextYear.of(source, old, all.get(variant));
      }
      Declaration d = check(target, text, all);
      AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
      out.println("✓ " + target + "（" + d.unit().name() + "，" + d.year() + " 年度，版式 " + variant
          + "）；填好后运行 jixiao render " + target);
      return Main.OK;
    } catch (JixiaoException e) {
      for (Diagnostic d : e.diagnostics()) {
        err.print(DiagnosticPrinter.format(d, CliFiles.source(d.file())));
      }
      err.flush();
      return Main.FAILED;
    }
  }

  private void checkOptions() {
    if (from == null && (unit == null || unit.isBlank() || year == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "新建申报请给出 --unit 单位名称 和 --year 年份；沿用去年的申报请用 --from 去年的文件");
    }
    if (from != null && (unit != null || year != null || layout != null)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--from 沿用去年文件的单位、版式，年份加一；不要同时给 --unit、--year 或 --layout");
    }
    if (year != null && (year < 1000 || year > 9999)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--year 应为四位年份，不是 " + year);
    }
  }

  /** Loads {@code text} as render would, so what init writes (or reads) is known to be valid. */
  private static Declaration check(String name, String text, Variants variants) {
    // a key written as the form prints its row (政策依据: for basis) is its key, as render reads it
    org.jixiao.model.YNode tree = new org.jixiao.validate.Validator(variants,
        org.jixiao.diag.Messages.ZH, false).asRead(name, YamlLoader.parse(name, text));
    Declaration d = DeclarationReader.read(name, tree, variants.names(), l -> variants.shape(l));
    return IndicatorPlacer.place(d, IndicatorLibrary.of(variants, d.layout()));
  }

  private static byte[] read(Path p, String name) {
    try {
      return YamlLoader.read(p, name, org.jixiao.diag.Messages.ZH);
    } catch (IOException e) {
      throw new JixiaoException(Diagnostic.error(name, 0, 0, "input-read",
          "无法读取文件：" + e.getMessage(), "检查 --from 的路径和读取权限"), e);
    }
  }
}
