package org.jixiao.validate;

import java.util.Collection;
import org.jixiao.diag.Messages;

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
    if (word == null) {
      return null;
    }
    String best = null;
    int bestDistance = Math.min(3, Math.max(1, word.length()));
    for (String c : candidates.stream().sorted().toList()) {
      int d = distance(word, c);
      if (d < bestDistance && d > 0) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  static int distance(String a, String b) {
    return org.jixiao.model.DeclarationReader.distance(a, b);
  }
}
