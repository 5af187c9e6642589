package org.jixiao.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jixiao} command: parses arguments and maps every outcome to one exit code. */
@Command(name = "jixiao", mixinStandardHelpOptions = true, versionProvider = Version.class,
    subcommands = {RenderCommand.class, ValidateCommand.class, SchemaCommand.class,
        InitCommand.class, LayoutsCommand.class, CommandLine.HelpCommand.class},
    resourceBundle = "org.jixiao.cli.MainHelp")
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "缺少子命令，例如 jixiao render --all");
  }

  /** Prints {@code ds} as they stand (no source lines) and gives {@link #FAILED}. */
  static int failed(PrintWriter err, List<Diagnostic> ds) {
    for (Diagnostic d : ds) {
      err.print(DiagnosticPrinter.format(d, null));
    }
    err.flush();
    return FAILED;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
        StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /** Runs jixiao with {@code args}, printing to {@code out} and {@code err}; returns the exit code. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    // Libraries format numbers with the default locale: OpenPDF writes its xref table with
    // String.format("%010d"), which under an Arabic locale prints Arabic digits and corrupts the
    // PDF. Output must not depend on the machine's locale, so numbers are formatted the root way.
    Locale.setDefault(Locale.Category.FORMAT, Locale.ROOT);
    String garbled = garbled(args);
    if (garbled != null) {
      err.print(org.jixiao.diag.DiagnosticPrinter.format(org.jixiao.batch.Batch.unencodable(
          garbled, "参数中的中文，Java 收到的是 \uFFFD (arguments not decodable in this locale)"),
          null));
      return FAILED;
    }
    CommandLine cl = new CommandLine(new Main());
    // UTF-8 whatever the locale: under LANG=C, Java 17's default charset is ASCII and every
    // Chinese message would print as "???"
    cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INTERNAL);
    cl.setParameterExceptionHandler((e, a) -> {
      err.println("jixiao: " + inChinese(e) + "（" + e.getMessage() + "）");
      err.println("用法见 jixiao " + (e.getCommandLine().getCommandName().equals("jixiao") ? ""
          : e.getCommandLine().getCommandName() + " ") + "--help");
      return USAGE;
    });
    cl.setExecutionExceptionHandler((e, c, parsed) -> {
      err.println("jixiao: 内部错误 (internal error): " + e);
      if (stacktrace(args)) {
        e.printStackTrace(err);
      } else {
        err.println("这是 jixiao 的缺陷。请加上 --stacktrace 重新运行，并把输出附在问题报告里。");
      }
      return INTERNAL;
    });
    try {
      return cl.execute(args);
    } catch (Throwable e) {
      // picocli hands on what is not an Exception: out of memory or a stack overflow outside
      // any one unit is still one message, never a trace
      err.print(org.jixiao.diag.DiagnosticPrinter.format(org.jixiao.diag.Crash.of("jixiao", e),
          null));
      if (stacktrace(args)) {
        e.printStackTrace(err);
      }
      err.flush();
      return e instanceof OutOfMemoryError ? FAILED : INTERNAL;
    }
  }

  /** What picocli's English message says, for the budget officer who reads only Chinese. */
  private static String inChinese(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException u) {
      return u.getUnmatched().stream().anyMatch(a -> a.startsWith("-")) ? "没有这个选项" : "多余的参数";
    }
    if (e instanceof CommandLine.MissingParameterException) {
      return "缺少参数";
    }
    return "命令行有误";
  }

  /**
   * Java decodes the command line in the locale's charset: under {@code LANG=C} a Chinese file
   * name arrives as U+FFFD, and "file not found" or "unmatched argument" would mislead.
   */
  private static String garbled(String[] args) {
    String enc = System.getProperty("sun.jnu.encoding", "UTF-8").toUpperCase(Locale.ROOT);
    if (enc.replace("-", "").equals("UTF8")) {
      return null;
    }
    for (String a : args) {
      if (a.indexOf('\uFFFD') >= 0) {
        return a;
      }
    }
    return null;
  }

  private static boolean stacktrace(String[] args) {
    for (String a : args) {
      if (a.equals("--stacktrace")) {
        return true;
      }
    }
    return false;
  }
}
