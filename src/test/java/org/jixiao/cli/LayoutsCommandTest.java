package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao layouts} and the hints that point to it when a layout name is not a variant. */
class LayoutsCommandTest {
  @TempDir
  Path dir;

  /** The variant folders of the project's templates/, by name. */
  private static List<String> folders() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("templates"))) {
      return s.filter(p -> Files.isRegularFile(p.resolve("variant.yaml")))
          .map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The names a listing gives: its lines that do not start with a space and are no summary. */
  private static List<String> listed(String out) {
    return out.lines().filter(l -> !l.isEmpty() && !l.startsWith(" ") && !l.startsWith("共 ")).toList();
  }

  @Test
  void listsEveryVariantInOrderWithItsDescriptionAndForms() throws IOException {
    Run r = MainTest.jixiao("layouts", "--templates", "templates");
    assertEquals(0, r.code(), r.err());
    assertEquals(folders(), listed(r.out()));
    assertTrue(r.out().contains("ningde-2019-dept\n    宁德市（福建） 部门整体支出绩效目标表"), r.out());
    assertTrue(r.out().contains("表：部门整体支出绩效目标表（在 central-2015-dept 之上改写）"), r.out());
    assertTrue(r.out().contains("共 " + folders().size() + " 个版式"), r.out());
  }

  @Test
  void aPlaceOrAFormNameFindsItsVariants() {
    Run place = MainTest.jixiao("layouts", "--templates", "templates", "东莞");
    assertEquals(0, place.code(), place.err());
    assertEquals(List.of("dongguan-2019-project", "dongguan-2022-project"), listed(place.out()));
    // several words: each must be there (湖北's variants with a 项目申报表)
    Run two = MainTest.jixiao("layouts", "--templates", "templates", "湖北", "项目申报表");
    assertEquals(0, two.code(), two.err());
    assertTrue(listed(two.out()).contains("hubei"), two.out());
    assertFalse(listed(two.out()).contains("hubei-2023"), two.out());
    // the title as the form prints it (the description writes 东莞市 财政…, with a space)
    Run title = MainTest.jixiao("layouts", "--templates", "templates", "东莞市财政项目支出绩效目标批复表");
    assertEquals(List.of("dongguan-2019-project"), listed(title.out()));
    // the place and the title as the form prints them, where the description names the province
    Run placeTitle = MainTest.jixiao("layouts", "--templates", "templates", "蒙城县项目支出绩效目标申报表");
    assertEquals(List.of("anhui-mengcheng-project"), listed(placeTitle.out()), placeTitle.err());
    Run none = MainTest.jixiao("layouts", "--templates", "templates", "火星");
    assertEquals(1, none.code());
    assertTrue(none.err().contains("没有名称、说明或表名含「火星」的版式"), none.err());
    // a place with no variant yet: the families to extend and where README says how
    assertTrue(none.err().contains("central-2015-project 项目支出、central-2015-dept 部门整体、"
        + "county-416-project 财政支出项目") && none.err().contains("A variant is a folder of files"), none.err());
  }

  /**
   * A transcriber from a city or county looks for their form by their province first: each
   * variant of a place is found by the province's name (its description names it, 蒙城县（安徽）).
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "安徽, anhui-jinzhai-2021-project anhui-mengcheng-project",
      "重庆, chongqing-banan-2022-dept chongqing-fengjie-2023-project",
      "广东, dongguan-2019-project dongguan-2022-project",
      "湖北, ezhou-2022-project hubei wuhan-qingshan-project",
      "福建, fujian-2017-project fujian-longyan-transfer ningde-2019-dept",
      "黑龙江, heilongjiang-daqing-project",
      "湖南, hunan hunan-xiangtan-project hunan-yueyanglou-2023-dept ningxiang-2021-project yueyang-2022-project",
      "宁夏, ningxia-yuanzhou-project",
      "陕西, shaanxi-jiaxian-2016-project",
      "内蒙古, wuhai-2021-project"})
  void aProvinceFindsTheVariantsOfItsPlaces(String province, String expected) {
    Run r = MainTest.jixiao("layouts", "--templates", "templates", province);
    assertEquals(0, r.code(), r.err());
    for (String v : expected.split(" ")) {
      assertTrue(listed(r.out()).contains(v), province + " finds " + v + ": " + r.out());
    }
  }

  @Test
  void aTitleTypedWithoutItsBracketsOrInOtherWidthsFindsItsVariant() {
    // the 88号 form prints 部门（单位）整体支出绩效目标申报表; a clerk types it without （单位）
    Run bare = MainTest.jixiao("layouts", "--templates", "templates", "部门整体支出绩效目标申报表");
    assertEquals(0, bare.code(), bare.err());
    assertTrue(listed(bare.out()).contains("central-2015-dept"), bare.out());
    // half-width brackets and spaces typed into a title that prints full-width ones
    Run half = MainTest.jixiao("layouts", "--templates", "templates", "部门(单位) 整体绩效目标表");
    assertEquals(List.of("chongqing-banan-2022-dept"), listed(half.out()));
  }

  @Test
  void aTitleTypedAsTheFormPrintsItWithItsSlotsFilledFindsItsVariant() {
    // the whole head of the form as printed: year, 专项 and batch, project or city filled in
    Run nanjiang = MainTest.jixiao("layouts", "--templates", "templates",
        "2023年省级财政林业草原专项资金（第一批）区域绩效目标表");
    assertEquals(0, nanjiang.code(), nanjiang.err());
    assertEquals(List.of("sichuan-nanjiang-2023-region"), listed(nanjiang.out()));
    Run wuhai = MainTest.jixiao("layouts", "--templates", "templates", "再生资源回收市场管理经费项目绩效目标表");
    assertEquals(List.of("wuhai-2021-project"), listed(wuhai.out()));
    Run xiangtan = MainTest.jixiao("layouts", "--templates", "templates", "2023年项目支出绩效目标申报表");
    assertEquals(List.of("hunan-xiangtan-project"), listed(xiangtan.out()));
    // a title whose fixed words are few fits nothing by them alone
    Run bare = MainTest.jixiao("layouts", "--templates", "templates", "2023年某某表");
    assertFalse(listed(bare.out()).contains("sichuan-nanjiang-2023-region"), bare.out());
  }

  @Test
  void aTitleNoVariantHoldsGetsTheMostAlikeOnes() {
    // no variant prints 项目资金绩效目标申报表; the 项目支出绩效目标申报表 ones are near
    Run near = MainTest.jixiao("layouts", "--templates", "templates", "项目资金绩效目标申报表");
    assertEquals(1, near.code());
    assertTrue(near.err().contains("表名或说明与它最像的见下"), near.err());
    List<String> names = listed(near.out()).stream().filter(l -> !l.startsWith("以上 ")).toList();
    assertFalse(names.isEmpty(), near.out());
    assertTrue(names.size() <= 5, near.out());
    assertTrue(names.contains("central-2015-project"), near.out());
    // init with that title as --layout names them too
    Run init = MainTest.jixiao("init", dir.resolve("y.yaml").toString(), "--templates", "templates",
        "--layout", "项目资金绩效目标申报表", "--unit", "甲", "--year", "2025");
    assertEquals(2, init.code());
    assertTrue(init.err().contains("表名或说明与「项目资金绩效目标申报表」最像的版式："), init.err());
    assertTrue(init.err().contains("最像的版式：" + names.get(0) + "（"), init.err());
    // nothing alike: no list
    Run none = MainTest.jixiao("layouts", "--templates", "templates", "火星基地");
    assertEquals(1, none.code());
    assertEquals("", none.out().strip());
  }

  @Test
  void aBrokenVariantIsListedWithItsProblemNotAStackTrace() throws IOException {
    Path t = dir.resolve("templates");
    Files.createDirectories(t.resolve("broken"));
    Files.writeString(t.resolve("broken/variant.yaml"), "forms: 5\n");
    Run r = MainTest.jixiao("layouts", "--templates", t.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("broken\n    （variant.yaml 有误："), r.out());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void initNamesTheVariantsAPlaceOrAShortNameMeans() {
    Path file = dir.resolve("x.yaml");
    Run place = MainTest.jixiao("init", file.toString(), "--templates", "templates",
        "--layout", "东莞", "--unit", "甲", "--year", "2025");
    assertEquals(2, place.code());
    assertTrue(place.err().contains("名称或说明含「东莞」的版式：dongguan-2019-project（东莞市"), place.err());
    assertTrue(place.err().contains("、dongguan-2022-project（东莞市"), place.err());
    Run shortName = MainTest.jixiao("init", file.toString(), "--templates", "templates",
        "--layout", "ningde", "--unit", "甲", "--year", "2025");
    assertEquals(2, shortName.code());
    assertTrue(shortName.err().contains("是不是想写 ningde-2019-dept？"), shortName.err());
    assertFalse(Files.exists(file));
  }

  @Test
  void validateSuggestsTheVariantAShortNameIsPartOf() throws IOException {
    Path f = dir.resolve("a.yaml");
    Files.writeString(f, "layout: ningde\nyear: 2025\nunit:\n  name: 甲\n");
    Run r = MainTest.jixiao("validate", f.toString(), "--templates", "templates");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("error[layout-unknown]"), r.err());
    assertTrue(r.err().contains("是不是想写 ningde-2019-dept？"), r.err());
    Files.writeString(f, "layout: 东莞\nyear: 2025\nunit:\n  name: 甲\n");
    Run place = MainTest.jixiao("validate", f.toString(), "--templates", "templates");
    assertTrue(place.err().contains("jixiao layouts 东莞"), place.err());
    // the layout written as the form's printed title names the variant that prints it
    Files.writeString(f, "layout: 东莞市财政项目支出绩效目标批复表\nyear: 2025\nunit:\n  name: 甲\n");
    Run title = MainTest.jixiao("validate", f.toString(), "--templates", "templates");
    assertEquals(1, title.code());
    assertTrue(title.err().contains("名称或说明含「东莞市财政项目支出绩效目标批复表」的版式：dongguan-2019-project（"),
        title.err());
  }
}
