package org.jixiao.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RootNamespacesTest {
  private static String sort(String xml) {
    return new String(RootNamespaces.sort(xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  @Test
  void theSameDeclarationsInAnotherOrderGiveTheSameBytes() {
    String a = "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"urn:w\" xmlns:m=\"urn:m\" "
        + "xmlns:w15=\"urn:w15\" mc:Ignorable=\"w14 w15\"><w:body/></w:document>";
    String b = "<?xml version=\"1.0\"?>\n<w:document xmlns:w15=\"urn:w15\" xmlns:w=\"urn:w\" "
        + "xmlns:m=\"urn:m\" mc:Ignorable=\"w14 w15\"><w:body/></w:document>";
    assertEquals(sort(a), sort(b));
    assertEquals("<?xml version=\"1.0\"?>\n<w:document xmlns:m=\"urn:m\" xmlns:w=\"urn:w\" "
        + "xmlns:w15=\"urn:w15\" mc:Ignorable=\"w14 w15\"><w:body/></w:document>", sort(a));
  }

  @Test
  void anEmptyRootAndADefaultNamespaceAreKept() {
    assertEquals("<Relationships xmlns=\"urn:r\" xmlns:a=\"urn:a\"/>",
        sort("<Relationships xmlns:a=\"urn:a\" xmlns=\"urn:r\"/>"));
  }

  @Test
  void aRootItCannotReadIsLeftAsItIs() {
    String odd = "<root a='single' xmlns:b=\"urn:b\"><x/></root>";
    assertEquals(odd, sort(odd));
    assertEquals("no xml at all", sort("no xml at all"));
  }
}
