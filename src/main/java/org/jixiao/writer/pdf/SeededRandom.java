package org.jixiao.writer.pdf;

import java.security.SecureRandom;
import java.util.Random;

/**
 * The random source OpenPDF draws font subset prefixes (the six letters before "+") from. Fonts
 * are shared by every document and thread, so the seed is per thread: the writer seeds it from
 * the layout before writing and clears it after, which makes the prefixes, and so the bytes, a
 * function of the content. Outside a write it behaves as an ordinary SecureRandom.
 */
final class SeededRandom extends SecureRandom {
  private static final ThreadLocal<Random> CURRENT = new ThreadLocal<>();

  /** Makes this thread's subset prefixes follow {@code seed} until {@link #clear()}. */
  static void seed(long seed) {
    CURRENT.set(new Random(seed));
  }

  static void clear() {
    CURRENT.remove();
  }

  @Override
  public double nextDouble() {
    Random r = CURRENT.get();
    return r == null ? super.nextDouble() : r.nextDouble();
  }
}
