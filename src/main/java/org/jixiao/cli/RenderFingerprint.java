package org.jixiao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.output.Hashes;
import org.jixiao.writer.LayoutWriter;
import org.jixiao.writer.WriteOptions;
import org.jixiao.writer.pdf.PdfFonts;

/**
 * A hash of everything besides the YAML and templates that decides a render's bytes: the jixiao
 * version (and, for a built jar, its size and time, so a rebuilt jar renders afresh), the
 * formats, the timestamp written into files, and the fonts a PDF may use.
 */
final class RenderFingerprint {
  private RenderFingerprint() {}

  static String of(List<LayoutWriter> writers, WriteOptions write, Config config) {
    StringBuilder sb = new StringBuilder("jixiao ").append(Version.get()).append(' ')
        .append(code()).append("\nformats");
    writers.forEach(w -> sb.append(' ').append(w.format()));
    sb.append("\ntime ").append(write.timestamp()).append('\n');
    if (writers.stream().anyMatch(w -> w.format().equals("pdf"))) {
      sb.append("fonts ").append(config.fonts()).append(config.systemFonts() ? "" : " only")
          .append('\n').append(PdfFonts.fingerprint(config.fonts(), config.systemFonts()));
    }
    return Hashes.sha256(sb.toString());
  }

  private static String code() {
    try {
      Path p = Path.of(RenderFingerprint.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      return Files.isRegularFile(p)
          ? Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis() : "classes";
    } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
      return "unknown";
    }
  }
}
