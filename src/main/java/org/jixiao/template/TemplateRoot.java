package org.jixiao.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where templates come from: a folder on disk (a project's own templates/) or the copy packed in
 * the jar. A folder may sit over the built-in variants ({@link #over}): a variant folder it has
 * is used whole, any other comes from underneath, so a project adds its city's edition beside
 * the shipped ones (and may extend them) without copying them. Names are relative, with no
 * {@code ..} and no absolute paths, so a template can read nothing outside its root.
 */
public final class TemplateRoot {
  private static final String JAR_PREFIX = "templates/";
  private final Path dir;
  private final TemplateRoot under;

  private TemplateRoot(Path dir, TemplateRoot under) {
    this.dir = dir;
    this.under = under;
  }

  public static TemplateRoot folder(Path dir) {
    return new TemplateRoot(dir.toAbsolutePath().normalize(), null);
  }

  public static TemplateRoot embedded() {
    return new TemplateRoot(null, null);
  }

  /** This folder over {@code under}: variant folders this one lacks are read from there. */
  public TemplateRoot over(TemplateRoot under) {
    return new TemplateRoot(dir, under);
  }

  /** The root that holds {@code name}'s variant folder: this one, or the one underneath. */
  private TemplateRoot owner(String name) {
    if (under == null || dir == null || !isSafe(name)) {
      return this;
    }
    String first = name.split("/")[0];
    return Files.isDirectory(dir.resolve(first)) ? this : under.owner(name);
  }

  public String describe() {
    String here = dir == null ? "(jar)/templates" : dir.toString();
    return under == null ? here : here + "，" + under.describe();
  }

  /**
   * How diagnostics name template {@code name}: the file actually used (relative to the working
   * folder when inside it), so {@code --templates tpl} errors name {@code tpl/…}.
   */
  public String display(String name) {
    TemplateRoot o = owner(name);
    if (o != this) {
      return o.display(name);
    }
    if (dir == null) {
      return "(jar)/" + JAR_PREFIX + name;
    }
    Path cwd = Path.of("").toAbsolutePath();
    Path p = dir.resolve(name).normalize();
    return (p.startsWith(cwd) ? cwd.relativize(p) : p).toString().replace('\\', '/');
  }

  /** Opens {@code name}, or returns null when it is not there or would leave the root. */
  public InputStream open(String name) throws IOException {
    if (!isSafe(name)) {
      return null;
    }
    TemplateRoot o = owner(name);
    if (o != this) {
      return o.open(name);
    }
    if (dir == null) {
      return TemplateRoot.class.getClassLoader().getResourceAsStream(JAR_PREFIX + name);
    }
    Path p = dir.resolve(name).normalize();
    if (!p.startsWith(dir) || !Files.isRegularFile(p)) {
      return null;
    }
    // a symbolic link inside the folder may point anywhere (/etc/passwd): where it really leads
    // must be inside the folder too
    Path real = p.toRealPath();
    if (!real.startsWith(dir.toRealPath())) {
      return null;
    }
    return Files.newInputStream(real);
  }

  /** A template, variant.yaml or texts.yaml is a few KiB; past this a file is not one. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  /** The bytes of {@code name}, null when it is not there; a file over {@link #MAX_BYTES} is refused. */
  public byte[] read(String name) throws IOException {
    try (InputStream in = open(name)) {
      if (in == null) {
        return null;
      }
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new IOException(display(name) + " 过大：超过 " + MAX_BYTES / 1024 / 1024
            + " MiB，不是模板文件 (template file too large)");
      }
      return bytes;
    }
  }

  /** Whether {@code name} is a plain relative name inside the root (no {@code ..}, no drive). */
  public static boolean isSafeName(String name) {
    return isSafe(name);
  }

  static boolean isSafe(String name) {
    if (name == null || name.isEmpty() || name.startsWith("/") || name.contains("\\")
        || name.contains(":") || name.contains("\0")) {
      return false;
    }
    for (String part : name.split("/")) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The names of the files in variant folder {@code folder} that end in {@code suffix}, sorted
   * (the folder as {@link #open} reads it: this root's, or the one underneath when this has none).
   */
  public Set<String> files(String folder, String suffix) throws IOException {
    Set<String> out = new TreeSet<>();
    if (!isSafe(folder)) {
      return out;
    }
    TemplateRoot o = owner(folder);
    if (o != this) {
      return o.files(folder, suffix);
    }
    if (dir == null) {
      for (String entry : BuiltIn.entries()) {
        String[] parts = entry.split("/");
        if (parts.length == 2 && parts[0].equals(folder) && parts[1].endsWith(suffix)) {
          out.add(parts[1]);
        }
      }
      return out;
    }
    Path d = dir.resolve(folder);
    if (Files.isDirectory(d)) {
      try (Stream<Path> s = Files.list(d)) {
        s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).forEach(out::add);
      }
    }
    return out;
  }

  /**
   * The layout variants this root offers: its sub-folders that hold a variant.yaml. The
   * built-in templates are listed from the jar (or the classes folder in a build), so a variant
   * is added by adding its folder, with no list to keep.
   */
  public Set<String> variants() throws IOException {
    Set<String> out = new TreeSet<>();
    if (dir == null) {
      for (String entry : BuiltIn.entries()) {
        String[] parts = entry.split("/");
        if (parts.length == 2 && parts[1].equals("variant.yaml")) {
          out.add(parts[0]);
        }
      }
      return out;
    }
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> Files.isRegularFile(p.resolve("variant.yaml")))
          .forEach(p -> out.add(p.getFileName().toString()));
    }
    if (under != null) {
      for (String v : under.variants()) {
        if (!Files.isDirectory(dir.resolve(v))) {
          out.add(v);
        }
      }
    }
    return out;
  }
}
