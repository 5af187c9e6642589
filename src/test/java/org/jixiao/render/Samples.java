package org.jixiao.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
}
