package org.jixiao.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jixiao.output.Hashes;

/**
 * The template files a layout variant's units depend on, with their content hashes: every file
 * in the variant's folder (its form templates and texts.yaml) and every file those reach by a
 * literal {@code #parse} or {@code #include}, so a change to a shared macro file re-renders
 * exactly the variants that parse it. A {@code #parse} of a computed name could reach anything,
 * so then the whole template folder counts. Built-in templates travel in the jar and are
 * covered by the jixiao version instead.
 */
final class TemplateDeps {
  private static final Pattern LITERAL = Pattern.compile(
      "#\\{?(?:parse|include)\\}?\\(\\s*[\"']([^\"'$]+)[\"']\\s*\\)");
  private static final Pattern ANY = Pattern.compile("#\\{?(?:parse|include)\\}?\\(");

  private final Path root;
  private final Map<String, Map<String, String>> byVariant = new ConcurrentHashMap<>();

  /** {@code root} is the templates folder, or null for the built-in templates. */
  TemplateDeps(Path root) {
    this.root = root == null ? null : root.toAbsolutePath().normalize();
  }

  /** Template file name (relative to the root, {@code /}-separated) to SHA-256, sorted. */
  Map<String, String> of(String variant) {
    if (root == null) {
      return Map.of();
    }
    return byVariant.computeIfAbsent(variant, v -> {
      try {
        return collect(v);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private Map<String, String> collect(String variant) throws IOException {
    Map<String, String> out = new TreeMap<>();
    Deque<String> todo = new ArrayDeque<>(filesUnder(variant));
    while (!todo.isEmpty()) {
      String name = todo.pop();
      Path p = root.resolve(name).normalize();
      if (out.containsKey(name) || !p.startsWith(root) || !Files.isRegularFile(p)) {
        continue;
      }
      if (Files.size(p) > org.jixiao.template.TemplateRoot.MAX_BYTES) {
        // not a template (a stray large file): its change still counts, by its size and time
        out.put(name, streamed(p));
        continue;
      }
      byte[] bytes = Files.readAllBytes(p);
      out.put(name, Hashes.sha256(bytes));
      String text = new String(bytes, StandardCharsets.UTF_8);
      Matcher m = LITERAL.matcher(text);
      int literals = 0;
      while (m.find()) {
        todo.push(m.group(1).strip());
        literals++;
      }
      Matcher any = ANY.matcher(text);
      int all = 0;
      while (any.find()) {
        all++;
      }
      if (all > literals) {
        todo.addAll(filesUnder(""));
      }
    }
    return out;
  }

  /** A large file's size and time: not a template, and reading it would take long. */
  private static String streamed(Path p) throws IOException {
    return "size " + Files.size(p) + ", modified " + Files.getLastModifiedTime(p).toMillis();
  }

  private java.util.List<String> filesUnder(String folder) throws IOException {
    Path dir = folder.isEmpty() ? root : root.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return java.util.List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted()
          .map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
    }
  }
}
