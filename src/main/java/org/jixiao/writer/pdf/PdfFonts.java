package org.jixiao.writer.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.writer.font.FontSubset;

/**
 * The Chinese fonts a PDF is drawn with: a body face (宋体-like serif), a title face (黑体-like
 * sans) and every other installed face as a fallback for characters those lack. Each font file
 * is parsed at most once per process, and only when needed: parsing a Noto CJK collection takes
 * a few hundred milliseconds.
 */
public final class PdfFonts {
  /** A font file that may be installed; {@code index} is the face in a .ttc, -1 to choose by name. */
  record Source(String path, int index, boolean sans) {}

  /** Where Windows, macOS and Linux keep Chinese fonts, best first. */
  static final List<Source> SYSTEM = List.of(
      new Source("C:/Windows/Fonts/simsun.ttc", 0, false),
      new Source("C:/Windows/Fonts/simhei.ttf", -1, true),
      new Source("C:/Windows/Fonts/simfang.ttf", -1, false),
      new Source("/System/Library/Fonts/Supplemental/Songti.ttc", -1, false),
      new Source("/System/Library/Fonts/STHeiti Medium.ttc", -1, true),
      new Source("/Library/Fonts/Songti.ttc", -1, false),
      new Source("/Library/Fonts/simsun.ttc", 0, false),
      new Source("/Library/Fonts/SimHei.ttf", -1, true),
      new Source("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", -1, false),
      new Source("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", -1, true),
      new Source("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", -1, true),
      new Source("/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc", -1, false),
      new Source("/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc", -1, true),
      new Source("/usr/share/fonts/google-noto-serif-cjk-fonts/NotoSerifCJK-Regular.ttc", -1, false),
      new Source("/usr/share/fonts/google-noto-sans-cjk-fonts/NotoSansCJK-Bold.ttc", -1, true),
      new Source("/usr/share/fonts/truetype/arphic/uming.ttc", -1, false),
      new Source("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", -1, true),
      new Source("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", -1, true));

  static final String CONFIG_FILE = "jixiao.yaml";
  static final String RULE = "pdf-font-missing";
  private static final String INSTALL_HINT = "Debian/Ubuntu：sudo apt-get install fonts-noto-cjk；"
      + "Windows：宋体 SimSun 随 Windows 自带（C:/Windows/Fonts/simsun.ttc）；"
      + "macOS：宋体 Songti 随 macOS 自带；"
      + "或在 jixiao.yaml 的 fonts: 中写出字体文件的路径";

  /** Appended to a parsed face's key when it writes CIDSets. */
  private static final String CID_SET = "\tcidset";
  /** Parsed faces by "path" or "path,index"; empty when the file could not be parsed. */
  private static final Map<String, Optional<Face>> PARSED = new ConcurrentHashMap<>();
  /**
   * Font files read into memory, by path, shared by the faces of one collection. OpenPDF
   * re-reads and walks a CFF font's whole outline table for every document it subsets;
   * from a file that means re-mapping it and reading it a byte at a time through the mapping,
   * from memory it is a copy: 13 ms instead of 18 ms per Noto face and document.
   */
  private static final Map<String, Optional<byte[]>> FILES = new ConcurrentHashMap<>();
  /** Each face's subsetter, by "path" or "path,index"; empty when the face cannot be cut. */
  private static final Map<String, Optional<FontSubset>> SUBSETTERS = new ConcurrentHashMap<>();
  /** Files larger than this are read from disk as before (no CJK font we know is near it). */
  private static final long IN_MEMORY_LIMIT = 64L << 20;
  private static final Pattern TTC_INDEX = Pattern.compile("(?i)(.+\\.ttc),(\\d+)");
  /** Simplified Chinese faces in a collection: NotoSerifCJKsc, STSongti-SC, AR PL UMing CN. */
  private static final Pattern SIMPLIFIED = Pattern.compile("(?i)(sc|cn|gb|hans)(?![a-z])");
  private static final Pattern HEAVY = Pattern.compile("(?i)bold|heavy|black|medium|semi|demi");
  private static final Pattern NOT_REGULAR = Pattern.compile("(?i)bold|heavy|black|medium|semi|demi|light|thin");
  private static final Pattern BOLD = Pattern.compile("(?i)bold|heavy|black");

  private final Face body;
  private final Face title;
  /** The body and title faces' glyphs, asked about for every character set in them. */
  private final Coverage bodyGlyphs;
  private final Coverage titleGlyphs;
  /** Every installed face as "path" or "path,index", in search order, body and title included. */
  private final List<String> chain;
  /** Whether the faces write a CIDSet for each subset (PDF/A-1 wants one; see {@link #withCidSet}). */
  private final boolean cidSet;

