package org.jixiao.batch;

import java.util.concurrent.Semaphore;

/**
 * The heap the units in flight may take, so fewer units render side by side when they are large
 * or the heap is small: each unit holds an estimate of what rendering it takes (a base plus a
 * multiple of its YAML's size, measured in bench/) while it renders, and waits while the units
 * beside it hold the rest. A unit estimated at more than the whole budget takes all of it and
 * renders alone. Counted in KiB, first come first served, so a large unit is not starved by a
 * stream of small ones.
 */
public final class MemoryBudget {
  /** What a unit of a few KiB takes to render in all three formats (layouts, workbook, PDF). */
  static final long BASE_BYTES = 24L * 1024 * 1024;
  /**
   * Heap per byte of YAML, on the safe side: a 1.1 MB unit of 10,000 indicators renders in
   * -Xmx512m and runs out of memory in -Xmx384m (about 400); long texts take more, a 100 KB
   * unit of ten 3,000-character functions keeps about 110 MiB live (about 1,000).
   */
  static final long BYTES_PER_YAML_BYTE = 1000;
  /** The share of the maximum heap the units in flight may hold; the rest is jixiao's own. */
  static final double SHARE = 0.7;

  private final int capacityKib;
  private final Semaphore free;

  /** A budget of {@code bytes}. */
  MemoryBudget(long bytes) {
    this.capacityKib = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / 1024));
    this.free = new Semaphore(capacityKib, true);
  }

  /** The share of this JVM's maximum heap ({@code -Xmx}, or the launcher's share of RAM). */
  static MemoryBudget ofHeap() {
    return new MemoryBudget((long) (Runtime.getRuntime().maxMemory() * SHARE));
  }

  /** The estimated heap that rendering a unit of {@code yamlBytes} takes. */
  public static long cost(long yamlBytes) {
    return BASE_BYTES + BYTES_PER_YAML_BYTE * Math.max(0, yamlBytes);
  }

  /**
   * For {@code validate}, which renders nothing: a warning when a file of {@code yamlBytes} is
   * estimated to need more heap than this JVM has, so render would likely run out of memory
   * (render says the same when it does, after trying the unit alone); null when it fits.
   */
  public static org.jixiao.diag.Diagnostic tooLargeForHeap(String file, long yamlBytes) {
    long need = cost(yamlBytes);
    long heap = Runtime.getRuntime().maxMemory();
    if (need <= heap) {
      return null;
    }
    return org.jixiao.diag.Diagnostic.warning(file, 0, 0, "memory", "渲染这个文件估计需要约 "
        + need / 1024 / 1024 + " MiB 内存，而 Java 最多只有 " + heap / 1024 / 1024
        + " MiB：render 可能内存不足 (may run out of memory)",
        "给 Java 更多内存：JIXIAO_HEAP=50% ./jixiao …（机器内存的一半；默认 25%），或 JIXIAO_HEAP=4g；"
            + "或把这个文件拆成几个较小的单位");
  }

  /** How many units of {@code yamlBytes} fit side by side (at least one). */
  int fits(long yamlBytes) {
    return (int) Math.max(1, capacityKib / kib(cost(yamlBytes)));
  }

  /** A share held until closed: {@code bytes}, or the whole budget when that is less. */
  Held acquire(long bytes) {
    int n = bytes / 1024 >= capacityKib ? capacityKib : (int) kib(bytes);
    free.acquireUninterruptibly(n);
    return () -> free.release(n);
  }

  /** The whole budget: no other unit renders until it is closed. */
  Held alone() {
    return acquire(Long.MAX_VALUE);
  }

  private static long kib(long bytes) {
    return Math.max(1, (bytes + 1023) / 1024);
  }

  /** A share of the budget; closing it gives it back. */
  interface Held extends AutoCloseable {
    @Override
    void close();
  }
}
