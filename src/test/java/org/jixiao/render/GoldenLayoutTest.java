package org.jixiao.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jixiao.layout.LayoutReader;
import org.jixiao.model.Declaration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

/**
 * YAML → layout XML for every sample, compared with its golden file (whitespace ignored).
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
      LayoutReader.read(form.xml()); // schema-valid, and every table's spans fit its columns
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, form.xml(), StandardCharsets.UTF_8);
        continue;
      }
      if (!Files.exists(golden)) {
        fail("no golden file " + golden + "; run mvn test -Dgolden.update=true and review it");
      }
      Diff diff = DiffBuilder.compare(Input.fromString(Files.readString(golden)))
          .withTest(Input.fromString(form.xml())).ignoreWhitespace().ignoreComments()
          .checkForSimilar().build();
      assertFalse(diff.hasDifferences(), () -> file + " → " + golden + " differs:\n" + diff);
    }
  }
}
