package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jixiao.batch.BatchListener;
import org.jixiao.batch.BatchSummary;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticPrinter;

/**
 * Reports a batch: on a terminal a progress bar on stderr (units done, rate, time left), redrawn
 * in place; elsewhere (CI, a pipe) one plain line per unit; with {@code --quiet} only failures.
 * Diagnostics always go to stderr in full.
 */
final class Progress implements BatchListener {
  /** How to show progress. */
  enum Style { BAR, PLAIN, QUIET }

  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int BAR_WIDTH = 24;

  private final PrintWriter out;
  private final PrintWriter err;
  private final Style style;
  private final boolean check;
  private final long start = System.nanoTime();
  private int total;
  private int done;
  private long lastDraw;
  private int drawnWidth;

  Progress(PrintWriter out, PrintWriter err, Style style, boolean check) {
    this.out = out;
    this.err = err;
    this.style = style;
    this.check = check;
  }

  /** The bar only on an interactive terminal; {@code System.console()} is null when piped. */
  static Style choose(boolean quiet, String forced) {
    if (quiet) {
      return Style.QUIET;
    }
    if (forced != null) {
      return Style.valueOf(forced.toUpperCase(Locale.ROOT));
    }
    return System.console() != null ? Style.BAR : Style.PLAIN;
  }

  @Override
  public void started(int units) {
    total = units;
    draw(true);
  }

  @Override
  public void warned(String input, List<Diagnostic> warnings) {
    if (style != Style.QUIET && !warnings.isEmpty()) {
      clear();
      print(err, warnings);
      draw(true);
    }
  }

  @Override
  public void rendered(String input, Path folder, int files) {
    done++;
    if (style == Style.PLAIN && !check) {
      out.println("✓ " + input + " → " + folder + " (" + files + " 个文件)");
      out.flush();
    }
    draw(false);
  }

  @Override
  public void skipped(String input) {
    done++;
    if (style == Style.PLAIN) {
      out.println("= " + input + "（未改动，跳过）");
      out.flush();
    }
    draw(false);
  }

  @Override
  public void failed(String input, List<Diagnostic> diagnostics) {
    done++;
    clear();
    print(err, diagnostics);
    draw(true);
  }

  @Override
  public void mismatch(Path file, boolean missing, String fontsBefore, String fontsNow) {
    clear();
    out.println((missing ? "缺少 (missing): " : "不一致 (differs): ") + file
        + (fontsBefore.isEmpty() ? "" : "（字体不同，不是数据变了：上次用 " + fontsBefore + "，这次用 " + fontsNow
            + "；fonts differ）"));
    out.flush();
    draw(true);
  }

  @Override
  public void extra(Path file) {
    clear();
    out.println("多余 (extra): " + file);
    out.flush();
    draw(true);
  }

  @Override
  public void finished(BatchSummary s) {
    clear();
    if (style != Style.QUIET) {
      if (check) {
        out.printf(Locale.ROOT, "checked %d units, %d files in %.1f s; %d missing or different; "
            + "%d failed%n", s.units() - s.failed(), s.files(), s.seconds(), s.mismatches(), s.failed());
      } else {
        out.printf(Locale.ROOT, "rendered %d of %d units, %d files in %.1f s; %s%d failed%n",
            s.rendered(), s.units(), s.files(), s.seconds(),
            s.skipped() > 0 ? s.skipped() + " unchanged; " : "", s.failed());
      }
    }
    for (String f : s.failures()) {
      err.println("  failed: " + f);
    }
    out.flush();
    err.flush();
  }

  private void draw(boolean now) {
    if (style != Style.BAR) {
      return;
    }
    long t = System.nanoTime();
    if (!now && done < total && t - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = t;
    String line = bar(done, total, (t - start) / 1e9);
    err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
    err.flush();
    drawnWidth = line.length();
  }

  /** {@code [=======>        ] 120/1000  85.3/s  ETA 0:10}. */
  static String bar(int done, int total, double seconds) {
    int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
    StringBuilder sb = new StringBuilder("[");
    sb.append("=".repeat(filled));
    if (filled < BAR_WIDTH) {
      sb.append('>').append(" ".repeat(BAR_WIDTH - filled - 1));
    }
    sb.append("] ").append(done).append('/').append(total);
    double rate = seconds > 0 ? done / seconds : 0;
    sb.append(String.format(Locale.ROOT, "  %.1f/s", rate));
    if (rate > 0 && done < total) {
      long left = Math.round((total - done) / rate);
      sb.append(String.format(Locale.ROOT, "  ETA %d:%02d", left / 60, left % 60));
    }
    return sb.toString();
  }

  private void clear() {
    if (style == Style.BAR && drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      err.flush();
      drawnWidth = 0;
    }
  }

  /** Each file a diagnostic names is read once, however many diagnostics it has. */
  static void print(PrintWriter err, List<Diagnostic> ds) {
    java.util.Map<String, java.util.Optional<String>> sources = new java.util.HashMap<>();
    for (Diagnostic d : ds) {
      String source = sources.computeIfAbsent(d.file(),
          f -> java.util.Optional.ofNullable(CliFiles.source(f))).orElse(null);
      err.print(DiagnosticPrinter.format(d, source));
    }
    err.flush();
  }
}
