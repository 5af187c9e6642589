package org.jixiao.model;

import java.util.List;

/**
 * A second-level indicator with its third-level rows. A filler group (the form's {@code ……} row
 * where a list continues) has no indicators.
 */
public record IndicatorGroup(String name, List<Indicator> indicators, int line) {
  public IndicatorGroup {
    indicators = List.copyOf(indicators);
  }

  public boolean isFiller() {
    return indicators.isEmpty();
  }
}
