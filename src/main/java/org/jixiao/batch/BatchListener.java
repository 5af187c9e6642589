package org.jixiao.batch;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.diag.Diagnostic;

/** What a batch tells its reporter, always in input order, on the thread that runs the batch. */
public interface BatchListener {
  void started(int units);

  /** Warnings from validating a unit that is still rendered; before its {@link #rendered}. */
  void warned(String input, List<Diagnostic> warnings);

  void rendered(String input, Path folder, int files);

  void skipped(String input);

  void failed(String input, List<Diagnostic> diagnostics);

  /**
   * {@code --check}: an output that is missing or differs from what the YAML now gives;
   * {@code fontsBefore} and {@code fontsNow} name the fonts when a PDF differs and the manifest
   * says it was drawn with others (a change of fonts, not of data), else both are empty.
   */
  void mismatch(Path file, boolean missing, String fontsBefore, String fontsNow);

  /**
   * {@code --check --all}: a form in {@code --out} that this render does not produce (left by a
   * unit whose YAML was deleted or renamed).
   */
  void extra(Path file);

  void finished(BatchSummary summary);
}
