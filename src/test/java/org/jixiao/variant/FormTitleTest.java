package org.jixiao.variant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The slots of a form's title (variant.yaml forms: title:). */
class FormTitleTest {
  private static Variant.Form form(String title) {
    return new Variant.Form("表", title, "表.vm", true, true, false, Map.of(), List.of());
  }

  @Test
  void aProjectKeyOfTheVariantsOwnFillsItsSlot() {
    // 南江's title names the 专项 and its batch, not the 资金名称 row
    assertEquals("2023年省级财政林业草原专项资金（第一批）区域绩效目标表",
        form("{year}年{project.专项}区域绩效目标表").title(2023, "南江县林业局", "省级财政林业草原专项资金",
            Map.of("专项", "省级财政林业草原专项资金（第一批）")));
    // a key the project does not write leaves its slot empty
    assertEquals("2023年区域绩效目标表",
        form("{year}年{project.专项}区域绩效目标表").title(2023, "南江县林业局", "x", Map.of()));
  }

  @Test
  void namesThatHoldSlotsPrintAsWritten() {
    assertEquals("{unit}{project.专项}项目绩效目标表（某局{year}）",
        form("{project}项目绩效目标表（{unit}）").title(2023, "某局{year}", "{unit}{project.专项}",
            Map.of("专项", "不该出现")));
    // a form printed once for the unit: {project} is empty
    assertEquals("某局 2023年", form("{unit} {year}年{project}").title(2023, "某局"));
  }
}
