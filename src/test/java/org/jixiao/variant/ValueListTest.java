package org.jixiao.variant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which listed value a written one stands for (value-list warns of it, the form prints it). */
class ValueListTest {
  private final Variant.ValueList boxes = new Variant.ValueList(List.of("新增项目", "延续项目"), true);

  @Test
  void aListedValueIsItself() {
    assertEquals("延续项目", boxes.resolve("延续项目"));
  }

  @Test
  void aPartOfExactlyOneValueIsThatValue() {
    assertEquals("新增项目", boxes.resolve("新增"));
    assertEquals("延续项目", boxes.resolve(" 延续 "));
  }

  @Test
  void aPartOfSeveralOrNoneIsNothing() {
    assertNull(boxes.resolve("项目"));
    assertNull(boxes.resolve("新建"));
    assertNull(boxes.resolve("  "));
    assertNull(boxes.resolve(null));
    assertNull(new Variant.ValueList(List.of(), true).resolve("基本支出"));
  }

  @Test
  void theRowOfBoxesCopiedAsPrintedIsItsOneTickedItem() {
    // 宁乡 prints 新增项目□延续项目√; a transcriber copies the row, or the item with its tick
    assertEquals("延续项目", boxes.resolve("新增项目□延续项目√"));
    assertEquals("新增项目", boxes.resolve("新增项目√ 延续项目□"));
    assertEquals("新增项目", boxes.resolve("☑新增项目 □延续项目"));
    assertEquals("延续项目", boxes.resolve("延续√"));
    assertEquals(List.of("延续项目"), Variant.ValueList.ticked("新增项目□延续项目√"));
    assertNull(Variant.ValueList.ticked("延续项目"));
  }

  @Test
  void aRowWithNoneOrSeveralTickedIsNothing() {
    assertNull(boxes.resolve("新增项目□延续项目□"));
    assertNull(boxes.resolve("新增项目√延续项目√"));
    assertEquals(List.of("新增项目", "延续项目"), Variant.ValueList.ticked("新增项目√延续项目√"));
    assertEquals(List.of(), Variant.ValueList.ticked("新增项目□延续项目□"));
  }
}
