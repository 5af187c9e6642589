package org.jixiao.variant;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A layout variant: one official form family of one place and year, read from
 * {@code templates/<name>/variant.yaml} merged over the variants it extends. Everything a
 * variant decides (its forms and titles, the keys each form prints, extra keys, value lists, the
 * indicator frame, the foot, which checks apply and how strictly) is here, so the
 * engine holds no variant's knowledge.
 */
public record Variant(String name, String description, List<String> chain, List<Form> forms,
    Map<String, Map<String, Field>> fields, Map<String, Map<String, Field>> titles,
    Map<String, ValueList> lists, Indicators indicators,
    List<List<String>> foot, Map<String, Check> checks,
    Map<String, Object> init) {
  /** The scopes a form's keys and a variant's fields are listed under. */
  public static final List<String> SCOPES = List.of("declaration", "unit", "task", "project",
      "spending", "indicator");

  public Variant {
    chain = List.copyOf(chain);
    forms = List.copyOf(forms);
    fields = ordered(fields);
    titles = ordered(titles);
    lists = ordered(lists);
    foot = List.copyOf(foot);
    checks = ordered(checks);
    init = ordered(init);
  }

  /**
   * The review rows at the foot ({@code foot:}), as a template prints them; noted as read, so a
   * variant whose {@code foot:} no template prints is told (see {@link org.jixiao.model.KeyReads}).
   */
  public List<List<String>> foot() {
    org.jixiao.model.KeyReads.read("variant", "foot");
    return foot;
  }

  static <K, V> Map<K, V> ordered(Map<K, V> m) {
    return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m));
  }

  /** The form printed to file {@code file}, or null. */
  public Form form(String file) {
    return forms.stream().filter(f -> f.file().equals(file)).findFirst().orElse(null);
  }

  /** How check {@code id} applies to this variant: its level and parameters. */
  public Check check(String id, String defaultLevel) {
    Check c = checks.get(id);
    return c == null ? new Check(defaultLevel, Map.of()) : c.withDefaultLevel(defaultLevel);
  }

  /**
   * The title the form gives built-in key {@code key} of {@code scope} (variant.yaml
   * {@code fields:} naming a built-in key with only a title), or null when it keeps the schema's.
   */
  public Field retitled(String scope, String key) {
    return titles.getOrDefault(scope, Map.of()).get(key);
  }

  /**
   * What the form calls key {@code key} of {@code scope}: the variant's own field, else the title
   * it gives a built-in key ({@link #retitled}); null when it names the key neither way.
   */
  public Field field(String scope, String key) {
    Field own = fields.getOrDefault(scope, Map.of()).get(key);
    return own != null ? own : retitled(scope, key);
  }

  /** The values a key may take ({@code project.attribute}), or null when the variant lists none. */
  public ValueList list(String key) {
    return lists.get(key);
  }

  /** A form the variant prints. */
  public record Form(String file, String title, String template, boolean eachProject,
      boolean needsProjects, boolean optional, Map<String, List<String>> keys,
      List<String> required) {
    /** The slots of a title: {year}, {unit}, {project} and {project.KEY}, a project key of the variant's own. */
    static final Pattern SLOT = Pattern.compile("\\{(year|unit|project|project\\.[^{}]+)\\}");

    public Form {
      keys = ordered(keys);
      required = List.copyOf(required);
    }

    /** The title as printed: {year} and {unit} filled in. */
    public String title(int year, String unit) {
      return title(year, unit, "");
    }

    /**
     * The title of the form printed for one project: {year}, {unit} and {project} (the project's
     * name, as in 乌海's 再生资源回收市场管理经费项目绩效目标表) filled in.
     */
    public String title(int year, String unit, String project) {
      return title(year, unit, project, Map.of());
    }

    /**
     * As {@link #title(int, String, String)}, and {project.KEY} filled in with the project's own
     * key KEY as written (南江's 2023年省级财政林业草原专项资金（第一批）区域绩效目标表, whose title
     * names the batch, not the 资金名称 row), empty when the project has none.
     */
    public String title(int year, String unit, String project, Map<String, ?> own) {
      // one pass, so a name that holds {unit} or {project.…} prints as written
      Matcher m = SLOT.matcher(title);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String slot = m.group(1);
        Object v = switch (slot) {
          case "year" -> String.valueOf(year);
          case "unit" -> unit;
          case "project" -> project;
          default -> own == null ? null : own.get(slot.substring("project.".length()));
        };
        m.appendReplacement(out, Matcher.quoteReplacement(v == null ? "" : v.toString()));
      }
      return m.appendTail(out).toString();
    }
  }

  /**
   * A key the variant adds to the declaration: its Chinese title, help and kind of value; or, in
   * {@link #titles}, a built-in key's title as the variant's form prints it (kind empty).
   */
  public record Field(String key, String title, String description, String kind) {}

  /** The values a key may take; a closed list refuses others, an open one only suggests. */
  public record ValueList(List<String> values, boolean closed) {
    public ValueList {
      values = List.copyOf(values);
    }

    /**
     * The listed value a written one stands for: itself when listed; else the one listed value
     * that contains it, stripped ({@code 新增} → {@code 新增项目}); null when it is contained in
     * none or in several (ambiguous).
     */
    public String resolve(String value) {
      if (value == null) {
        return null;
      }
      if (values.contains(value)) {
        return value;
      }
      String s = value.strip();
      if (s.isEmpty()) {
        return null;
      }
      List<String> ticked = ticked(s);
      if (ticked != null) {
        // the form's row of boxes copied as printed: the one ticked name is the value
        return ticked.size() == 1 && !hasMarks(ticked.get(0)) ? resolve(ticked.get(0)) : null;
      }
      String found = null;
      for (String v : values) {
        if (v.contains(s)) {
          if (found != null) {
            return null;
          }
          found = v;
        }
      }
      return found;
    }

    /** Tick marks a printed box row uses for the chosen item (√ as the 填报说明 ask, ☑ ■ ✓ ✔). */
    private static final String TICKS = "√✓✔☑☒■▣✅";
    /** Empty boxes. */
    private static final String BOXES = "□☐◻▢";
    private static final Pattern MARK = Pattern.compile("[" + TICKS + BOXES + "]");

    /**
     * The names a value copied as the form prints its row of boxes ticks ({@code 新增项目□
     * 延续项目√}, {@code ☑新增项目 □延续项目}, {@code 经常性专项业务费√}), each stripped; null when the
     * value holds no box or tick mark. Marks after the names (the usual print) or before them
     * (a mark first) are read alike; a name with no mark beside it is not ticked.
     */
    public static List<String> ticked(String value) {
      String s = value.strip();
      Matcher m = MARK.matcher(s);
      if (!m.find()) {
        return null;
      }
      boolean before = m.start() == 0;
      List<String> out = new java.util.ArrayList<>();
      m.reset();
      int from = 0;
      String pendingMark = null;
      while (m.find()) {
        String name = s.substring(from, m.start()).strip();
        String mark = m.group();
        if (before) {
          if (pendingMark != null && TICKS.contains(pendingMark) && !name.isEmpty()) {
            out.add(name);
          }
          pendingMark = mark;
        } else if (TICKS.contains(mark) && !name.isEmpty()) {
          out.add(name);
        }
        from = m.end();
      }
      if (before && pendingMark != null && TICKS.contains(pendingMark)) {
        String name = s.substring(from).strip();
        if (!name.isEmpty()) {
          out.add(name);
        }
      }
      return out;
    }

    private static boolean hasMarks(String s) {
      return MARK.matcher(s).find();
    }
  }

  /**
   * Indicator levels (2 or 3), the first-level names in order, second levels always printed, and
   * the first levels an edition's form may lack ({@code optional}: 成本指标 or 满意度指标 absent
   * from some years' forms), which the first-level checks then do not ask for.
   */
  public record Indicators(int levels, List<String> firstLevel, Map<String, List<String>> frame,
      List<String> optional) {
    public Indicators {
      firstLevel = List.copyOf(firstLevel);
      optional = List.copyOf(optional);
      frame = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(frame));
    }
  }

  /** A check's level ({@code error}, {@code warning}, {@code off}) and parameters. */
  public record Check(String level, Map<String, Object> params) {
    public Check {
      params = ordered(params);
    }

    Check withDefaultLevel(String dflt) {
      return level == null ? new Check(dflt, params) : this;
    }

    public boolean off() {
      return "off".equals(level);
    }

    public boolean error() {
      return "error".equals(level);
    }

    /** A text parameter, or {@code dflt}. */
    public String text(String key, String dflt) {
      return params.get(key) instanceof String s ? s : dflt;
    }

    /** A list parameter, or {@code dflt}. */
    public List<String> list(String key, List<String> dflt) {
      return params.get(key) instanceof List<?> l ? l.stream().map(Object::toString).toList() : dflt;
    }

    /** An integer parameter, or {@code dflt}. */
    public int number(String key, int dflt) {
      try {
        return params.get(key) instanceof String s ? Integer.parseInt(s.strip()) : dflt;
      } catch (NumberFormatException e) {
        return dflt;
      }
    }
  }
}