  private PdfFonts(Face body, Face title, List<String> chain, boolean cidSet) {
    this.body = body;
    this.title = title;
    this.bodyGlyphs = new Coverage(body.font());
    this.titleGlyphs = title.font() == body.font() ? bodyGlyphs : new Coverage(title.font());
    this.chain = List.copyOf(chain);
    this.cidSet = cidSet;
  }

  /**
   * These fonts with or without a CIDSet stream per embedded subset. PDF/A-1 requires one; in
   * PDF/A-2 it is optional, and OpenPDF's lists only the CIDs used while its CFF subsets keep
   * every glyph slot, which PDF/A-2 validators refuse. Found without one. The flag belongs to
   * OpenPDF's font object, which documents share, so each setting has its own parsed faces.
   */
  PdfFonts withCidSet(boolean on) {
    if (on == cidSet) {
      return this;
    }
    return new PdfFonts(parse(body.file(), on).orElseThrow(), parse(title.file(), on).orElseThrow(),
        chain, on);
  }

  /** Whether {@code o} draws with the same faces, in the same order, with the same CIDSet setting. */
  boolean sameFaces(PdfFonts o) {
    return o == this || o.cidSet == cidSet && o.body.file().equals(body.file())
        && o.title.file().equals(title.file()) && o.chain.equals(chain);
  }

  /**
   * Finds the fonts: first {@code configured} (the {@code fonts:} paths of jixiao.yaml, "path" or
   * "path.ttc,index"; the first is the body face, the second the title face, the rest fallbacks),
   * then the fonts that ship with Windows, macOS and common Linux packages.
   *
   * @throws JixiaoException {@code pdf-font-missing} when a configured file cannot be used or no
   *     Chinese font is installed at all; the hint says what to install
   */
  public static PdfFonts find(List<String> configured) {
    return find(configured, SYSTEM);
  }

  /**
   * As {@link #find(List)}; with {@code systemFonts} false only the configured fonts are used
   * (jixiao.yaml's {@code system-fonts: false}).
   */
  public static PdfFonts find(List<String> configured, boolean systemFonts) {
    return find(configured, systemFonts ? SYSTEM : List.of(), systemFonts);
  }

  /**
   * Without parsing any font: the {@code pdf-font-missing} diagnostic when there is no font
   * file to try at all (nothing configured, and no Chinese font installed where Windows, macOS
   * or Linux put one, or system fonts not to be used); empty otherwise. A render can then write
   * every DOCX and XLSX and say once what to install, instead of failing each unit's PDF.
   */
  public static List<Diagnostic> noneInstalled(List<String> configured, boolean systemFonts) {
    if (!configured.isEmpty()) {
      return List.of();
    }
    List<Source> system = systemFonts ? SYSTEM : List.of();
    if (system.stream().anyMatch(s -> Files.isRegularFile(Path.of(s.path())))) {
      return List.of();
    }
    return noChinese(systemFonts).diagnostics();
  }

  /** With {@code system} as the fonts installed: an empty list is a machine with none. */
  static PdfFonts find(List<String> configured, List<Source> system) {
    return find(configured, system, true);
  }

  private static PdfFonts find(List<String> configured, List<Source> system, boolean systemFonts) {
    List<String> chain = new ArrayList<>();
    List<Face> explicit = new ArrayList<>();
    for (String spec : configured) {
      // the second configured font is the title face, so prefer a bold face of its collection
      Face f = configured(spec, explicit.size() == 1);
      explicit.add(f);
      chain.add(f.file());
    }
    List<Source> installed = system.stream().filter(s -> Files.isRegularFile(Path.of(s.path()))).toList();
    for (Source s : installed) {
      chain.add(spec(s.path(), s.index(), s.sans()));
    }
    Face body = !explicit.isEmpty() ? explicit.get(0)
        : firstFace(installed, false).or(() -> firstFace(installed, true))
            .orElseThrow(() -> noChinese(systemFonts));
    Face title = explicit.size() > 1 ? explicit.get(1) : firstFace(installed, true).orElse(body);
    PdfFonts fonts = new PdfFonts(body, title, chain.stream().distinct().toList(), false);
    // configured fonts may all be Latin-only; one missing-glyph error per character would drown that
    if (fonts.faceFor('中', body) == null) {
      throw noChinese(systemFonts);
    }
    return fonts;
  }

  /**
   * Path, size and modification time of each configured font file and each installed system font
   * file: a render made with other fonts is out of date, even when the layout is not.
   */
  public static String fingerprint(List<String> configured) {
    return fingerprint(configured, true);
  }

