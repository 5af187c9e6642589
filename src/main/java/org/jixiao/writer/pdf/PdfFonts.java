package org.jixiao.writer.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;

/**
 * The CJK fonts the PDF embeds: found once per process (a CJK font takes ~300 ms to parse),
 * a body face (宋体-like), a title face (黑体-like) and a fallback chain for rare characters.
 */
public final class PdfFonts {
  /** Body candidates, best first: "path" or "path,index" for a face inside a .ttc. */
  static final List<String> BODY = List.of("C:/Windows/Fonts/simsun.ttc,0",
      "/System/Library/Fonts/Supplemental/Songti.ttc,0",
      "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
      "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
      "/usr/share/fonts/truetype/arphic/uming.ttc,0",
      "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
      "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0");
  static final List<String> TITLE = List.of("C:/Windows/Fonts/simhei.ttf",
      "/System/Library/Fonts/STHeiti Medium.ttc,0",
      "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc,2",
      "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc,2");

  private static final Map<String, BaseFont> LOADED = new LinkedHashMap<>();
  /** Per-document seed for subset-name prefixes, so equal input gives equal bytes. */
  static final ThreadLocal<Random> PREFIX_RANDOM = ThreadLocal.withInitial(() -> new Random(0));

  private final BaseFont body;
  private final BaseFont title;
  private final List<BaseFont> chain;

  private PdfFonts(BaseFont body, BaseFont title, List<BaseFont> chain) {
    this.body = body;
    this.title = title;
    this.chain = List.copyOf(chain);
  }

  /** Finds fonts: the configured ones first, then the system's; fails with what to install. */
  public static synchronized PdfFonts find(List<String> configured) {
    List<BaseFont> bodies = load(configured.isEmpty() ? BODY : concat(configured, BODY));
    if (bodies.isEmpty()) {
      throw new JixiaoException(Diagnostic.error("jixiao.yaml", 0, 0, "pdf-font-missing",
          "找不到中文字体，无法生成 PDF（DOCX 和 XLSX 不受影响）",
          "Debian/Ubuntu：sudo apt-get install fonts-noto-cjk；Windows 自带宋体 SimSun；"
              + "macOS 自带宋体 Songti；或在 jixiao.yaml 的 fonts: 下写字体文件路径"));
    }
    List<BaseFont> titles = load(configured.size() > 1 ? concat(configured.subList(1, 2), TITLE)
        : TITLE);
    List<BaseFont> chain = new ArrayList<>(bodies);
    titles.forEach(t -> {
      if (!chain.contains(t)) {
        chain.add(t);
      }
    });
    return new PdfFonts(bodies.get(0), titles.isEmpty() ? bodies.get(0) : titles.get(0), chain);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static List<BaseFont> load(List<String> candidates) {
    List<BaseFont> out = new ArrayList<>();
    for (String c : candidates) {
      String path = c.contains(",") && !Files.exists(Path.of(c)) ? c.substring(0, c.lastIndexOf(','))
          : c;
      if (!Files.isRegularFile(Path.of(path))) {
        continue;
      }
      BaseFont f = LOADED.computeIfAbsent(c, PdfFonts::create);
      if (f != null && !out.contains(f)) {
        out.add(f);
      }
    }
    return out;
  }

  private static BaseFont create(String spec) {
    try {
      String name = spec.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc") ? spec + ",0" : spec;
      BaseFont f = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false);
      f.setSecureRandom(new DocumentSeededRandom());
      return f;
    } catch (Exception e) {
      return null; // unreadable or not a font: try the next candidate
    }
  }

  public BaseFont body() {
    return body;
  }

  public BaseFont title() {
    return title;
  }

  /** The first font in the chain, starting with {@code preferred}, that can draw {@code cp}. */
  BaseFont forCodePoint(BaseFont preferred, int cp) {
    if (preferred.charExists(cp)) {
      return preferred;
    }
    for (BaseFont f : chain) {
      if (f.charExists(cp)) {
        return f;
      }
    }
    return null;
  }

  /** SecureRandom whose draws come from the current document's seed (subset prefixes only). */
  private static final class DocumentSeededRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    @Override
    public double nextDouble() {
      return PREFIX_RANDOM.get().nextDouble();
    }

    @Override
    public int nextInt(int bound) {
      return PREFIX_RANDOM.get().nextInt(bound);
    }
  }
}
