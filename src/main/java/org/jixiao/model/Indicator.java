package org.jixiao.model;

/**
 * A third-level indicator: 指标值 (or 预期当年实现值), the two previous years' values, 指标值确定依据
 * and 指标分类 (湖北), 指标值内容, 评（扣）分标准, 度量单位, 指标值类型, 指标解释 (河南: 指标值说明) and
 * 备注 (湖南), with the line it was written on. Empty cells are empty strings.
 */
public record Indicator(String name, String value, String yearBefore, String lastYear,
    String basis, String kind, String content, String scoring, String measure, String type,
    String explanation, String note, int line, int column, java.util.Map<String, Object> extra) {
  /** The usual 指标值类型; a variant's value list (indicator.type) may allow others. */
  public static final java.util.List<String> TYPES =
      java.util.List.of("≥", "≤", "=", "＞", "＜", ">", "<", "定性");

  public Indicator {
    // an empty name is a line the form prints without a 三级指标 (a 经济效益指标 row with only its
    // 评(扣)分标准), written "": {…}
    if (name == null) {
      throw new IllegalArgumentException("indicator name is required");
    }
    value = orEmpty(value);
    yearBefore = orEmpty(yearBefore);
    lastYear = orEmpty(lastYear);
    basis = orEmpty(basis);
    kind = orEmpty(kind);
    content = orEmpty(content);
    scoring = orEmpty(scoring);
    measure = orEmpty(measure);
    type = orEmpty(type);
    explanation = orEmpty(explanation);
    note = orEmpty(note);
    extra = extra == null ? java.util.Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
  }

  /** An indicator with none of a variant's own keys. */
  public Indicator(String name, String value, String yearBefore, String lastYear, String basis,
      String kind, String content, String scoring, String measure, String type,
      String explanation, String note, int line, int column) {
    this(name, value, yearBefore, lastYear, basis, kind, content, scoring, measure, type,
        explanation, note, line, column, java.util.Map.of());
  }

  /** An indicator of the 湖北 部门整体 form, which has none of the 湖南 columns. */
  public Indicator(String name, String value, String yearBefore, String lastYear, String basis,
      String kind, int line, int column) {
    this(name, value, yearBefore, lastYear, basis, kind, line, column, "");
  }

  /** An indicator with the unit's own 指标值说明 (河南) and none of the 湖南 columns. */
  public Indicator(String name, String value, String yearBefore, String lastYear, String basis,
      String kind, int line, int column, String explanation) {
    this(name, value, yearBefore, lastYear, basis, kind, "", "", "", "", explanation, "", line,
        column);
  }

  /** This indicator with the library's defaults where it has none of its own. */
  public Indicator withDefaults(String basisDefault, String kindDefault,
      String explanationDefault) {
    return new Indicator(name, value, yearBefore, lastYear,
        basis.isEmpty() ? basisDefault : basis, kind.isEmpty() ? kindDefault : kind, content,
        scoring, measure, type, explanation.isEmpty() ? explanationDefault : explanation, note,
        line, column, extra);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
