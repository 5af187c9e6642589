package org.jixiao.render;

import java.nio.file.Path;

/**
 * One output of a unit, rendered in memory and not yet written. {@code fonts} names the fonts
 * whose outlines the writer put into it ({@link org.jixiao.writer.LayoutWriter#fonts}), empty
 * when the file only names fonts: another machine's fonts change only files that embed some.
 */
public record RenderedFile(Path path, byte[] bytes, String fonts) {
  public RenderedFile {
    fonts = fonts == null ? "" : fonts;
  }

  /** A file that embeds no font. */
  public RenderedFile(Path path, byte[] bytes) {
    this(path, bytes, "");
  }

  /** The distinct fonts {@code files} embed, in order, joined by "; "; empty when none embeds any. */
  public static String fontsOf(java.util.List<RenderedFile> files) {
    return files.stream().map(RenderedFile::fonts).filter(f -> !f.isEmpty()).distinct()
        .collect(java.util.stream.Collectors.joining("; "));
  }
}
