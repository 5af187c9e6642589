package org.jixiao.writer;

import java.time.Instant;

/**
 * What every writer needs besides the layout: the one timestamp stamped into files (zip entry
 * times, document properties, PDF dates), fixed so output is byte-identical run after run.
 * It is {@code SOURCE_DATE_EPOCH} when that is set, else {@link #DEFAULT_TIME}.
 */
public record WriteOptions(Instant timestamp, boolean fromSourceDateEpoch) {
  /**
   * 1980-01-02T00:00:00Z: early in the zip's DOS time range but not 1980-01-01 00:00, which the
   * JDK treats as "before 1980" and then adds a zone-dependent extended-time field.
   */
  public static final Instant DEFAULT_TIME = Instant.parse("1980-01-02T00:00:00Z");

  public WriteOptions {
    if (timestamp == null) {
      throw new IllegalArgumentException("timestamp is null");
    }
  }

  /** Options from the environment: honours SOURCE_DATE_EPOCH (seconds since 1970). */
  public static WriteOptions fromEnvironment(String sourceDateEpoch) {
    if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d{1,12}")) {
      long s = Long.parseLong(sourceDateEpoch.strip());
      Instant t = Instant.ofEpochSecond(Math.max(s, DEFAULT_TIME.getEpochSecond()));
      return new WriteOptions(t, true);
    }
    return new WriteOptions(DEFAULT_TIME, false);
  }

  public static WriteOptions defaults() {
    return new WriteOptions(DEFAULT_TIME, false);
  }
}
