package org.jixiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.diag.JixiaoException;
import org.jixiao.model.DeclarationKeys.Scope;
import org.jixiao.model.YNode.YList;
import org.jixiao.model.YNode.YMap;
import org.junit.jupiter.api.Test;

/**
 * The schema is the one list of the declaration's keys: a declaration holding every one of them
 * is read in full. A key added to the schema fails here until this declaration has it and the
 * reader reads it (changing its value changes what is read).
 */
class DeclarationKeysTest {
  private static final String EVERY_KEY = """
      layout: hubei
      year: 2025
      forms:
        - 部门整体绩效目标申报表
      unit:
        name: 甲单位
        code: "062001"
        level: 二级
        contact: 张三
        phone: 0722-1234567
        date: 2025-03-04
        head: 李四
      money_unit: 万元
      funds:
        income:
          - name: 财政拨款
            amount: 12.5
            last_year: 11.5
            year_before: 10.5
        expenditure:
          - name: 基本支出
            amount: 12.5
            last_year: 11.5
            year_before: 10.5
      functions:
        - 职能甲
      tasks:
        - name: 任务甲
          content: 内容甲
      projects:
        - name: 项目甲
          code: P001
          category: 常年性项目
          direction: 方向甲
          total_budget: 30
          budget: 10
          purpose: 用途甲
          goal:
            - 年度目标甲
          long_term_goal:
            - 长期目标甲
          indicators:
            产出指标:
              数量指标:
                项目指标甲:
                  value: ≥1个
                  year_before: 1个
                  last_year: 2个
                  basis: 计划标准
                  kind: 基本型
                  content: 指标内容甲
                  scoring: 评分甲
                  unit: 个
                  type: 定量
                  explanation: 解释甲
                  note: 备注甲
          long_term_indicators:
            产出指标:
              数量指标:
                项目指标乙: ≥2个
          department: 主管部门甲
          executor: 执行单位甲
          leader: 负责人甲
          phone: 0722-7654321
          address: 地址甲
          postcode: "432100"
          attribute: 新增项目
          start_year: 2025
          end_year: 2027
          basis: 立项依据甲
          plan: 实施方案甲
          budget_changes: 变动甲
          sources:
            一般公共预算财政拨款: 10
          spending:
            - activity: 活动甲
              content: 活动内容甲
              class: 经济分类甲
              amount: 5
              basis: 测算依据甲
              note: 明细备注甲
          purchases:
            - name: 品名甲
              quantity: 3
              amount: 2
      long_term_goal:
        until: 2027
        items:
          - 长期目标乙
      annual_goal:
        - 年度目标乙
      defaults:
        basis: 行业标准
        kind: 创新型
      long_term_indicators:
        效益指标:
          社会效益指标:
            长期指标甲: ≥3次
      annual_indicators:
        产出指标:
          数量指标:
            年度指标甲:
              value: ≥4次
              year_before: 4次
              last_year: 5次
              basis: 计划标准
              kind: 基本型
              content: 内容乙
              scoring: 评分乙
              unit: 次
              type: 定量
              explanation: 解释乙
              note: 备注乙
      """;

  /** A line's scalar: {@code key: value} or {@code - value}. */
  private static final Pattern SCALAR = Pattern.compile("^(\\s*(?:- )?(?:[^:\\s]+: )?)(\\S.*)$");

  private static Object read(String yaml) {
    try {
      return DeclarationReader.read("f.yaml", YamlLoader.parse("f.yaml", yaml), Set.of("hubei"));
    } catch (JixiaoException e) {
      return e.diagnostics();
    }
  }

  @Test
  void theDeclarationBelowHoldsEveryKeyOfTheSchemaAndReadsWithoutAProblem() {
    Map<Scope, Set<String>> written = keysByScope((YMap) YamlLoader.parse("f.yaml", EVERY_KEY));
    for (Scope s : Scope.values()) {
      assertEquals(DeclarationKeys.of(s), written.get(s), s + ": the schema's keys (at " + s.pointer
          + ") and the keys of EVERY_KEY differ; write each new key there with a value");
    }
    assertTrue(read(EVERY_KEY) instanceof Declaration, () -> read(EVERY_KEY).toString());
  }

