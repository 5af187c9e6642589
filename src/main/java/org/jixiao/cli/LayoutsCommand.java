package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.diag.JixiaoException;
import org.jixiao.variant.VariantFinder;
import org.jixiao.variant.Variants;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao layouts [WORD…]}: the layout variants there are, each with what its form is and
 * the forms it prints, so a user finds the one for their form by a place or a form's name
 * ({@code jixiao layouts 宁德}, {@code jixiao layouts 416号}) instead of reading folder names.
 */
@Command(name = "layouts", mixinStandardHelpOptions = true,
    resourceBundle = "org.jixiao.cli.LayoutsHelp")
public final class LayoutsCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "WORD", arity = "0..*", descriptionKey = "words")
  List<String> words;

  @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "templates")
  Path templates;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      Variants variants = new Variants(CliFiles.templateRoot(templates));
      String query = words == null ? "" : String.join(" ", words);
      List<VariantFinder.Entry> found = query.isBlank() ? VariantFinder.all(variants)
          : VariantFinder.matching(variants, query);
      if (found.isEmpty()) {
        List<VariantFinder.Entry> near = VariantFinder.nearest(variants, query, 5);
        PrintWriter err = spec.commandLine().getErr();
        err.println("jixiao: 没有名称、说明或表名含「" + query.strip() + "」的版式；"
            + (near.isEmpty() ? "" : "表名或说明与它最像的见下；")
            + "换一个词（地名、年份、表名中的几个字），或运行 jixiao layouts 列出全部。"
            + "本地的表没有版式时：用表名找最接近的全国通用版式（central-2015-project 项目支出、"
            + "central-2015-dept 部门整体、county-416-project 财政支出项目），照 README「A variant is a "
            + "folder of files」在 templates/ 下新建一个文件夹，extends: 它，只写不同之处（表题、栏目、审核栏）");
        err.flush();
        if (near.isEmpty()) {
          return Main.FAILED;
        }
        print(out, near);
        out.println();
        out.println("以上 " + near.size() + " 个版式与「" + query.strip() + "」最像（不含这个词）；"
            + "新建申报：jixiao init FILE --layout 名称 --unit 单位 --year 年份");
        out.flush();
        return Main.FAILED;
      }
      print(out, found);
      out.println();
      out.println("共 " + found.size() + " 个版式；新建申报：jixiao init FILE --layout 名称 --unit 单位 --year 年份");
      out.flush();
      return Main.OK;
    } catch (JixiaoException e) {
      return Main.failed(spec.commandLine().getErr(), e.diagnostics());
    }
  }

  private static void print(PrintWriter out, List<VariantFinder.Entry> found) {
    for (VariantFinder.Entry e : found) {
      out.println(e.name());
      if (e.problem() != null) {
        out.println("    （variant.yaml 有误：" + e.problem() + "；jixiao validate 会指出行号）");
        continue;
      }
      if (!e.description().isEmpty()) {
        out.println("    " + e.description());
      }
      out.println("    表：" + String.join("；", e.forms())
          + (e.parent().isEmpty() ? "" : "（在 " + e.parent() + " 之上改写）"));
    }
  }
}
