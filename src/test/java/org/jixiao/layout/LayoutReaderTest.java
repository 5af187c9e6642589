package org.jixiao.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutReaderTest {
  @Test
  void readsPageTitleAndCellsWithTheirSpansAndOpenSides() {
    Layout l = LayoutReader.read("""
        <form title="部门整体绩效目标申报表">
          <page orientation="landscape" margin-left="12"/>
          <title>部门整体绩效目标申报表</title>
          <table joined="true">
            <columns><col width="1"/><col width="3"/></columns>
            <head><row><cell open="bottom"/><cell>一级指标</cell></row></head>
            <body><row min-height="8"><cell open="top" align="left"><p>1.甲</p><p>2.乙</p></cell><cell>x</cell></row></body>
          </table>
        </form>""");
    assertTrue(l.page().landscape());
    assertEquals(12, l.page().left());
    assertEquals("部门整体绩效目标申报表", ((Paragraph) l.blocks().get(0)).text());
    Table t = (Table) l.blocks().get(1);
    assertTrue(t.joined());
    assertEquals(1, t.head().size());
    Cell c = t.body().get(0).cells().get(0);
    assertEquals(List.of("1.甲", "2.乙"), c.paragraphs());
    assertEquals(Align.LEFT, c.align());
    assertFalse(c.ruled(Side.TOP));
    assertTrue(c.ruled(Side.BOTTOM));
    assertEquals(0.25, t.fractions()[0], 1e-9);
  }

  @Test
  void aTitleIsBoldAndAParagraphIsNotUnlessTheySayOtherwise() {
    Layout l = LayoutReader.read("<form title='t'><page orientation='portrait'/><title>题</title>"
        + "<p>文</p><title bold='false'>题</title></form>");
    assertTrue(((Paragraph) l.blocks().get(0)).bold());
    assertFalse(((Paragraph) l.blocks().get(1)).bold());
    assertFalse(((Paragraph) l.blocks().get(2)).bold());
  }

  @Test
  void xmlThatBreaksTheSchemaIsReportedWithItsLine() {
    LayoutException e = assertThrows(LayoutException.class, () -> LayoutReader.read(
        "<form title='t'>\n<page orientation='sideways'/>\n</form>"));
    assertTrue(e.getMessage().startsWith("layout XML line 2"), e.getMessage());
  }

  @Test
  void doctypesAreRefusedSoEntitiesCannotReadFiles() {
    LayoutException e = assertThrows(LayoutException.class, () -> LayoutReader.read(
        "<!DOCTYPE form [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><form title='&x;'>"
            + "<page orientation='portrait'/></form>"));
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
  }

  @Test
  void invisibleFormatCharactersAreDroppedFromTitlesParagraphsLinesAndCells() {
    String inv = "\uFEFF\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E"
        + "\u2066\u2067\u2068\u2069\u2060\u00AD";
    Layout l = LayoutReader.read("<form title='表" + inv + "名'><page orientation='portrait'/>"
        + "<title>" + inv + "题" + inv + "</title><p>甲" + inv + "乙</p>"
        + "<line><left>左" + inv + "</left><center/><right>" + inv + "右</right></line>"
        + "<table><columns><col width='1'/></columns><body><row><cell>" + inv + "\n丙" + inv + "丁\n"
        + inv + "</cell></row><row><cell><p>戊" + inv + "</p></cell></row></body></table></form>");
    assertEquals("表名", l.title());
    assertEquals("题", ((Paragraph) l.blocks().get(0)).text());
    assertEquals("甲乙", ((Paragraph) l.blocks().get(1)).text());
    SpreadLine line = (SpreadLine) l.blocks().get(2);
    assertEquals(List.of("左", "右"), List.of(line.left(), line.right()));
    Table t = (Table) l.blocks().get(3);
    assertEquals(List.of("丙丁"), t.body().get(0).cells().get(0).paragraphs());
    assertEquals(List.of("戊"), t.body().get(1).cells().get(0).paragraphs());
  }

  @Test
  void visibleCharactersAroundThemStayAsTheyAre() {
    // ideographic space, no-break space, a variation selector: not format characters
    String text = "甲\u3000乙\u00A0丙\u845B\uDB40\uDD00";
    Layout l = LayoutReader.read("<form title='t'><page orientation='portrait'/><p>" + text + "</p></form>");
    assertEquals(text, ((Paragraph) l.blocks().get(0)).text());
  }
}