  /** As {@link #fingerprint(List)}; without the system fonts when they are not used. */
  public static String fingerprint(List<String> configured, boolean systemFonts) {
    StringBuilder sb = new StringBuilder();
    List<String> paths = new ArrayList<>();
    for (String spec : configured) {
      Matcher m = TTC_INDEX.matcher(spec.strip());
      paths.add(spec.strip() + "\t" + (m.matches() ? m.group(1) : spec.strip()));
    }
    if (systemFonts) {
      SYSTEM.forEach(s -> paths.add(s.path() + "\t" + s.path()));
    }
    for (String p : paths) {
      Path file = Path.of(p.substring(p.indexOf('\t') + 1));
      try {
        if (Files.isRegularFile(file)) {
          sb.append(p, 0, p.indexOf('\t')).append(' ').append(Files.size(file)).append(' ')
              .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
        }
      } catch (IOException | RuntimeException e) {
        sb.append(p).append(" unreadable\n");
      }
    }
    return sb.toString();
  }

  private static JixiaoException noChinese(boolean systemFonts) {
    return new JixiaoException(Diagnostic.error(CONFIG_FILE, 0, 0, RULE, systemFonts
        ? "没有找到中文字体，无法生成 PDF、OFD（no Chinese font found）"
        : "jixiao.yaml 的 fonts: 中没有中文字体，而 system-fonts: false 不用系统字体，无法生成 PDF、OFD"
            + "（no Chinese font listed, system fonts off）",
        systemFonts ? INSTALL_HINT : "在 fonts: 中列出中文字体文件（如 Noto CJK："
            + "sudo apt-get install fonts-noto-cjk，再列出 /usr/share/fonts/opentype/noto/"
            + "NotoSerifCJK-Regular.ttc），或删去 system-fonts: false 以使用系统字体"));
  }

  /** The face for body text and tables (宋体-like). */
  public Face body() {
    return body;
  }

  /** The face for titles (黑体-like, bold). */
  public Face title() {
    return title;
  }

  /**
   * The face that draws {@code codePoint} in text set in {@code primary}: the primary face when
   * it has the glyph, else the first installed face that does; null when none does.
   */
  Face faceFor(int codePoint, Face primary) {
    if (has(primary, codePoint)) {
      return primary;
    }
    for (String key : chain) {
      Optional<Face> f = parse(key, cidSet);
      if (f.isPresent() && f.get() != primary && has(f.get(), codePoint)) {
        return f.get();
      }
    }
    return null;
  }

  private boolean has(Face face, int codePoint) {
    return face == body ? bodyGlyphs.has(codePoint)
        : face == title ? titleGlyphs.has(codePoint) : face.has(codePoint);
  }

  /**
   * A font for one document that holds only {@code codePoints} of {@code face}, with the face's
   * names and metrics ({@link FontSubset}); OpenPDF then embeds a program of those glyphs alone
   * instead of one with all 65,535 glyph slots. The face's own font when it cannot be cut (a
   * file too large to hold, or a CFF construct the subsetter does not rewrite): the PDF is then
   * as before, only larger.
   */
  BaseFont subset(Face face, Set<Integer> codePoints) {
    Optional<FontSubset> cutter = cutter(face);
    if (cutter.isEmpty()) {
      return face.font();
    }
    // the PDF writer has just cut it for this form when the OFD writer asks
    BaseFont cut = Recent.subset(face, cidSet, codePoints);
    if (cut != null) {
      return cut;
    }
    try {
      byte[] program = cutter.get().openType(codePoints, true);
      BaseFont font = BaseFont.createFont(face.name() + (cutter.get().cff() ? ".otf" : ".ttf"),
          BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, program, null);
      // embedded as it is: the program is the subset, named with its tag (OpenPDF's own CFF
      // subsetter would cut it again, keep empty Font DICTs, and has drawn wrong glyphs from it)
      font.setSubset(false);
      font.setIncludeCidSet(cidSet);
      if (cutter.get().cff()) {
        // stored by OpenPDF; the writer deflates it Huffman-only (FontStreams)
        font.setCompressionLevel(com.lowagie.text.pdf.PdfStream.NO_COMPRESSION);
      }
      Recent.keepSubset(face, cidSet, codePoints, font);
      return font;
    } catch (IllegalArgumentException | java.io.UncheckedIOException | IOException | DocumentException e) {
      return face.font();
    }
  }

  /**
   * What cuts subsets of {@code face}, parsed once per process and shared by the PDF and OFD
   * writers; empty when the face cannot be cut (too large to hold, or unreadable).
   */
  public static Optional<FontSubset> cutter(Face face) {
    return SUBSETTERS.computeIfAbsent(face.file(), PdfFonts::subsetter);
  }

