package org.jixiao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.output.Hashes;
import org.jixiao.writer.LayoutWriter;
import org.jixiao.writer.WriteOptions;
import org.jixiao.writer.pdf.PdfFonts;
import org.jixiao.writer.pdf.PdfProfile;

/**
 * A hash of everything besides the YAML and templates that decides a render's bytes: the jixiao
 * version (and, for a built jar, the name, size and CRC of each entry: the build is reproducible,
 * so a rebuild of the same sources skips every unit and any change of code renders afresh), the
 * formats, the timestamp written into files, the kind of PDF and the fonts a PDF may use.
 */
final class RenderFingerprint {
  private RenderFingerprint() {}

  static String of(List<LayoutWriter> writers, WriteOptions write, Config config, PdfProfile pdf) {
    StringBuilder sb = new StringBuilder("jixiao ").append(Version.get()).append(' ')
        .append(code()).append("\nformats");
    writers.forEach(w -> sb.append(' ').append(w.format()));
    sb.append("\ntime ").append(write.timestamp()).append('\n');
    // the writers that draw with the PDF fonts, whatever their format's name
    if (writers.stream().anyMatch(RenderCommand.Writers::drawsWithFonts)) {
      sb.append("pdf ").append(pdf.id()).append('\n');
      sb.append("fonts ").append(config.fonts()).append(config.systemFonts() ? "" : " only")
          .append('\n').append(PdfFonts.fingerprint(config.fonts(), config.systemFonts()));
    }
    return Hashes.sha256(sb.toString());
  }

  private static String code() {
    try {
      Path p = Path.of(RenderFingerprint.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      if (!Files.isRegularFile(p)) {
        return "classes";
      }
      // the central directory only: quick, and its CRCs change with any entry's bytes
      StringBuilder sb = new StringBuilder();
      try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(p.toFile())) {
        jar.stream().forEach(e -> sb.append(e.getName()).append(' ').append(e.getSize())
            .append(' ').append(e.getCrc()).append('\n'));
      }
      return Hashes.sha256(sb.toString());
    } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
      return "unknown";
    }
  }
}
