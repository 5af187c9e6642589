package org.jixiao.batch;

import java.util.List;

/**
 * How a batch went: units rendered, skipped as unchanged and failed; files written or checked;
 * {@code failures} has a line per failed unit, and one for a manifest that could not be written;
 * {@code internal} counts the units that failed by a defect of jixiao's own.
 */
public record BatchSummary(int units, int rendered, int skipped, int failed, int files,
    int mismatches, double seconds, List<String> failures, boolean manifestSaved, int internal) {
  public BatchSummary {
    failures = List.copyOf(failures);
  }

  /** Whether jixiao itself failed for every unit (exit 3), not the data for some (exit 1). */
  public boolean broken() {
    return units > 0 && internal == units;
  }

  public boolean ok() {
    return failed == 0 && mismatches == 0 && manifestSaved;
  }
}
