package org.jixiao.enrich;

import java.util.List;
import java.util.Map;
import org.jixiao.model.Indicator;
import org.jixiao.model.KeyReads;

/**
 * One printed row of an indicator table, as a template sees it ({@code $r} in
 * {@code #foreach($r in $annual.rows)}): the first-, second- and third-level names and the
 * indicator's values under the names the declaration writes them with ({@code value},
 * {@code basis}, {@code unit}, …; {@code year_before} and {@code last_year} in camel case, as
 * Velocity reads Java). A template merges the rows of one first or second level with
 * {@code merge="$r.l1"} and {@code merge="$r.l1/$r.l2"}; {@code l1IsL2} marks the rows of a first
 * level whose only second level bears its name (社会公众或服务对象满意度指标), which some forms
 * print as one cell across both columns.
 */
public record IndicatorRow(String l1, String l2, String l3, boolean l1IsL2, String value,
    String yearBefore, String lastYear, String basis, String kind, String content,
    String scoring, String unit, String type, String explanation, String note,
    Map<String, Object> extra) {
  public IndicatorRow {
    extra = KeyReads.recorded("indicator",
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra)));
  }

  /** {@code $r.value}, noted as read (see {@link KeyReads}). */
  public String value() {
    KeyReads.read("indicator", "value");
    return value;
  }

  /** {@code $r.yearBefore}, noted as read (see {@link KeyReads}). */
  public String yearBefore() {
    KeyReads.read("indicator", "year_before");
    return yearBefore;
  }

  /** {@code $r.lastYear}, noted as read (see {@link KeyReads}). */
  public String lastYear() {
    KeyReads.read("indicator", "last_year");
    return lastYear;
  }

  /** {@code $r.basis}, noted as read (see {@link KeyReads}). */
  public String basis() {
    KeyReads.read("indicator", "basis");
    return basis;
  }

  /** {@code $r.kind}, noted as read (see {@link KeyReads}). */
  public String kind() {
    KeyReads.read("indicator", "kind");
    return kind;
  }

  /** {@code $r.content}, noted as read (see {@link KeyReads}). */
  public String content() {
    KeyReads.read("indicator", "content");
    return content;
  }

  /** {@code $r.scoring}, noted as read (see {@link KeyReads}). */
  public String scoring() {
    KeyReads.read("indicator", "scoring");
    return scoring;
  }

  /** {@code $r.unit}, noted as read (see {@link KeyReads}). */
  public String unit() {
    KeyReads.read("indicator", "unit");
    return unit;
  }

  /** {@code $r.type}, noted as read (see {@link KeyReads}). */
  public String type() {
    KeyReads.read("indicator", "type");
    return type;
  }

  /** {@code $r.explanation}, noted as read (see {@link KeyReads}). */
  public String explanation() {
    KeyReads.read("indicator", "explanation");
    return explanation;
  }

  /** {@code $r.note}, noted as read (see {@link KeyReads}). */
  public String note() {
    KeyReads.read("indicator", "note");
    return note;
  }

  /**
   * The text of column {@code key} on this row, for a template that prints the columns its form's
   * {@code keys: indicator:} name in their order ({@code #foreach($k in $cols)<cell>$r.cell($k)</cell>#end}):
   * a built-in key under the name the YAML writes it ({@code value}, {@code last_year},
   * {@code explanation}, …), else the variant's own key; "" when the row has none.
   */
  public String cell(String key) {
    KeyReads.read("indicator", key);
    String builtIn = switch (key) {
      case "l1" -> l1;
      case "l2" -> l2;
      case "l3" -> l3;
      case "value" -> value;
      case "year_before" -> yearBefore;
      case "last_year" -> lastYear;
      case "basis" -> basis;
      case "kind" -> kind;
      case "content" -> content;
      case "scoring" -> scoring;
      case "unit" -> unit;
      case "type" -> type;
      case "explanation" -> explanation;
      case "note" -> note;
      default -> null;
    };
    if (builtIn != null) {
      return builtIn;
    }
    Object own = extra.get(key);
    return own == null ? "" : String.valueOf(own);
  }

  /** The row of indicator {@code i} (null: a filler or empty row) under {@code l1} and {@code l2}. */
  static IndicatorRow of(String l1, String l2, Indicator i, boolean l1IsL2) {
    if (i == null) {
      return new IndicatorRow(l1, l2, "", l1IsL2, "", "", "", "", "", "", "", "", "", "", "",
          Map.of());
    }
    return new IndicatorRow(l1, l2, i.name(), l1IsL2, i.value(), i.yearBefore(), i.lastYear(),
        i.basis(), i.kind(), i.content(), i.scoring(), i.measure(), i.type(), i.explanation(),
        i.note(), i.extra());
  }

  /** The rows of one indicator table ({@code $annual}, {@code $project.indicators}). */
  public record Table(List<IndicatorRow> rows) {
    public Table {
      rows = List.copyOf(rows);
    }

    /**
     * The column headings of the variant's own key {@code key} of kind {@code columns} (区域目标值:
     * 新罗区, 永定区, …): every heading a row writes, in the order first written, so a template
     * prints one column each ({@code #foreach($h in $project.indicators.columns("区域目标值"))}).
     */
    public List<String> columns(String key) {
      java.util.Set<String> out = new java.util.LinkedHashSet<>();
      for (IndicatorRow r : rows) {
        if (r.extra().get(key) instanceof Map<?, ?> m) {
          m.keySet().forEach(h -> out.add(String.valueOf(h)));
        }
      }
      return List.copyOf(out);
    }
  }
}
