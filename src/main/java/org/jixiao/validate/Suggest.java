package org.jixiao.validate;

import java.util.Collection;
import org.jixiao.diag.Messages;
import org.jixiao.model.EditDistance;

/** "Did you mean …?" by edit distance: the closest candidate within two edits, if any. */
public final class Suggest {
  private Suggest() {}

  /** "；是不是想写 X？" (or the English), or "" when nothing is close. */
  public static String didYouMean(String word, Collection<String> candidates, Messages lang) {
    String best = closest(word, candidates);
    return best == null ? "" : lang.pick("；是不是想写 " + best + "？", "; did you mean " + best + "?");
  }

  /** The candidate within two edits of {@code word} (the first in sorted order on a tie). */
  public static String closest(String word, Collection<String> candidates) {
    return EditDistance.closest(word, candidates);
  }
}
