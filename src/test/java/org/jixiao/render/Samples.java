package org.jixiao.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutReader;
import org.jixiao.model.Declaration;
import org.jixiao.template.TemplateEngine;
import org.jixiao.template.TemplateRoot;
import org.jixiao.writer.LayoutWriter;

/** The sample declarations in data/ and a renderer over the project's templates, for tests. */
public final class Samples {
  public static final Path DATA = Path.of("data");
  public static final Path TEMPLATES = Path.of("templates");

  private Samples() {}

  public static List<Path> files() {
    try (Stream<Path> s = Files.walk(DATA)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Renderer renderer(LayoutWriter... writers) {
    return new Renderer(new TemplateEngine(TemplateRoot.folder(TEMPLATES)), List.of(writers));
  }

  public static Declaration load(Renderer r, Path file) {
    return r.load(file, file.toString().replace('\\', '/'));
  }

  public static Path guangshui() {
    return DATA.resolve("2025/广水市医疗保障局.yaml");
  }

  /** The 湖南 sample (seed 003): five projects, 资金总额 100.00 in all. */
  public static Path hengyang() {
    return DATA.resolve("2023/衡阳市医疗保障局.yaml");
  }

  /** The layout of the form named {@code form} that the sample {@code file} gives. */
  public static Layout layout(Path file, String form) {
    Renderer r = renderer();
    return r.layouts(load(r, file)).stream().filter(f -> f.name().equals(form))
        .map(f -> LayoutReader.read(f.xml())).findFirst()
        .orElseThrow(() -> new AssertionError(file + " gives no form " + form));
  }
}
