package org.jixiao.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.jixiao.model.Declaration;
import org.jixiao.render.Renderer;
import org.jixiao.render.Samples;
import org.junit.jupiter.api.Test;

class ClosedValuesTest {
  private static final Renderer R = Samples.renderer();

  private static Declaration resolve(Declaration d) {
    return ClosedValues.resolve(d, R.variants().get(d.layout()));
  }

  @Test
  void aDeclarationWhoseValuesAreAllListedIsReturnedItself() {
    for (Path f : Samples.files()) {
      Declaration d = Samples.load(R, f);
      assertSame(d, resolve(d), f.toString());
    }
  }

  @Test
  void aValueNamingOneListedItemIsReplacedAndTheRestKept() {
    Declaration d = Samples.load(R, Path.of("src/test/resources/invalid/rule-value-list-prefix.yaml"));
    Declaration r = resolve(d);
    assertNotSame(d, r);
    assertEquals("新增项目", r.projects().get(0).details().attribute());
    assertEquals(d.projects().get(0).details().sources(), r.projects().get(0).details().sources());
    assertSame(d.projects().get(0).indicators(), r.projects().get(0).indicators());
  }
}
