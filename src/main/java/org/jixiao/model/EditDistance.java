package org.jixiao.model;

import java.util.Collection;
import java.util.TreeSet;

/** Levenshtein distance and the "did you mean" it serves: one place for every hint. */
public final class EditDistance {
  private EditDistance() {}

  /** The number of one-character insertions, deletions and substitutions from {@code a} to {@code b}. */
  public static int between(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * The candidate nearest {@code word}, at most two edits away (one for a one-character word),
   * the first in sorted order on a tie; null when none is that near or {@code word} is null. The
   * word itself is no suggestion.
   */
  public static String closest(String word, Collection<String> candidates) {
    if (word == null) {
      return null;
    }
    String best = null;
    int bestDistance = Math.min(3, Math.max(1, word.length()));
    for (String c : new TreeSet<>(candidates)) {
      int d = between(word, c);
      if (d > 0 && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }
}
