package org.jixiao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.template.TemplateRoot;

/** What the commands share about files: names as shown to users, the templates, source lines. */
final class CliFiles {
  private CliFiles() {}

  /** {@code p} relative to the working folder when inside it, with forward slashes. */
  static String display(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
  }

  /**
   * {@code --templates}, else ./templates when present, over the templates in the jar: a variant
   * folder of the project's own is used whole, the others are the built-in ones.
   */
  static TemplateRoot templateRoot(Path templates) {
    if (templates != null) {
      if (!Files.isDirectory(templates)) {
        throw new JixiaoException(Diagnostic.error(templates.toString(), 0, 0, "templates",
            "模板文件夹不存在", "去掉 --templates 使用内置模板，或指向正确的文件夹"));
      }
      return TemplateRoot.folder(templates).over(TemplateRoot.embedded());
    }
    Path local = Path.of("templates");
    return Files.isDirectory(local) ? TemplateRoot.folder(local).over(TemplateRoot.embedded())
        : TemplateRoot.embedded();
  }

  /** The text of a file a diagnostic names, to show its line; null when it cannot be read. */
  static String source(String file) {
    try {
      Path p = Path.of(file);
      return Files.isRegularFile(p) && Files.size(p) < 4_000_000
          ? Files.readString(p, StandardCharsets.UTF_8) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The files given, a folder among them replaced by the .yaml and .yml files under it, sorted
   * ({@code jixiao render data/2025/}).
   */
  static java.util.LinkedHashSet<Path> expandFolders(java.util.Collection<Path> given) {
    java.util.LinkedHashSet<Path> out = new java.util.LinkedHashSet<>();
    for (Path p : given) {
      if (!Files.isDirectory(p)) {
        out.add(p);
        continue;
      }
      try {
        out.addAll(yamlFiles(p));
      } catch (IOException | java.io.UncheckedIOException e) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The .yaml and .yml files under {@code folder}, sorted, following symbolic links: a data
   * folder that is a link (or holds one) is read as the folder it points to, not as nothing.
   * A link back to a folder above it is walked once.
   */
  static java.util.List<Path> yamlFiles(Path folder) throws IOException {
    java.util.List<Path> found = new java.util.ArrayList<>();
    Files.walkFileTree(folder, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE, new java.nio.file.SimpleFileVisitor<>() {
          @Override
          public java.nio.file.FileVisitResult visitFile(Path f,
              java.nio.file.attribute.BasicFileAttributes a) {
            String n = f.getFileName() == null ? "" : f.getFileName().toString();
            if (a.isRegularFile() && (n.endsWith(".yaml") || n.endsWith(".yml"))) {
              found.add(f);
            }
            return java.nio.file.FileVisitResult.CONTINUE;
          }

          @Override
          public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e)
              throws IOException {
            // a link back up, or a link to nothing, holds no declaration; a folder that cannot
            // be read may, and is the user's to fix
            boolean skip = e instanceof java.nio.file.FileSystemLoopException
                || !f.equals(folder) && !Files.isDirectory(f);
            if (!skip) {
              throw e;
            }
            return java.nio.file.FileVisitResult.CONTINUE;
          }
        });
    java.util.Collections.sort(found);
    return found;
  }
}
