package org.jixiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.diag.Messages;
import org.junit.jupiter.api.Test;

class YamlLoaderTest {
  private static Diagnostic only(Runnable r) {
    JixiaoException e = assertThrows(JixiaoException.class, r::run);
    assertEquals(1, e.diagnostics().size(), e.diagnostics().toString());
    return e.diagnostics().get(0);
  }

  private static String text(YNode tree, String key) {
    return ((YNode.YScalar) ((YNode.YMap) tree).entries().get(key)).text();
  }

  @Test
  void anAliasInsideItsOwnAnchorIsRefusedAtTheAliasLineNotAStackOverflow() {
    Diagnostic d = only(() -> YamlLoader.parse("r.yaml", "a: &a [*a]\n"));
    assertEquals("yaml-recursive", d.rule());
    assertEquals(1, d.line());
    assertEquals(8, d.column());
    Diagnostic m = only(() -> YamlLoader.parse("r.yaml", "b: &m\n  x: 1\n  y:\n    - *m\n"));
    assertEquals("yaml-recursive", m.rule());
    assertEquals(4, m.line());
  }

  @Test
  void aliasesOfAliasesWithinTheAliasCountAreRefusedByTheSizeTheyExpandTo() {
    // 20 aliases, the count allowed: 10 levels, each twice the one before, over 1,000 items of
    // 100 characters (short items pass the limit of values first: see the test below)
    String item = "x".repeat(100);
    StringBuilder sb = new StringBuilder("l0: &l0 [");
    sb.append((item + ",").repeat(999)).append(item).append("]\n");
    for (int i = 1; i <= 10; i++) {
      sb.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1)
          .append(", *l").append(i - 1).append("]\n");
    }
    String bomb = sb.toString();
    Diagnostic d = only(() -> YamlLoader.parse("b.yaml", bomb));
    assertEquals("yaml-limit", d.rule());
    assertEquals(7, d.line(), d.message());
    assertTrue(d.message().contains("*l5"), d.message());
  }

  @Test
  void aFewAliasesOfAMapStillWork() {
    YNode t = YamlLoader.parse("f.yaml", "d: &d {a: 1}\ne: *d\nf:\n  <<: *d\n  b: 2\n");
    assertTrue(((YNode.YMap) t).entries().containsKey("f"));
  }

  @Test
  void utf16WithABomIsDiagnosedAsUtf16NotAsGbk() {
    byte[] le = "\uFEFFlayout: hubei\n".getBytes(StandardCharsets.UTF_16LE);
    Diagnostic d = only(() -> YamlLoader.decode("u.yaml", le));
    assertEquals("yaml-encoding", d.rule());
    assertTrue(d.message().contains("UTF-16"), d.message());
    byte[] be = "\uFEFFlayout: hubei\n".getBytes(StandardCharsets.UTF_16BE);
    assertTrue(only(() -> YamlLoader.decode("u.yaml", be)).message().contains("UTF-16"));
  }

  @Test
  void utf16WithoutABomAndUtf32AreNamedSoNotTakenForGbk() throws java.io.IOException {
    String text = java.nio.file.Files.readString(java.nio.file.Path.of("data/2025/广水市医疗保障局.yaml"));
    for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Diagnostic d = only(() -> YamlLoader.decode("u.yaml", text.getBytes(cs)));
      assertEquals("文件是 UTF-16 编码，不是 UTF-8", d.message(), cs.name());
    }
    byte[] u32 = ("\uFEFF" + text).getBytes(java.nio.charset.Charset.forName("UTF-32LE"));
    assertTrue(only(() -> YamlLoader.decode("u.yaml", u32)).message().contains("UTF-32"));
    byte[] u32be = text.getBytes(java.nio.charset.Charset.forName("UTF-32BE"));
    assertTrue(only(() -> YamlLoader.decode("u.yaml", u32be)).message().contains("UTF-32"));
  }

  /** D4's sibling without aliases: two million one-letter items ran validate out of memory. */
  @Test
  void aDocumentOfTooManyValuesIsRefusedAtTheValueThatPassesTheLimit() {
    String many = "a: 1\nb: [" + "x,".repeat((int) YamlLoader.MAX_VALUES) + "x]\n";
    Diagnostic d = only(() -> YamlLoader.parse("f.yaml", many));
    assertEquals("yaml-limit", d.rule(), d.toString());
    assertEquals(2, d.line(), d.toString());
    assertTrue(d.message().contains("值过多"), d.message());
    // within the alias and expanded-size limits, but twenty copies of 20,001 values
    String aliased = "a: &a [" + "x,".repeat(20_000) + "x]\nb: [" + "*a,".repeat(19) + "*a]\n";
    Diagnostic e = only(() -> YamlLoader.parse("f.yaml", aliased));
    assertEquals(List.of("yaml-limit", 2), List.of(e.rule(), e.line()), e.toString());
    assertTrue(e.message().contains("值过多"), e.message());
  }

  @Test
  void aValueLongerThanAnExcelCellIsAnErrorAtItsLine() {
    YamlLoader.parse("f.yaml", "a: " + "字".repeat(32_767) + "\n");
    Diagnostic d = only(() -> YamlLoader.parse("f.yaml", "a: 1\nb: " + "字".repeat(32_768) + "\n"));
    assertEquals(List.of("value-length", 2, 4), List.of(d.rule(), d.line(), d.column()));
    assertEquals("这个值有 32768 个字符；表格的单元格最多 32767 个字符（Excel 的上限）", d.message());
  }

  @Test
  void rawControlCharactersAreRemovedWithOneWarningPerLineAtTheFirst() {
    List<Diagnostic> warnings = new ArrayList<>();
    YNode tree = YamlLoader.parse("f.yaml", "a: x\u0001y\u0002\nb: ok\nc: \u007F\u0085z\u009F\n",
        Messages.ZH, warnings);
    assertEquals("xy", text(tree, "a"));
    assertEquals("ok", text(tree, "b"));
    assertEquals("z", text(tree, "c"), "NEL would break the value in two");
    assertEquals(2, warnings.size(), warnings.toString());
    Diagnostic first = warnings.get(0);
    assertEquals(List.of("control-char", 1, 5, false),
        List.of(first.rule(), first.line(), first.column(), first.isError()));
    assertTrue(first.message().contains("U+0001, U+0002"), first.message());
    assertEquals(List.of(3, 4), List.of(warnings.get(1).line(), warnings.get(1).column()));
    assertTrue(warnings.get(1).message().contains("U+007F, U+0085, U+009F"), warnings.get(1).message());
  }

  @Test
  void escapesThatGiveControlCharactersAreRemovedWithAWarningAtTheValue() {
    List<Diagnostic> warnings = new ArrayList<>();
    YNode tree = YamlLoader.parse("f.yaml", "a: 1\nb: \"控制\\x01字\\x0b符\\uFFFF\"\n", Messages.ZH, warnings);
    assertEquals("控制字符", text(tree, "b"));
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals(List.of(2, 4), List.of(warnings.get(0).line(), warnings.get(0).column()));
    assertTrue(warnings.get(0).message().contains("U+0001, U+000B, U+FFFF"), warnings.get(0).message());
  }

  @Test
  void aFileFullOfControlCharactersGetsTenWarningsAndACount() {
    List<Diagnostic> warnings = new ArrayList<>();
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      yaml.append("k").append(i).append("\u0007: v\n");
    }
    YamlLoader.parse("f.yaml", yaml.toString(), Messages.ZH, warnings);
    assertEquals(11, warnings.size());
    assertTrue(warnings.get(10).message().contains("另有 15 行"), warnings.get(10).message());
    assertEquals(List.of(11, 4), List.of(warnings.get(10).line(), warnings.get(10).column()),
        "the count stands at the first line it counts");
  }

  @Test
  void aUtf16FileIsRefusedNotCleaned() {
    Diagnostic d = only(() -> YamlLoader.parse("f.yaml", "a\0:\0 \0b\0\n\0", Messages.ZH,
        new ArrayList<>()));
    assertEquals("yaml-encoding", d.rule());
    assertTrue(d.message().contains("UTF-16"), d.message());
  }

  @Test
  void ourOwnFilesMayNotHoldControlCharactersAtAll() {
    Diagnostic d = only(() -> YamlLoader.parse("texts.yaml", "a: x\u0001\n"));
    assertEquals(List.of("control-char", true), List.of(d.rule(), d.isError()));
  }

  @Test
  void scalarsKeepTheTextWrittenWithoutYaml11Typing() {
    YNode.YMap m = (YNode.YMap) YamlLoader.parse("f", "a: no\nb: 1.10\nc: 010\nd: 2024-10-16\ne:\n");
    assertEquals("no", ((YNode.YScalar) m.entries().get("a")).text());
    assertEquals("1.10", ((YNode.YScalar) m.entries().get("b")).text());
    assertEquals("010", ((YNode.YScalar) m.entries().get("c")).text());
    assertEquals("2024-10-16", ((YNode.YScalar) m.entries().get("d")).text());
    assertTrue(((YNode.YScalar) m.entries().get("e")).isNull());
  }

  @Test
  void aDuplicateKeyIsAnErrorAtTheSecondOccurrence() {
    Diagnostic d = only(() -> YamlLoader.parse("f.yaml", "unit:\n  name: a\n  name: b\n"));
    assertEquals("yaml-duplicate-key", d.rule());
    assertEquals(3, d.line());
    assertEquals(3, d.column());
    assertTrue(d.message().contains("第一次出现在第 2 行"), d.message());
  }

  @Test
  void aSyntaxErrorNamesItsLine() {
    Diagnostic d = only(() -> YamlLoader.parse("f.yaml", "a: 1\nb: \"unclosed\nc: 2\n"));
    assertEquals("yaml-syntax", d.rule());
    assertTrue(d.line() >= 2, d.headline());
  }

  @Test
  void tabsForIndentationGetAHint() {
    Diagnostic d = only(() -> YamlLoader.parse("f.yaml", "unit:\n\tname: a\n"));
    assertEquals(2, d.line());
    assertTrue(d.hint().contains("Tab"), d.hint());
  }

  @Test
  void aPercentSignStartingAValueGetsTheQuotesHint() {
    Diagnostic d = only(() -> YamlLoader.parse("f.yaml", "a:\n  b: {value: 95, unit: %}\n"));
    assertEquals(2, d.line());
    assertTrue(d.hint().contains("unit: \"%\""), d.hint());
  }

  @Test
  void aComparisonTypedAsAsciiGetsTheFullWidthSignHint() {
    Diagnostic d = only(() -> YamlLoader.parse("f.yaml", "a:\n  b: {value: 2, type: >=}\n"));
    assertEquals(2, d.line());
    assertTrue(d.hint().contains("以 > 开头的值要加引号"), d.hint());
    assertTrue(d.hint().contains("type: ≥"), d.hint());
  }

  @Test
  void anEmptyFileIsOneClearError() {
    assertEquals("yaml-empty", only(() -> YamlLoader.parse("f.yaml", "# only a comment\n")).rule());
  }

  @Test
  void tagsThatWouldBuildObjectsAreRefused() {
    assertEquals("yaml-tag", only(() -> YamlLoader.parse("f.yaml",
        "a: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n")).rule());
    assertEquals("yaml-tag", only(() -> YamlLoader.parse("f.yaml", "a: !local x\n")).rule());
  }

  @Test
  void aliasBombsFailFast() {
    StringBuilder sb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char p = (char) (c - 1);
      sb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p)
          .append(", *").append(p).append(", *").append(p).append("]\n");
    }
    assertEquals("yaml-limit", only(() -> YamlLoader.parse("f.yaml", sb.toString())).rule());
  }

  @Test
  void tooManyAliasesIsAChineseErrorAtTheAliasPastTheLimit() {
    StringBuilder sb = new StringBuilder("a: &a [x, x]\n");
    for (int i = 0; i < 12; i++) {
      String p = i == 0 ? "a" : "b" + (i - 1);
      sb.append("b").append(i).append(": &b").append(i).append(" [*").append(p).append(", *")
          .append(p).append("]\n");
    }
    Diagnostic d = only(() -> YamlLoader.parse("f.yaml", sb.toString()));
    // two aliases a line from line 2: the 21st is the first of line 12
    assertEquals(List.of("yaml-limit", 12, 12), List.of(d.rule(), d.line(), d.column()));
    assertEquals("别名过多：引用列表或映射的别名（*名称）超过 20 个（防止“十亿笑声”式的膨胀）", d.message());
    Diagnostic en = only(() -> YamlLoader.parse("f.yaml", sb.toString(), Messages.EN));
    assertTrue(en.message().startsWith("too many aliases: more than 20"), en.message());
  }

  @Test
  void nestingTooDeepIsAnErrorAtTheLevelPastTheLimit() {
    Diagnostic d = only(() -> YamlLoader.parse("f.yaml", "a: " + "[".repeat(50) + "]".repeat(50) + "\n"));
    assertEquals(List.of("yaml-limit", 1), List.of(d.rule(), d.line()));
    assertEquals("嵌套过深：超过 40 层", d.message());
  }

  @Test
  void aTabIsExplainedInTheLanguageAsked() {
    String text = "unit:\n\tname: x\n";
    Diagnostic d = only(() -> YamlLoader.parse("f.yaml", text));
    assertEquals("YAML 语法错误：这里不能用 Tab（制表符）", d.message());
    assertEquals(List.of(2, 1), List.of(d.line(), d.column()));
    assertEquals("YAML syntax error: a tab cannot be used here",
        only(() -> YamlLoader.parse("f.yaml", text, Messages.EN)).message());
  }

  @Test
  void gbkTextIsRefusedWithHowToSaveAsUtf8() {
    byte[] gbk = "unit:\n  name: 广水市医疗保障局\n".getBytes(Charset.forName("GBK"));
    Diagnostic d = only(() -> YamlLoader.decode("f.yaml", gbk));
    assertEquals("yaml-encoding", d.rule());
    assertEquals(2, d.line());
    assertTrue(d.hint().contains("UTF-8"));
  }

  @Test
  void aUtf8ByteOrderMarkIsAccepted() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "a: 甲\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(body, 0, all, 3, body.length);
    assertEquals("a: 甲\n", YamlLoader.decode("f.yaml", all));
  }
}
