package org.jixiao.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {
  @TempDir
  Path dir;

  private String render(String template, Map<String, Object> model) throws IOException {
    Files.writeString(dir.resolve("t.vm"), template);
    return new TemplateEngine(TemplateRoot.folder(dir)).render("t.vm", model);
  }

  private Diagnostic failure(String template) {
    JixiaoException e = assertThrows(JixiaoException.class, () -> render(template, Map.of("x", "a")));
    return e.diagnostics().get(0);
  }

  @Test
  void d7AnEvaluateThatEvaluatesItselfIsALimitAtItsLine() {
    Diagnostic d = failure("<a/>\n#set($s = '#evaluate($s)')\n#evaluate($s)\n");
    assertEquals("template-limit", d.rule(), d.toString());
    assertEquals(3, d.line(), d.toString());
    assertTrue(d.message().contains("#evaluate"), d.message());
  }

  @Test
  void d7ADefineBlockThatInsertsItselfIsALimitAtItsLineNotANullPointer() {
    Diagnostic d = failure("<a/>\n#define($d)$d#end\n$d\n");
    assertEquals("template-limit", d.rule(), d.toString());
    assertEquals(2, d.line(), d.toString());
  }

  @Test
  void d7ALoopOfAThousandMillionTurnsStopsAtTheLoopLimitAtItsLine() {
    Diagnostic d = failure("<a/>\n\n#foreach($i in [1..1000000000])#end\n");
    assertEquals("template-limit", d.rule(), d.toString());
    assertEquals(3, d.line(), d.toString());
  }

  @Test
  void d7AStringDoubledFortyTimesStopsAtTheSizeLimitNotOutOfMemory() {
    Diagnostic d = failure("#set($s = 'xxxxxxxx')\n#foreach($i in [1..40])\n#set($s = \"$s$s\")\n#end\n$s");
    assertEquals("template-limit", d.rule(), d.toString());
    assertTrue(d.message().contains("过大"), d.message());
    assertTrue(d.line() == 2 || d.line() == 3, "the loop or the #set doubling the text: " + d);
  }

  @Test
  void d7AMacroThatCallsItselfIsAnErrorNotAStackOverflow() {
    Diagnostic d = failure("#macro(m)#m()#end\n#m()\n");
    assertTrue(d.rule().startsWith("template-"), d.toString());
  }

  /** {@link #failure} with the time limit cut to {@code millis}, so a test need not wait a minute. */
  private Diagnostic failureWithin(long millis, String template) {
    long was = Limits.maxNanos;
    Limits.maxNanos = millis * 1_000_000L;
    try {
      return assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> failure(template));
    } finally {
      Limits.maxNanos = was;
    }
  }

  @Test
  void d7AMacroCallingItselfFourTimesPerLevelStopsAtTheTimeLimitAtItsLine() {
    // 4^19 calls: within Velocity's macro depth, within the loop limit, and endless
    Diagnostic d = failureWithin(100, "<a/>\n#macro(m $n)#if($n.length() < 19)"
        + "#m(\"${n}a\")#m(\"${n}b\")#m(\"${n}c\")#m(\"${n}d\")#end#end\n#m('')\n");
    assertEquals("template-limit", d.rule(), d.toString());
    assertTrue(d.message().contains("超时"), d.message());
    assertTrue(d.line() == 2 || d.line() == 3, "the macro or its call: " + d);
  }

  @Test
  void d7NestedLoopsOfMethodCallsStopAtTheTimeLimitAtTheLineRunning() {
    // each turn sorts nothing but calls a method: fewer turns than the loop limit, far more than 20 ms
    Diagnostic d = failureWithin(20, "<a/>\n#set($l = [1, 2, 3])\n#foreach($i in [1..900])"
        + "#foreach($j in [1..1000])#if($l.contains($j))#end#end#end\n");
    assertEquals("template-limit", d.rule(), d.toString());
    assertEquals(3, d.line(), d.toString());
  }

  @Test
  void d7AfterATemplateRanOutOfTimeTheNextUnitOfItFailsAtOnceWithTheSameError() throws IOException {
    Files.writeString(dir.resolve("t.vm"), "<a/>\n#set($l = [1, 2, 3])\n#foreach($i in [1..900])"
        + "#foreach($j in [1..1000])#if($l.contains($j))#end#end#end\n");
    TemplateEngine engine = new TemplateEngine(TemplateRoot.folder(dir));
    long was = Limits.maxNanos;
    Diagnostic first;
    Diagnostic next;
    try {
      Limits.maxNanos = 20_000_000L;
      first = assertThrows(JixiaoException.class, () -> engine.render("t.vm", Map.of("x", "a")))
          .diagnostics().get(0);
      // the next unit would have the whole minute: it must not run the template again
      Limits.maxNanos = was;
      next = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> assertThrows(
          JixiaoException.class, () -> engine.render("t.vm", Map.of("x", "b")))).diagnostics().get(0);
    } finally {
      Limits.maxNanos = was;
    }
    assertEquals(first.file() + ":" + first.line() + " " + first.rule(),
        next.file() + ":" + next.line() + " " + next.rule());
    assertTrue(next.message().startsWith(first.message()) && next.message().contains("不再运行"),
        next.message());
  }

  @Test
  void d7ARepeatOfAThousandMillionIsRefusedBeforeItIsMadeNotOutOfMemory() {
    Diagnostic d = failure("<a/>\n\n#set($s = $x.repeat(1000000000))\n");
    assertEquals("template-limit", d.rule(), d.toString());
    assertEquals(3, d.line(), d.toString());
  }

  @Test
  void d7AListDoubledByAddAllStopsAtTheItemLimit() {
    Diagnostic d = failure("<a/>\n#set($l = [1])\n#foreach($i in [1..40])#set($ok = $l.addAll($l))#end\n");
    assertEquals("template-limit", d.rule(), d.toString());
    assertTrue(d.message().contains("列表"), d.message());
  }

  @Test
  void everyInsertedValueIsXmlEscapedAndNotReinterpreted() throws IOException {
    String out = render("<cell>$name</cell>", Map.of("name", "广水<i>&amp;${x}#if(局\u0001"));
    assertEquals("<cell>广水&lt;i&gt;&amp;amp;${x}#if(局</cell>", out);
  }

  @Test
  void anUndefinedReferenceIsAnErrorWithTheTemplateLine() {
    Diagnostic d = failure("line one\n<cell>$missing</cell>\n");
    assertEquals(dir.resolve("t.vm").toString(), d.file(), "the template file actually used");
    assertEquals(2, d.line());
    assertTrue(d.hint().startsWith("模板数据中没有这个引用：检查拼写"), d.hint());
  }

  @Test
  void aWordingMissingFromTextsYamlSaysWhereToAddIt() {
    Map<String, Object> model = Map.of("texts", Map.of("labels", Map.of("name", "项目名称")));
    JixiaoException e = assertThrows(JixiaoException.class,
        () -> render("#set($L = $texts.labels)\n<cell>$L.name</cell><cell>$L.office</cell>\n", model));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(2, d.line(), d.toString());
    assertTrue(d.hint().startsWith("$L.office 没有值：若它是 texts.yaml 中的文字（如 $texts.labels.office），"
        + "在版式的 texts.yaml 的 labels: 下加上 office: 表上的文字"), d.hint());
  }

  @Test
  void aNameTheRecordDoesNotHaveIsAnErrorWithTheTemplateLine() throws IOException {
    org.jixiao.enrich.Views.Unit unit = new org.jixiao.enrich.Views.Unit("广水局", "001", "", "", "",
        Map.of(), "", "2025-01-06");
    assertEquals("广水局 2025-01-06", render("$unit.name $unit.isoDate", Map.of("unit", unit)));
    JixiaoException e = assertThrows(JixiaoException.class,
        () -> render("line one\n<form date=\"$unit.iso_date\"/>\n", Map.of("unit", unit)));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(dir.resolve("t.vm").toString(), d.file(), d.toString());
    assertEquals(2, d.line(), d.toString());
    assertTrue(d.message().contains("iso_date"), d.message());
    assertTrue(d.hint().startsWith("模板数据中没有这个引用：检查拼写"), d.hint());
    assertTrue(d.hint().contains("name、code、contact、phone、head、extra、date、isoDate"), d.hint());
  }

  @Test
  void aSymbolicLinkOutOfTheTemplateFolderIsRefused() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0");
    Path folder = Files.createDirectories(dir.resolve("tpl/hubei"));
    Files.createSymbolicLink(folder.resolve("pw.vm"), secret);
    Files.writeString(folder.resolve("t.vm"), "#include(\"hubei/pw.vm\")");
    TemplateEngine engine = new TemplateEngine(TemplateRoot.folder(dir.resolve("tpl")));
    JixiaoException e = assertThrows(JixiaoException.class,
        () -> engine.render("hubei/t.vm", Map.of()));
    assertEquals("template-missing", e.diagnostics().get(0).rule());
    assertTrue(!e.diagnostics().get(0).message().contains("root:x"));
  }

  @Test
  void aSymbolicLinkInsideTheTemplateFolderStillWorks() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("tpl/hubei"));
    Files.writeString(folder.resolve("real.vm"), "ok");
    Files.createSymbolicLink(folder.resolve("link.vm"), folder.resolve("real.vm"));
    Files.writeString(folder.resolve("t.vm"), "#include(\"hubei/link.vm\")");
    assertEquals("ok", new TemplateEngine(TemplateRoot.folder(dir.resolve("tpl")))
        .render("hubei/t.vm", Map.of()));
  }

  @Test
  void reflectionFromATemplateIsRefused() {
    Diagnostic d = failure("$x.getClass().forName('java.lang.Runtime')");
    assertTrue(d.rule().startsWith("template"), d.headline());
    assertTrue(d.hint().contains("不能调用 Java 方法"), d.hint());
  }

  @Test
  void parseCannotReachOutsideTheTemplateFolder() {
    assertEquals("template-missing", failure("#parse('/etc/passwd')").rule());
    assertEquals("template-missing", failure("#parse('../../../../etc/passwd')").rule());
  }

  @Test
  void templateNamesThatLeaveTheRootAreUnsafe() {
    assertTrue(TemplateRoot.isSafe("hubei/macros.vm"));
    for (String bad : new String[] {"/etc/passwd", "../x", "a/../../b", "C:/x", "a\\b", ""}) {
      assertEquals(false, TemplateRoot.isSafe(bad), bad);
    }
  }

  /**
   * Two variants' templates define a macro of the same name: each runs its own, in either order
   * (Velocity's default puts every inline macro in one namespace, so the first template to run
   * lent its #columns to the other; a macro a template takes from a #parse'd file still works).
   */
  @Test
  void aMacroBelongsToItsTemplateNotToWhicheverRanFirst() throws IOException {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a/macros.vm"), "#macro(columns)A#end\n");
    Files.writeString(dir.resolve("a/t.vm"), "#parse(\"a/macros.vm\")#columns()");
    Files.writeString(dir.resolve("b/t.vm"), "#macro(columns)B#end\n#columns()");
    TemplateEngine one = new TemplateEngine(TemplateRoot.folder(dir));
    assertEquals("A", one.render("a/t.vm", Map.of()).strip());
    assertEquals("B", one.render("b/t.vm", Map.of()).strip());
    TemplateEngine other = new TemplateEngine(TemplateRoot.folder(dir));
    assertEquals("B", other.render("b/t.vm", Map.of()).strip());
    assertEquals("A", other.render("a/t.vm", Map.of()).strip());
  }
}
