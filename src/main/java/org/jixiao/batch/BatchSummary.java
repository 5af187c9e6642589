package org.jixiao.batch;

import java.util.List;

/**
 * How a batch went: units rendered, skipped as unchanged and failed; files written or checked;
 * {@code failures} has a line per failed unit, and one for a manifest that could not be written.
 */
public record BatchSummary(int units, int rendered, int skipped, int failed, int files,
    int mismatches, double seconds, List<String> failures, boolean manifestSaved) {
  public BatchSummary {
    failures = List.copyOf(failures);
  }

  public boolean ok() {
    return failed == 0 && mismatches == 0 && manifestSaved;
  }
}
