package org.jixiao.init;

import static org.jixiao.init.YamlText.scalar;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jixiao.variant.Variant;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Carries last year's declaration into the next year ({@code jixiao init --from}) by editing its
 * text in place, so comments, key order, flow or block style and quoting all survive: year + 1,
 * 填报日期 cleared, and the history columns shifted (前年 ← 上年, 上年 ← last year's value, with a
 * comment asking to confirm it) in the unit's 年度绩效指标, its fund lines and, where the variant's
 * project form has those columns, each project's 年度绩效目标表. Only the values it changes are
 * rewritten; a project's start_year, end_year and budget_changes stay as written.
 */
public final class NextYear {
  static final String CONFIRM = "上年值取自去年的预期值，请核实为实际完成值";
  static final String CONFIRM_FUNDS = "上年金额取自去年的当年金额，请核实为实际收支；当年金额请按本年预算修改";
  static final String DATE = "填报日期：填写本年的日期";
  /** The keys of an indicator line, as DeclarationReader reads them. */
  private static final Set<String> LEAF_KEYS =
      org.jixiao.model.DeclarationKeys.of(org.jixiao.model.DeclarationKeys.Scope.INDICATOR);

  private final String text;
  private final List<Edit> edits = new ArrayList<>();
  private final StringBuilder done = new StringBuilder();
  private boolean shifted;

  /** A replacement of text[start, end) (an insertion when start == end), in order of creation. */
  private record Edit(int start, int end, String with, int seq) {}

  private NextYear(String text) {
    this.text = text;
  }

  /** Next year's text of the declaration {@code text} (already checked to load). */
  public static String of(String file, String text, Variant variant) {
    LoaderOptions options = new LoaderOptions();
    Node root = new Yaml(options).compose(new StringReader(text));
    NextYear n = new NextYear(text);
    n.carry(file, (MappingNode) root, "true".equals(variant.init().get("history")),
        "true".equals(variant.init().get("project_history")));
    return n.apply();
  }

  private void carry(String file, MappingNode top, boolean history, boolean projectHistory) {
    ScalarNode year = (ScalarNode) get(top, "year");
    // the year as it was written (2025, ２０２５ or 2025年), one later, in the same form
    java.util.regex.Matcher y = java.util.regex.Pattern.compile("\\s*(\\d{4})(\\s*(?:年度?)?)\\s*").matcher(
        java.text.Normalizer.normalize(year.getValue(), java.text.Normalizer.Form.NFKC));
    if (y.matches()) {
      replace(year, (Integer.parseInt(y.group(1)) + 1) + y.group(2));
    }
    if (get(top, "unit") instanceof MappingNode unit) {
      Node date = get(unit, "date");
      if (date instanceof ScalarNode s && !s.getValue().isEmpty()) {
        replace(s, "");
        comment(keyOf(unit, "date"), DATE);
        done.append("，填报日期已清空");
      }
    }
    if (get(top, "funds") instanceof MappingNode funds && history) {
      for (String block : List.of("income", "expenditure")) {
        if (get(funds, block) instanceof SequenceNode lines) {
          for (Node line : lines.getValue()) {
            if (line instanceof MappingNode m && shift(m, "amount")) {
              commentAt(m.getStartMark().getIndex(), CONFIRM_FUNDS);
            }
          }
        }
      }
    }
    if (history) {
      table(get(top, "annual_indicators"));
    }
    if (projectHistory && get(top, "projects") instanceof SequenceNode projects) {
      // each project's 年度绩效目标表 (前年 | 上年 | 预计当年实现); its 长期 table has no history
      for (Node p : projects.getValue()) {
        if (p instanceof MappingNode m) {
          table(get(m, "indicators"));
        }
      }
    }
    if (shifted) {
      done.append("，上年、前年两列已顺移（标有“请核实”的行）");
    }
    edit(0, 0, "# 由 jixiao init --from " + file + " 生成：年度加一" + done + "。\n");
  }

  /** A table: a mapping of 一级, or a list of one-一级 mappings (a 一级 the form prints again). */
  private void table(Node node) {
    if (node instanceof MappingNode table) {
      indicators(table, 0);
    } else if (node instanceof SequenceNode list) {
      for (Node item : list.getValue()) {
        if (item instanceof MappingNode one) {
          indicators(one, 0);
        }
      }
    }
  }

