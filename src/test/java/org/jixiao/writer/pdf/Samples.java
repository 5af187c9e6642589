package org.jixiao.writer.pdf;

import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutReader;

/** Layouts shaped like the 湖北 forms (nine columns, joined tables, labelled indicator tables). */
final class Samples {
  static final String UNIT = "武汉市江汉区教育局";
  static final String COLUMNS = "<columns><col width=\"16\"/><col width=\"14\"/><col width=\"22\"/>"
      + "<col width=\"26\"/><col width=\"18\"/><col width=\"18\"/><col width=\"20\"/><col width=\"24\"/>"
      + "<col width=\"22\"/></columns>";
  static final String[] LEVEL1 = {"产出指标", "效益指标", "满意度指标"};
  static final String[] LEVEL2 = {"数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标"};

  private Samples() {}

  /** A whole 部门整体 form whose annual indicator table has {@code indicators} rows. */
  static Layout form(int indicators) {
    return LayoutReader.read(formXml(indicators));
  }

  static String formXml(int indicators) {
    StringBuilder x = new StringBuilder();
    x.append("<form title=\"部门整体绩效目标申报表\">")
        .append("<page orientation=\"portrait\" margin-top=\"18\" margin-right=\"15\" margin-bottom=\"18\" margin-left=\"15\"/>")
        .append("<title>部门整体绩效目标申报表</title>")
        .append("<line size=\"10\"><left>填报日期：2025年3月1日</left><center>单位：万元</center>")
        .append("<right>单位领导审签（公章）：</right></line>")
        .append("<table>").append(COLUMNS).append("<body>")
        .append("<row min-height=\"10\"><cell colspan=\"2\">部门（单位）名称</cell><cell colspan=\"7\">")
        .append(UNIT).append("</cell></row>")
        .append("<row min-height=\"8\"><cell colspan=\"2\">填报人</cell><cell colspan=\"3\">张三</cell>")
        .append("<cell colspan=\"2\">联系电话</cell><cell colspan=\"2\">027-85551234</cell></row>")
        .append("<row><cell rowspan=\"5\">部门总体资金情况</cell><cell colspan=\"3\" rowspan=\"2\">总体资金情况</cell>")
        .append("<cell colspan=\"2\" rowspan=\"2\">当年金额</cell><cell rowspan=\"2\">占比</cell>")
        .append("<cell colspan=\"2\">近两年收支金额</cell></row>")
        .append("<row><cell>2024年</cell><cell>2023年</cell></row>");
    String[][] funds = {{"收入合计", "12,345.67", "100%", "11,890.00", "10,002.10"},
        {"一般公共预算拨款", "10,000.00", "81.0%", "9,500.00", "8,800.00"},
        {"其他收入", "2,345.67", "19.0%", "2,390.00", "1,202.10"}};
    for (String[] f : funds) {
      x.append("<row><cell colspan=\"3\" bold=\"").append(f == funds[0]).append("\">").append(f[0]).append("</cell><cell colspan=\"2\">").append(f[1])
          .append("</cell><cell>").append(f[2]).append("</cell><cell>").append(f[3]).append("</cell><cell>")
          .append(f[4]).append("</cell></row>");
    }
    x.append("<row min-height=\"12\"><cell>部门职能概述</cell><cell colspan=\"8\" align=\"justify\" valign=\"top\">")
        .append("<p>1. 贯彻执行国家和省、市有关教育工作的方针、政策和法律法规，拟订全区教育发展规划并组织实施。</p>")
        .append("<p>2. 统筹管理全区基础教育、职业教育和社会教育，指导学校安全、卫生和校园文化建设工作。</p>")
        .append("</cell></row>")
        .append("</body></table>")
        .append("<table joined=\"true\">").append(COLUMNS).append("<body>")
        .append("<row min-height=\"12\"><cell>年度目标：</cell><cell colspan=\"8\" align=\"justify\" valign=\"top\">")
        .append("<p>完成义务教育阶段学校标准化建设，巩固提升教育教学质量，群众满意度达到90%以上。</p>")
        .append("</cell></row></body></table>")
        .append("<table joined=\"true\">").append(COLUMNS).append("<head>")
        .append("<row><cell open=\"bottom\"></cell><cell rowspan=\"3\">一级指标</cell><cell rowspan=\"3\">二级指标</cell>")
        .append("<cell rowspan=\"3\">三级指标</cell><cell colspan=\"3\">指标值</cell>")
        .append("<cell rowspan=\"3\">指标值确定依据</cell><cell rowspan=\"3\">指标分类</cell></row>")
        .append("<row><cell open=\"top bottom\"></cell><cell colspan=\"2\">近两年指标值</cell>")
        .append("<cell rowspan=\"2\">预期当年实现值</cell></row>")
        .append("<row><cell open=\"top bottom\"></cell><cell>2023年</cell><cell>2024年</cell></row>")
        .append("</head><body>").append(indicatorRows(indicators)).append("</body></table>")
        .append("<p size=\"10\" bold=\"true\">填表说明：</p>")
        .append("<p size=\"10\" align=\"justify\">1. 本表由部门（单位）填写，金额单位为万元，保留两位小数。"
            + "绩效指标应当细化、量化，可衡量，与部门职能和年度工作任务相对应。</p>")
        .append("</form>");
    return x.toString();
  }

