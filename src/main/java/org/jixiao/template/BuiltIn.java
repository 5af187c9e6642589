package org.jixiao.template;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The names of the built-in template files, relative to {@code templates/}, listed once. */
final class BuiltIn {
  private static final String PREFIX = "templates/";
  private static List<String> entries;

  private BuiltIn() {}

  static synchronized List<String> entries() throws IOException {
    if (entries == null) {
      entries = Collections.unmodifiableList(list());
    }
    return entries;
  }

  private static List<String> list() throws IOException {
    URL url = BuiltIn.class.getClassLoader().getResource(PREFIX);
    List<String> out = new ArrayList<>();
    if (url == null) {
      return out;
    }
    if (url.getProtocol().equals("jar")) {
      JarURLConnection c = (JarURLConnection) url.openConnection();
      c.setUseCaches(false);
      try (JarFile jar = c.getJarFile()) {
        jar.stream().map(e -> e.getName())
            .filter(n -> n.startsWith(PREFIX) && !n.endsWith("/"))
            .forEach(n -> out.add(n.substring(PREFIX.length())));
      }
    } else {
      Path root;
      try {
        root = Path.of(url.toURI());
      } catch (URISyntaxException e) {
        throw new IOException(e);
      }
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(Files::isRegularFile)
            .forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
      }
    }
    Collections.sort(out);
    return out;
  }
}