  private static Optional<FontSubset> subsetter(String key) {
    Matcher ttc = TTC_INDEX.matcher(key);
    Optional<byte[]> bytes = FILES.computeIfAbsent(ttc.matches() ? ttc.group(1) : key, PdfFonts::readSmall);
    try {
      return bytes.map(b -> FontSubset.of(b, ttc.matches() ? Integer.parseInt(ttc.group(2)) : 0));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The face whose PostScript name is {@code name} among the body, title and fallback faces;
   * null when none is. For writers that place text from a PDF drawn with these fonts.
   */
  public Face named(String name) {
    if (body.name().equals(name)) {
      return body;
    }
    if (title.name().equals(name)) {
      return title;
    }
    for (String key : chain) {
      Optional<Face> f = parse(key, cidSet);
      if (f.isPresent() && f.get().name().equals(name)) {
        return f.get();
      }
    }
    return null;
  }

  private static Face configured(String spec, boolean wantBold) {
    Matcher m = TTC_INDEX.matcher(spec.strip());
    String path = m.matches() ? m.group(1) : spec.strip();
    if (!Files.isRegularFile(Path.of(path))) {
      throw new JixiaoException(Diagnostic.error(CONFIG_FILE, 0, 0, RULE,
          "fonts: 中的字体文件不存在：" + path,
          "检查路径拼写（Windows 路径可写成 C:/Windows/Fonts/simsun.ttc），或删去这一项以使用系统字体"));
    }
    String key = spec(path, m.matches() ? Integer.parseInt(m.group(2)) : -1, wantBold);
    return parse(key).orElseThrow(() -> new JixiaoException(Diagnostic.error(CONFIG_FILE, 0, 0, RULE,
        "fonts: 中的字体文件无法读取：" + key,
        "只支持含中文的 TrueType/OpenType 字体（.ttf、.otf、.ttc）；.ttc 可写成 路径,序号 选择其中一款")));
  }

  private static Optional<Face> firstFace(List<Source> sources, boolean sans) {
    for (Source s : sources) {
      if (s.sans() == sans) {
        Optional<Face> f = parse(spec(s.path(), s.index(), sans));
        if (f.isPresent()) {
          return f;
        }
      }
    }
    return Optional.empty();
  }

  /** "path" for a single font, "path,index" for a face in a collection. */
  private static String spec(String path, int index, boolean wantBold) {
    if (!path.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
      return path;
    }
    return path + "," + (index >= 0 ? index : chooseFace(path, wantBold));
  }

  /**
   * The face of a collection to use: Simplified Chinese before Japanese, Korean and Traditional
   * (the same characters drawn the mainland way), then the wanted weight; the first on a tie.
   */
  private static int chooseFace(String ttc, boolean wantBold) {
    String[] names;
    try {
      names = BaseFont.enumerateTTCNames(ttc);
    } catch (IOException | DocumentException e) {
      return 0;
    }
    int best = 0;
    int bestScore = -1;
    for (int i = 0; i < names.length; i++) {
      boolean weight = wantBold ? HEAVY.matcher(names[i]).find() : !NOT_REGULAR.matcher(names[i]).find();
      int score = (SIMPLIFIED.matcher(names[i]).find() ? 2 : 0) + (weight ? 1 : 0);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  private static Optional<Face> parse(String key) {
    return parse(key, false);
  }

  private static Optional<Face> parse(String key, boolean cidSet) {
    return PARSED.computeIfAbsent(cidSet ? key + CID_SET : key, k -> load(key, cidSet));
  }

  private static Optional<Face> load(String key, boolean cidSet) {
    try {
      // Not OpenPDF's own cache: this one owns the font, so the random source set here is ours.
      Matcher ttc = TTC_INDEX.matcher(key);
      Optional<byte[]> bytes = FILES.computeIfAbsent(ttc.matches() ? ttc.group(1) : key,
          PdfFonts::readSmall);
      BaseFont font = bytes.isPresent()
          ? BaseFont.createFont(key, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes.get(), null)
          : BaseFont.createFont(key, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false);
      font.setSecureRandom(new SeededRandom());
      font.setIncludeCidSet(cidSet);
      String name = font.getPostscriptFontName();
      return Optional.of(new Face(name, key, font, BOLD.matcher(name).find()));
    } catch (IOException | DocumentException e) {
      return Optional.empty();
    }
  }

  /** The file's bytes when it is small enough to hold, else empty (OpenPDF then reads the file). */
  private static Optional<byte[]> readSmall(String path) {
    try {
      Path file = Path.of(path);
      return Files.size(file) <= IN_MEMORY_LIMIT ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
