package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.model.YNode;
import org.jixiao.model.YamlLoader;

/** The optional project file {@code jixiao.yaml}: font files for PDF output. */
public record Config(List<String> fonts) {
  public Config {
    fonts = List.copyOf(fonts);
  }

  static Config load(Path dir) {
    Path file = dir.resolve("jixiao.yaml");
    if (!Files.isRegularFile(file)) {
      return new Config(List.of());
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return new Config(List.of());
    }
    YNode root = YamlLoader.parse("jixiao.yaml", YamlLoader.decode("jixiao.yaml", bytes));
    List<String> fonts = new ArrayList<>();
    if (root instanceof YNode.YMap m && m.entries().get("fonts") instanceof YNode.YList l) {
      for (YNode n : l.items()) {
        if (n instanceof YNode.YScalar s && s.text() != null) {
          fonts.add(s.text());
        }
      }
    }
    return new Config(fonts);
  }
}