  /**
   * {@code n} indicator rows under one label spanning them all, split into 一级 groups of
   * about half, a third and the rest, each cut into 二级 groups of five.
   */
  static String indicatorRows(int n) {
    int[] level1 = level1Sizes(n);
    StringBuilder x = new StringBuilder();
    int row = 0;
    for (int g = 0; g < 3; g++) {
      for (int i = 0; i < level1[g]; i++, row++) {
        x.append("<row>");
        if (row == 0) {
          x.append("<cell rowspan=\"").append(n).append("\" open=\"top\">年度绩效指标</cell>");
        }
        if (i == 0) {
          x.append("<cell rowspan=\"").append(level1[g]).append("\">").append(LEVEL1[g]).append("</cell>");
        }
        if (i % 5 == 0) {
          x.append("<cell rowspan=\"").append(Math.min(5, level1[g] - i)).append("\">")
              .append(LEVEL2[(i / 5) % LEVEL2.length]).append("</cell>");
        }
        x.append("<cell align=\"left\">指标").append(row + 1).append("：新建改扩建校舍面积")
            .append(row % 4 == 0 ? "，含配套运动场地和附属设施" : "").append("</cell>")
            .append("<cell>").append(1000 + row).append("平方米</cell>")
            .append("<cell>").append(1200 + row).append("平方米</cell>")
            .append("<cell>≥").append(1500 + row).append("平方米</cell>")
            .append("<cell align=\"left\">年度工作计划</cell><cell>正向指标</cell></row>");
      }
    }
    return x.toString();
  }

  /**
   * Just an annual indicator table, its columns wide enough that every label and head text
   * stays on one line (so tests can find them in extracted text).
   */
  static Layout indicators(int n) {
    return LayoutReader.read("<form title=\"指标表\"><page orientation=\"portrait\"/>"
        + "<title>指标表</title><table><columns><col width=\"28\"/><col width=\"24\"/>"
        + "<col width=\"30\"/><col width=\"40\"/><col width=\"20\"/><col width=\"20\"/><col width=\"22\"/>"
        + "<col width=\"24\"/><col width=\"22\"/></columns><head><row><cell open=\"bottom\"></cell>"
        + "<cell>一级指标</cell><cell>二级指标</cell><cell>三级指标</cell><cell colspan=\"3\">指标值</cell>"
        + "<cell>依据</cell><cell>分类</cell></row></head><body>" + indicatorRows(n) + "</body></table></form>");
  }

  /** Rows of each 一级 group in {@link #indicatorRows}, in order. */
  static int[] level1Sizes(int n) {
    return new int[] {n - n / 2 - n / 3, n / 3, n / 2};
  }

  /** A table whose one body cell holds {@code paragraphs} numbered paragraphs. */
  static Layout hugeCell(int paragraphs) {
    StringBuilder x = new StringBuilder("<form title=\"大单元格\"><page orientation=\"portrait\"/>")
        .append("<table><columns><col width=\"1\"/><col width=\"4\"/></columns>")
        .append("<head><row><cell>项目</cell><cell>内容</cell></row></head><body>")
        .append("<row><cell>前一行</cell><cell>短</cell></row>")
        .append("<row><cell>年度工作任务</cell><cell align=\"left\" valign=\"top\">");
    for (int i = 1; i <= paragraphs; i++) {
      x.append("<p>第").append(i).append("段：组织开展教育教学质量监测。</p>");
    }
    return LayoutReader.read(x.append("</cell></row><row><cell>后一行</cell><cell>尾</cell></row>")
        .append("</body></table></form>").toString());
  }
}
