package org.jixiao.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.template.TemplateRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A texts.yaml key jixiao reads in the wrong shape ({@code frame: 5}, {@code labels: [1, 2]}) is
 * an error at its line, not a form printed as if the key were absent; the variant's own keys and
 * an edition's empty key (removing the parent's) stay allowed.
 */
class StandardTextsShapeTest {
  @TempDir
  Path dir;

  private TemplateRoot edition(String texts) throws IOException {
    Files.createDirectories(dir.resolve("base"));
    Files.writeString(dir.resolve("base/texts.yaml"), "frame:\n  产出指标: [数量指标]\nlabels:\n  total: 合计\n");
    Files.createDirectories(dir.resolve("ed"));
    Files.writeString(dir.resolve("ed/texts.yaml"), texts);
    return TemplateRoot.folder(dir);
  }

  private List<Diagnostic> errors(String texts) throws IOException {
    TemplateRoot root = edition(texts);
    return assertThrows(JixiaoException.class, () -> StandardTexts.load(root, List.of("ed", "base"))).diagnostics();
  }

  @Test
  void eachWrongShapeIsOneErrorAtItsLineWithTheKeysOwnHelp() throws IOException {
    List<Diagnostic> d = errors("""
        labels: [1, 2]
        frame: 5
        numbering: 3
        project_sources:
          - {name: 财政拨款, part: true}
          - {nam: 其他}
        funds:
          income: 财政拨款
        """);
    assertEquals(List.of(1, 2, 3, 5, 6, 6, 8), d.stream().map(Diagnostic::line).toList(), d.toString());
    assertTrue(d.stream().allMatch(x -> x.rule().equals("texts-shape") && x.file().endsWith("ed/texts.yaml")), d.toString());
    assertEquals("标准文字文件 /frame 有误：这里写的是一段文字，应是键值或空", d.get(1).message());
    assertTrue(d.get(1).hint().startsWith("总要印的二级指标行："), d.get(1).hint());
    assertTrue(d.get(2).hint().contains("{cn}"), d.get(2).hint());
    assertEquals("写成 yes 或 no 之一", d.get(3).hint());
    assertEquals("标准文字文件 /project_sources/1 有误：缺少「name」", d.get(4).message());
    // a key not allowed is its own error, with the near key and the allowed ones
    assertEquals("标准文字文件 /project_sources/1 里不能写「nam」", d.get(5).message());
    assertEquals("是不是想写 name？这里可写的键：name、part、spare", d.get(5).hint());
    assertEquals("标准文字文件 /funds/income 有误：这里写的是一段文字，应是一列或空", d.get(6).message());
  }

  @Test
  void anEmptyKeyRemovesTheParentsAndTheVariantsOwnKeysAreItsOwn() throws IOException {
    TemplateRoot root = edition("""
        frame:
        labels:
          funds: [项目资金, 预算执行]
        my_heading: {anything: [goes, here]}
        numbering: "（{cn}）"
        """);
    StandardTexts t = StandardTexts.load(root, List.of("ed", "base"));
    // the parent's frame is removed, not kept as an empty text
    assertTrue(!t.values().containsKey("frame"), t.values().toString());
    assertEquals("合计", t.text("labels.total"));
    assertEquals(List.of("项目资金", "预算执行"), t.list("labels.funds"));
    assertEquals("（{cn}）", t.text("numbering"));
  }

  @Test
  void everyShippedVariantsTextsHaveTheirShapes() throws IOException {
    TemplateRoot root = TemplateRoot.folder(Path.of("templates"));
    for (String name : root.variants()) {
      if (root.read(name + "/texts.yaml") != null) {
        assertEquals(name, StandardTexts.load(root, List.of(name)).variant());
      }
    }
  }
}
