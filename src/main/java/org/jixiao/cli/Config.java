package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.model.YNode;
import org.jixiao.model.YamlLoader;
import org.jixiao.writer.pdf.PdfProfile;

/**
 * The optional project file {@code jixiao.yaml}: font files for PDF output ({@code fonts:}), and
 * whether the fonts installed on the machine may be used besides them ({@code system-fonts:},
 * default true; false pins a project to the fonts it lists, so it renders the same everywhere
 * or not at all), and the kind of PDF ({@code pdf:} pdfa-2b, pdfa-1b or plain).
 */
public record Config(List<String> fonts, boolean systemFonts, PdfProfile pdf) {
  static final String FILE = "jixiao.yaml";

  public Config {
    fonts = List.copyOf(fonts);
  }

  public Config(List<String> fonts) {
    this(fonts, true, null);
  }

  /** The kind of PDF to write: {@code --pdf} when given, else {@code pdf:}, else the default. */
  PdfProfile pdf(String option) {
    if (option != null) {
      PdfProfile p = PdfProfile.parse(option);
      if (p == null) {
        throw new IllegalArgumentException("--pdf 只能是 " + PdfProfile.names() + "，不是 " + option);
      }
      return p;
    }
    return pdf != null ? pdf : PdfProfile.DEFAULT;
  }

  private static JixiaoException fontsShape(YNode at) {
    return new JixiaoException(Diagnostic.error(FILE, at.line(), at.column(), "config",
        "fonts: 应是字体文件的列表，每行一个", "写成\nfonts:\n  - /path/to/SimSun.ttc,0\n  - /path/to/SimHei.ttf"));
  }

  static Config load(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return new Config(List.of());
    }
    byte[] bytes;
    try {
      // its size checked before it is read, as a declaration's (a 2 GiB jixiao.yaml is refused)
      bytes = YamlLoader.read(file, FILE, org.jixiao.diag.Messages.ZH);
    } catch (IOException e) {
      return new Config(List.of());
    }
    YNode root = YamlLoader.parse(FILE, YamlLoader.decode(FILE, bytes));
    List<String> fonts = new ArrayList<>();
    boolean system = true;
    PdfProfile pdf = null;
    if (root instanceof YNode.YMap m) {
      YNode listed = m.entries().get("fonts");
      if (listed instanceof YNode.YList l) {
        for (YNode n : l.items()) {
          if (n instanceof YNode.YScalar s && s.text() != null) {
            fonts.add(s.text());
          } else if (!(n instanceof YNode.YScalar)) {
            throw fontsShape(n);
          }
        }
      } else if (listed != null && !(listed instanceof YNode.YScalar s && s.isNull())) {
        // a single path, or a number, would otherwise be ignored and the system fonts used
        throw fontsShape(listed);
      }
      YNode sys = m.entries().get("system-fonts");
      if (sys != null) {
        system = bool(sys, "system-fonts");
      }
      YNode kind = m.entries().get("pdf");
      if (kind != null) {
        pdf = kind instanceof YNode.YScalar s ? PdfProfile.parse(s.text()) : null;
        if (pdf == null) {
          throw new JixiaoException(Diagnostic.error(FILE, kind.line(), kind.column(), "config",
              "pdf: 只能是 " + PdfProfile.names(), "pdfa-2b 为存档用的 PDF/A-2b（默认），pdfa-1b 为 PDF/A-1b，"
                  + "plain 为普通 PDF"));
        }
      }
    }
    return new Config(fonts, system, pdf);
  }

  private static boolean bool(YNode n, String key) {
    String text = n instanceof YNode.YScalar s && s.text() != null
        ? s.text().strip().toLowerCase(Locale.ROOT) : "";
    return switch (text) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> throw new JixiaoException(Diagnostic.error(FILE, n.line(), n.column(), "config",
          key + ": 只能是 true 或 false", key + ": false 表示只用 fonts: 中列出的字体；删去这一项则也用系统字体"));
    };
  }
}
