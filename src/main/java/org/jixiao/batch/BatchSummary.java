package org.jixiao.batch;

import java.util.List;

/** How a batch went: units rendered, skipped as unchanged and failed; files written or checked. */
public record BatchSummary(int units, int rendered, int skipped, int failed, int files,
    int mismatches, double seconds, List<String> failures) {
  public BatchSummary {
    failures = List.copyOf(failures);
  }

  public boolean ok() {
    return failed == 0 && mismatches == 0;
  }
}
