package org.jixiao.render;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutReader;
import org.jixiao.model.Declaration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * YAML → layout for every sample, compared with its golden file as the layout reader resolves
 * both (text as the writers get it, merges counted into rowspans).
 * Run with -Dgolden.update=true to rewrite the goldens, then review the diff and look at the pages.
 */
class GoldenLayoutTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<Path> samples() {
    return Samples.files().stream();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void eachSampleGivesItsGoldenLayout(Path file) throws IOException {
    Renderer r = Samples.renderer();
    Declaration d = Samples.load(r, file);
    for (Renderer.FormXml form : r.layouts(d)) {
      Path golden = GOLDEN.resolve(d.year() + "/" + d.unit().name() + "/" + form.name() + ".xml");
      Layout layout = LayoutReader.read(form.xml()); // schema-valid, merges resolved, spans fit
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, form.xml(), StandardCharsets.UTF_8);
        continue;
      }
      if (!Files.exists(golden)) {
        fail("no golden file " + golden + "; run mvn test -Dgolden.update=true and review it");
      }
      // the resolved layouts, what the writers get: a golden written with rowspan numbers
      // equals template output that says merge= and lets the reader count the rows
      String difference = LayoutDiff.first(LayoutReader.read(Files.readString(golden)), layout);
      if (difference != null) {
        fail(file + " → " + golden + " differs: " + difference);
      }
    }
  }
}