  @Test
  void theReaderReadsEveryValueOfEveryKeyOfTheSchema() {
    Object base = read(EVERY_KEY);
    String[] lines = EVERY_KEY.split("\n", -1);
    List<String> unread = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher m = SCALAR.matcher(lines[i]);
      if (!m.matches() || m.group(2).endsWith(":")) {
        continue; // a key whose value is the block below: its lines are changed one by one
      }
      String[] changed = lines.clone();
      String v = m.group(2);
      changed[i] = m.group(1) + (v.startsWith("\"") ? "\"9" + v.substring(1) : "9" + v);
      if (Objects.equals(base, read(String.join("\n", changed)))) {
        unread.add("line " + (i + 1) + ": " + lines[i].strip());
      }
    }
    assertEquals(List.of(), unread, "values the reader drops: a key of the schema it does not read");
  }

  @Test
  void nextYearAndTheReaderShareTheIndicatorKeysOfTheSchemaAndProjectIndicatorsTakeTheSame() {
    assertEquals(DeclarationKeys.of(Scope.INDICATOR), DeclarationReader.LEAF_KEYS);
    Set<String> project = new LinkedHashSet<>();
    DeclarationKeys.schema().at("/definitions/projectIndicator/properties").fieldNames()
        .forEachRemaining(project::add);
    assertEquals(DeclarationKeys.of(Scope.INDICATOR), project);
    assertTrue(DeclarationKeys.of(Scope.PROJECT).containsAll(DeclarationReader.DETAIL_KEYS));
  }

  /** The keys written in each scope of {@code top}. */
  private static Map<Scope, Set<String>> keysByScope(YMap top) {
    Map<Scope, Set<String>> out = new EnumMap<>(Scope.class);
    for (Scope s : Scope.values()) {
      out.put(s, new LinkedHashSet<>());
    }
    out.get(Scope.DECLARATION).addAll(top.entries().keySet());
    out.get(Scope.UNIT).addAll(map(top, "unit").entries().keySet());
    YMap funds = map(top, "funds");
    out.get(Scope.FUNDS).addAll(funds.entries().keySet());
    for (YNode block : funds.entries().values()) {
      ((YList) block).items().forEach(l -> out.get(Scope.FUND_LINE).addAll(((YMap) l).entries().keySet()));
    }
    ((YList) top.entries().get("tasks")).items()
        .forEach(t -> out.get(Scope.TASK).addAll(((YMap) t).entries().keySet()));
    out.get(Scope.GOAL).addAll(map(top, "long_term_goal").entries().keySet());
    out.get(Scope.DEFAULTS).addAll(map(top, "defaults").entries().keySet());
    indicatorKeys(top.entries().get("annual_indicators"), out.get(Scope.INDICATOR));
    for (YNode p : ((YList) top.entries().get("projects")).items()) {
      YMap project = (YMap) p;
      out.get(Scope.PROJECT).addAll(project.entries().keySet());
      ((YList) project.entries().get("spending")).items()
          .forEach(l -> out.get(Scope.SPENDING).addAll(((YMap) l).entries().keySet()));
      ((YList) project.entries().get("purchases")).items()
          .forEach(l -> out.get(Scope.PURCHASE).addAll(((YMap) l).entries().keySet()));
      indicatorKeys(project.entries().get("indicators"), out.get(Scope.INDICATOR));
    }
    return out;
  }

  private static YMap map(YMap m, String key) {
    return (YMap) m.entries().get(key);
  }

  /** The keys of the indicator lines written as maps (一级 → 二级 → 三级 → map). */
  private static void indicatorKeys(YNode table, Set<String> into) {
    for (YNode group : ((YMap) table).entries().values()) {
      for (YNode lines : ((YMap) group).entries().values()) {
        for (YNode line : ((YMap) lines).entries().values()) {
          if (line instanceof YMap m) {
            into.addAll(m.entries().keySet());
          }
        }
      }
    }
  }
}
