package org.jixiao.init;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jixiao.model.YNode;
import org.jixiao.model.YamlLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlTextTest {
  @ParameterizedTest
  @ValueSource(strings = {"预算执行率", "“三公经费”变动率", "≤100%", "%", "- 列表", "a: b", "a #b",
      "null", "~", "no", " 前后空格 ", "引号\"和\\反斜杠", "换行\n第二行", "{x}", "[1]", "……",
      "0722-6249237", "13468.54", "#注释", "&锚", "*别名", "!标签", "|", ">", "@", "`", "'单引号'",
      "以冒号结尾:", "95%, 以上", "a,b", "a]b", "a}b", "a{b"})
  void everyScalarReadsBackAsWritten(String s) {
    YNode n = YamlLoader.parse("t.yaml", "k: " + YamlText.scalar(s) + "  # 注释\n");
    assertEquals(s, ((YNode.YScalar) ((YNode.YMap) n).entries().get("k")).text());
    // init --from moves values into flow mappings: {last_year: …, value: …}
    YNode flow = YamlLoader.parse("t.yaml", "k: {a: " + YamlText.scalar(s) + ", b: x}\n");
    YNode.YMap inner = (YNode.YMap) ((YNode.YMap) flow).entries().get("k");
    assertEquals(s, ((YNode.YScalar) inner.entries().get("a")).text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"预算执行率", "≤100%", "0722-6249237", "……"})
  void ordinaryTextStaysPlain(String s) {
    assertEquals(s, YamlText.scalar(s));
  }
}
