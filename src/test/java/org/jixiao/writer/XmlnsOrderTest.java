package org.jixiao.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlnsOrderTest {
  private static String canonical(String xml) {
    return new String(XmlnsOrder.canonical(xml.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
  }

  @Test
  void rootNamespacesComeSortedByPrefixBeforeTheOtherAttributes() {
    String a = "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"W\" xmlns:m=\"M\" "
        + "mc:Ignorable=\"w14 w15\" xmlns:a=\"A\"><w:body xmlns:z=\"Z\" xmlns:b=\"B\"/></w:document>";
    assertEquals("<?xml version=\"1.0\"?>\n<w:document xmlns:a=\"A\" xmlns:m=\"M\" xmlns:w=\"W\" "
        + "mc:Ignorable=\"w14 w15\"><w:body xmlns:z=\"Z\" xmlns:b=\"B\"/></w:document>", canonical(a));
  }

  @Test
  void twoOrdersOfTheSameDeclarationsGiveTheSameBytes() {
    assertEquals(canonical("<r xmlns:b='2' xmlns=\"d\" xmlns:a=\"1\"/>"),
        canonical("<r xmlns:a=\"1\" xmlns:b='2' xmlns=\"d\"/>"));
    assertEquals("<r xmlns=\"d\" xmlns:a=\"1\" xmlns:b='2'/>",
        canonical("<r xmlns:b='2' xmlns=\"d\" xmlns:a=\"1\"/>"));
  }

  @Test
  void aValueWithAnAngleBracketOrNonAsciiTextIsKept() {
    assertEquals("<r xmlns:a=\"1\" xmlns:b=\"中\" t=\"x>y 中\">文</r>",
        canonical("<r xmlns:b=\"中\" t=\"x>y 中\" xmlns:a=\"1\">文</r>"));
  }

  @Test
  void somethingItDoesNotUnderstandIsLeftAlone() {
    assertEquals("no xml here", canonical("no xml here"));
    assertEquals("<r a=1 xmlns:b=\"2\">", canonical("<r a=1 xmlns:b=\"2\">"));
  }

  @Test
  void docx4jsCreatedByCommentIsDropped() {
    byte[] in = ("<w:document><w:body><!-- Created by docx4j null (Apache licensed) using REFERENCE "
        + "JAXB in Debian Java 17.0.15 on Linux --><w:p/></w:body></w:document>")
        .getBytes(StandardCharsets.UTF_8);
    assertEquals("<w:document><w:body><w:p/></w:body></w:document>",
        new String(ZipNormalizer.unstamped(in), StandardCharsets.UTF_8));
    byte[] plain = "<a><!-- other --></a>".getBytes(StandardCharsets.UTF_8);
    assertEquals("<a><!-- other --></a>", new String(ZipNormalizer.unstamped(plain), StandardCharsets.UTF_8));
  }
}
