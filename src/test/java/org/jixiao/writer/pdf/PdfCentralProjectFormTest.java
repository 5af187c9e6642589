package org.jixiao.writer.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.render.Samples;
import org.junit.jupiter.api.Test;

/** The two 88号 project samples read back from their PDF: one page each, lines as printed. */
class PdfCentralProjectFormTest {
  private static String page(String file, String form) {
    List<String> pages = Pdfs.pages(Pdfs.write(Samples.layout(Path.of(file), form)));
    assertEquals(1, pages.size(), "one page");
    return pages.get(0).replaceAll("\\s", "");
  }

  @Test
  void qingshan() {
    String p = page("data/2020/武汉市青山区教育局.yaml",
        "项目支出绩效目标申报表-教育系统基础设施建设和设备购置");
    for (String s : List.of("项目支出绩效目标表", "（2020年度）", "[015001]武汉市青山区教育局",
        "202001-202012", "二级指标(长期)", "质量指标质量指标重点建设工程验收合格率100%",
        "学生、家长、社会满意度≥90%")) {
      assertTrue(p.contains(s), s + " in " + p);
    }
  }

  @Test
  void xiangtan() {
    String p = page("data/2023/湘潭市环境卫生管理处.yaml", "项目支出绩效目标申报表-雾炮车降尘抑尘服务");
    for (String s : List.of("2023年项目支出绩效目标申报表", "填报单位：（盖章）", "单位：万元",
        "雾炮车降尘抑尘服务配备车辆数10辆计划标准", "控制在预算成本内250万计划标准", "财政部门审核意见",
        "填表人：宋云花", "联系电话：16607326331")) {
      assertTrue(p.contains(s), s + " in " + p);
    }
  }
}
