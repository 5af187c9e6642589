package org.jixiao.enrich;

import java.util.Collection;
import java.util.List;

/**
 * Which of a form's fixed indicator rows (texts.yaml {@code frame:}) a first or second level
 * written otherwise stands for: {@code 产出} for 产出指标, {@code 服务对象满意度指标} for 满意度指标,
 * {@code 满意度指标} for 社会公众或服务对象满意度指标, {@code 数量} for 数量指标, {@code 成本指标（0-20）分}
 * for 成本指标(0-20)分 (full-width brackets). The printing
 * ({@link ProjectModel}) and the checks that warn of it ({@code project-first-level},
 * {@code output-frame}) both ask here, so what is warned of is what is printed.
 */
public final class FrameRows {
  private FrameRows() {}

  /**
   * The row of {@code rows} that {@code written} names: itself when listed; else the one row
   * whose words (without 指标) hold the written words or are held by them; null when none or
   * more than one does (效益 among 经济效益指标 and 社会效益指标 is not guessed).
   */
  public static String rowFor(String written, Collection<String> rows) {
    String w = written == null ? "" : written.strip();
    if (w.isEmpty() || rows.contains(w)) {
      return rows.contains(w) ? w : null;
    }
    String core = core(w);
    if (core.isEmpty()) {
      return null;
    }
    List<String> near = rows.stream().filter(r -> {
      String c = core(r);
      return !c.isEmpty() && (c.contains(core) || core.contains(c));
    }).toList();
    return near.size() == 1 ? near.get(0) : null;
  }

  /**
   * The names a table prints for the levels {@code written} side by side: each its row of
   * {@code rows} ({@link #rowFor}), unless the table also writes that row by its own name, when
   * both stay as written (neither is merged into the other).
   */
  public static List<String> resolve(List<String> written, Collection<String> rows) {
    return written.stream().map(w -> {
      String r = rowFor(w, rows);
      return r == null || r.equals(w) || written.contains(r) ? w : r;
    }).toList();
  }

  /**
   * The words of a row name that say which row it is: without 指标 and spaces, brackets and
   * digits full- or half-width ({@code 成本指标（0-20）分} is {@code 成本指标(0-20)分}).
   */
  private static String core(String name) {
    String n = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC);
    return n.replace("指标", "").replaceAll("\\s+", "");
  }
}