  /** Walks 一级 → 二级 → 三级; a leaf may stand at any level (a name alone is placed later). */
  private void indicators(MappingNode level, int depth) {
    for (NodeTuple t : level.getValue()) {
      Node v = t.getValueNode();
      if (isLeaf(v) || depth == 2) {
        leaf((ScalarNode) t.getKeyNode(), v);
      } else if (v instanceof MappingNode m) {
        indicators(m, depth + 1);
      } else if (v instanceof SequenceNode s && depth == 1) {
        for (Node item : s.getValue()) {
          if (item instanceof MappingNode m && m.getValue().size() == 1) {
            NodeTuple one = m.getValue().get(0);
            leaf((ScalarNode) one.getKeyNode(), one.getValueNode());
          }
        }
      }
    }
  }

  private static boolean isLeaf(Node v) {
    if (v instanceof ScalarNode s) {
      return !s.getValue().isEmpty();
    }
    return v instanceof MappingNode m && !m.getValue().isEmpty() && m.getValue().stream()
        .allMatch(t -> t.getKeyNode() instanceof ScalarNode k && LEAF_KEYS.contains(k.getValue()));
  }

  private void leaf(ScalarNode key, Node v) {
    if (v instanceof ScalarNode s && !s.getValue().isEmpty()) {
      String value = scalar(s.getValue());
      replace(s, "{last_year: " + value + ", value: " + value + "}");
      comment(key, CONFIRM);
      shifted = true;
    } else if (v instanceof MappingNode m && shift(m, "value")) {
      comment(key, CONFIRM);
    }
  }

  /** 前年 ← 上年, 上年 ← {@code current}; whether anything moved. */
  private boolean shift(MappingNode m, String current) {
    String last = textOf(get(m, "last_year"));
    String now = textOf(get(m, current));
    if (last.isEmpty() && now.isEmpty() && textOf(get(m, "year_before")).isEmpty()) {
      return false;
    }
    set(m, "year_before", last);
    set(m, "last_year", now);
    shifted = true;
    return !now.isEmpty();
  }

  private void set(MappingNode m, String key, String value) {
    Node n = get(m, key);
    if (n instanceof ScalarNode s) {
      replace(s, value.isEmpty() ? "" : scalar(value));
    } else if (n == null && !value.isEmpty()) {
      insert(m, key + ": " + scalar(value));
    }
  }

  /** Adds {@code entry} to a mapping: before a flow mapping's "}", or as a new line of a block. */
  private void insert(MappingNode m, String entry) {
    if (m.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
      int close = text.lastIndexOf('}', m.getEndMark().getIndex() - 1);
      edit(close, close, (m.getValue().isEmpty() ? "" : ", ") + entry);
      return;
    }
    Node last = m.getValue().get(m.getValue().size() - 1).getValueNode();
    int eol = lineEnd(last.getEndMark().getIndex() - 1);
    int indent = m.getValue().get(0).getKeyNode().getStartMark().getColumn();
    edit(eol, eol, "\n" + " ".repeat(indent) + entry);
  }

  private void replace(ScalarNode s, String with) {
    edit(s.getStartMark().getIndex(), s.getEndMark().getIndex(), with);
  }

  /** A comment at the end of the key's line, where it cannot fall inside a multi-line value. */
  private void comment(ScalarNode key, String why) {
    commentAt(key.getStartMark().getIndex(), why);
  }

  private void commentAt(int index, String why) {
    int eol = lineEnd(index);
    String line = text.substring(text.lastIndexOf('\n', Math.max(0, index - 1)) + 1, eol);
    if (line.contains("\"") || line.contains("'") || line.strip().endsWith("|")
        || line.strip().endsWith(">")) {
      return; // a quoted or block scalar may go on past this line: no comment rather than a break
    }
    edit(eol, eol, "  # " + why);
  }

  private int lineEnd(int index) {
    int nl = text.indexOf('\n', Math.max(0, index));
    int end = nl < 0 ? text.length() : nl;
    return end > 0 && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  private void edit(int start, int end, String with) {
    edits.add(new Edit(start, end, with, edits.size()));
  }

  private String apply() {
    StringBuilder sb = new StringBuilder(text);
    edits.stream()
        .sorted(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::seq).reversed())
        .forEach(e -> sb.replace(e.start(), e.end(), e.with()));
    return sb.toString();
  }

  private static Node get(MappingNode m, String key) {
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return t.getValueNode();
      }
    }
    return null;
  }

  private static ScalarNode keyOf(MappingNode m, String key) {
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return k;
      }
    }
    throw new IllegalArgumentException(key);
  }

  private static String textOf(Node n) {
    return n instanceof ScalarNode s ? s.getValue().strip() : "";
  }
}
