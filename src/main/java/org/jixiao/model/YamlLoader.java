package org.jixiao.model;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.diag.Messages;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns the bytes of a declaration into a {@link YNode} tree. Only plain data is built: no tags,
 * no objects; aliases, depth and size are bounded so a hostile file fails fast.
 */
public final class YamlLoader {
  static final int MAX_BYTES = 4 * 1024 * 1024;
  static final int MAX_ALIASES = 20;
  static final int MAX_DEPTH = 40;
  /** Excel's limit for one cell; a longer value cannot be written to XLSX, so no format gets it. */
  public static final int MAX_VALUE_CHARS = 32_767;
  /**
   * The size a document may have with its aliases expanded (characters of values, and one per
   * list, map and value): twice what a file of {@link #MAX_BYTES} can hold written out. Twenty
   * aliases are enough for a bomb when each doubles what the one before expands to.
   */
  static final long MAX_EXPANDED = 2L * MAX_BYTES;
  /**
   * Values (list items, keys and values, aliases expanded) in one file. A unit of 10,000
   * indicators has about 80,000; two million one-letter items (a 4 MB file) ran validate out of
   * a 512 MiB heap, each value costing hundreds of bytes however short it is written.
   */
  static final long MAX_VALUES = 400_000;

  /** The tags the resolver gives plain data; an explicit tag outside these asks for more. */
  private static final java.util.Set<Tag> PLAIN_TAGS = java.util.Set.of(Tag.STR, Tag.INT,
      Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ, Tag.MERGE);

  /** SnakeYAML's "found character 'X' that cannot start any token". */
  private static final java.util.regex.Pattern FOUND_CHARACTER =
      java.util.regex.Pattern.compile("found character '(.)'");

  private YamlLoader() {}

  /**
   * The bytes of a declaration file, its size checked before it is read: a file of gigabytes
   * (a log or disk image saved as .yaml) is refused, not read whole into memory.
   */
  public static byte[] read(java.nio.file.Path file, String display, Messages lang)
      throws java.io.IOException {
    if (java.nio.file.Files.size(file) > MAX_BYTES) {
      throw tooLarge(display, java.nio.file.Files.size(file), lang);
    }
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw tooLarge(display, java.nio.file.Files.size(file), lang);
      }
      return bytes;
    }
  }

  private static JixiaoException tooLarge(String file, long size, Messages lang) {
    return new JixiaoException(Diagnostic.error(file, 0, 0, "yaml-size",
        lang.pick("文件过大（" + size / 1024 + " KiB），上限 " + MAX_BYTES / 1024 / 1024
            + " MiB", "file too large (" + size / 1024 + " KiB), limit "
            + MAX_BYTES / 1024 / 1024 + " MiB"),
        lang.pick("一个单位一年的申报只需一个小文件；请检查是否误放了其他数据",
            "one unit's declaration is a small file; is this the right file?")));
  }

  /** The text of the file, decoded as UTF-8 (a BOM is accepted); anything else is refused. */
  public static String decode(String file, byte[] bytes) {
    return decode(file, bytes, Messages.ZH);
  }

  /** As {@link #decode(String, byte[])}, with messages in {@code lang}. */
  public static String decode(String file, byte[] bytes, Messages lang) {
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(file, bytes.length, lang);
    }
    String wide = wide(bytes);
    if (wide != null) {
      throw new JixiaoException(Diagnostic.error(file, 1, 1, "yaml-encoding",
          lang.pick("文件是 " + wide + " 编码，不是 UTF-8", "the file is " + wide + ", not UTF-8"),
          lang.pick("用编辑器“另存为”并选择 UTF-8 编码（记事本：编码选 UTF-8；VS Code：右下角编码 → 通过编码保存 → UTF-8）",
              "save it again as UTF-8 (VS Code: encoding in the status bar → Save with Encoding)")));
    }
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (CharacterCodingException e) {
      int bad = firstBadOffset(bytes, start);
      int line = 1;
      for (int i = start; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new JixiaoException(Diagnostic.error(file, line, 0, "yaml-encoding",
          lang.pick("文件不是 UTF-8 编码（可能是 Windows 记事本或 WPS 保存的 GBK/GB18030）",
              "the file is not UTF-8 (perhaps GBK/GB18030 saved by Notepad or WPS)"),
          lang.pick("用编辑器“另存为”并选择 UTF-8 编码（VS Code：右下角编码 → 通过编码保存 → UTF-8）",
              "save it again as UTF-8 (VS Code: encoding in the status bar → Save with Encoding)")));
    }
  }

  /**
   * UTF-16 or UTF-32, by its byte order mark or, without one, by the zero bytes that ASCII
   * characters have there (a zero byte is never in a UTF-8 YAML file); null for neither.
   */
  static String wide(byte[] b) {
    int n = Math.min(b.length, 1024);
    if (n >= 4 && (b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF
        || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0)) {
      return "UTF-32（开头有字节顺序标记 byte order mark）";
    }
    if (n >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
        || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
      return "UTF-16（开头有字节顺序标记 byte order mark）";
    }
    int[] zeros = new int[4];
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        zeros[i % 4]++;
      }
    }
    int all = zeros[0] + zeros[1] + zeros[2] + zeros[3];
    int even = zeros[0] + zeros[2];
    // ASCII is 1 byte of 4 in UTF-32 and 1 of 2 in UTF-16, its zero bytes all on one side; Chinese
    // text has few, but keys, numbers and indentation are ASCII. Other zero bytes (a zip, a stray
    // NUL) are not named an encoding: they are refused as not UTF-8, or a control character.
    if (all == 0) {
      return null;
    }
    if (all * 10 >= n * 6 && all < n) {
      return "UTF-32";
    }
    boolean oneSide = even * 10 >= all * 9 || (all - even) * 10 >= all * 9;
    return oneSide && all * 100 >= n * 15 ? "UTF-16" : null;
  }

  /** Offset of the first byte that is not UTF-8, found in one pass (a scan per byte is quadratic). */
  private static int firstBadOffset(byte[] bytes, int start) {
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(in, out, true);
    return r.isError() ? in.position() : start;
  }

  /** Parses {@code text}; a syntax error becomes one diagnostic at its line and column. */
  public static YNode parse(String file, String text) {
    return parse(file, text, Messages.ZH);
  }

  /**
   * As {@link #parse(String, String)}, with messages in {@code lang}. A control character is an
   * error here: templates, texts and settings are ours, and should be fixed, not cleaned.
   */
  public static YNode parse(String file, String text, Messages lang) {
    List<Diagnostic> removed = new ArrayList<>();
    YNode tree = parse(file, text, lang, removed);
    if (!removed.isEmpty()) {
      throw new JixiaoException(removed.stream().map(Diagnostic::asError).toList());
    }
    return tree;
  }

  /**
   * As {@link #parse(String, String, Messages)}, but control characters (raw in the file, or
   * written as escapes such as {@code "\x01"} in a quoted value) are removed, each line with
   * one warning added to {@code warnings}. XML forbids most of them, so Word would refuse the
   * document; the rest (DEL, C1) print as boxes. Typically they come pasted from other software.
   */
  public static YNode parse(String file, String text, Messages lang, List<Diagnostic> warnings) {
    return compose(file, ControlChars.strip(file, text, lang, warnings), lang, warnings);
  }

  private static YNode compose(String file, String text, Messages lang, List<Diagnostic> warnings) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_BYTES);
    options.setAllowRecursiveKeys(false);
    Node root;
    try {
      Node[] once = once(file, text, options, lang);
      if (once != null) {
        root = once[0];
      } else {
        expansion(file, text, options, lang);
        root = new Yaml(options).compose(new StringReader(text));
      }
    } catch (MarkedYAMLException e) {
      // an unclosed quote is found only at the end of the file: point at where the quote opened
      boolean unclosed = String.valueOf(e.getContext()).contains("quoted scalar")
          && e.getContextMark() != null;
      Mark m = unclosed || e.getProblemMark() == null ? e.getContextMark() : e.getProblemMark();
      Diagnostic colon = m == null ? null : fullWidthColonKey(file, text, m, e.getProblem(), lang);
      if (colon != null) {
        throw new JixiaoException(colon);
      }
      boolean tag = String.valueOf(e.getProblem()).contains("tag");
      throw new JixiaoException(Diagnostic.error(file, m == null ? 0 : m.getLine() + 1,
          m == null ? 0 : m.getColumn() + 1, tag ? "yaml-tag" : "yaml-syntax",
          unclosed ? lang.pick("引号没有闭合：从这里开始的引号直到文件末尾都没有结束",
              "unclosed quote: the quote opened here never ends")
              : (tag ? lang.pick("不支持的 YAML 标签：", "unsupported YAML tag: ")
              : lang.pick("YAML 语法错误：", "YAML syntax error: ")) + problem(e.getProblem(), lang),
          tag ? lang.pick("删除以 ! 开头的标签，只写普通的值", "delete the tag starting with !")
              : syntaxHint(e.getProblem(), lang)));
    } catch (ReaderException e) {
      int[] at = lineColumn(text, e.getPosition());
      throw new JixiaoException(Diagnostic.error(file, at[0], at[1], "yaml-char",
          String.format(lang.pick("文件含有不可打印的控制字符 U+%04X",
              "the file contains the control character U+%04X"), e.getCodePoint()),
          lang.pick("这通常是从其他软件复制来的不可见字符，或文件不是文本；删除该字符，或另存为 UTF-8 纯文本",
              "usually an invisible character pasted from elsewhere, or not a text file: delete it")));
    } catch (YAMLException e) {
      String what = String.valueOf(e.getMessage());
      boolean aliases = what.contains("Number of aliases");
      if (aliases || what.contains("Nesting Depth")) {
        Mark m = limitMark(text, aliases);
        throw new JixiaoException(Diagnostic.error(file, m == null ? 0 : m.getLine() + 1,
            m == null ? 0 : m.getColumn() + 1, "yaml-limit", aliases
                ? lang.pick("别名过多：引用列表或映射的别名（*名称）超过 " + MAX_ALIASES
                    + " 个（防止“十亿笑声”式的膨胀）", "too many aliases: more than " + MAX_ALIASES
                    + " aliases (*name) of lists or maps (a guard against 'billion laughs')")
                : lang.pick("嵌套过深：超过 " + MAX_DEPTH + " 层", "nested too deeply: more than "
                    + MAX_DEPTH + " levels"),
            aliases ? lang.pick("把重复的内容直接写出来，少用 & 和 *",
                "write the repeated content out instead of using & and *")
                : lang.pick("申报表的数据只需几层；检查缩进或括号", "a declaration is a few levels deep: "
                    + "check the indentation and brackets")));
      }
      throw new JixiaoException(Diagnostic.error(file, 0, 0, "yaml-limit",
          lang.pick("YAML 无法读取：", "YAML cannot be read: ") + firstLine(e.getMessage()),
          lang.pick("文件使用了过多的别名（&/*）、过深的嵌套或过大的内容；请写成普通的键值",
              "too many aliases (&/*), too deep nesting or too much content: write plain keys")));
    }
    if (root == null) {
      throw new JixiaoException(Diagnostic.error(file, 1, 1, "yaml-empty",
          lang.pick("文件是空的", "the file is empty"),
          lang.pick("请从 `jixiao init` 生成的模板或 data/ 中的示例开始填写",
              "start from a sample in data/")));
    }
    List<Diagnostic> problems = new ArrayList<>();
    YNode tree;
    SOURCE.set(text.split("\n", -1));
    try {
      tree = convert(file, root, problems, 0, lang);
    } finally {
      SOURCE.remove();
    }
    if (problems.stream().anyMatch(Diagnostic::isError)) {
      throw new JixiaoException(problems.stream().filter(Diagnostic::isError).toList());
    }
    warnings.addAll(problems);
    return tree;
  }

  /**
   * Refuses an alias of the list or map it is inside (the tree would be infinite, and reading
   * it overflows the stack) and aliases that expand the document past {@link #MAX_EXPANDED}
   * (a few aliases of aliases multiply a small file into gigabytes), each at the alias's line.
   * One pass over the parser's events, building nothing: the size of what each anchor names is
   * known when it closes, and an alias adds it.
   */
  private static void expansion(String file, String text, LoaderOptions options, Messages lang) {
    Expansion x = new Expansion(file, lang);
    try {
      for (Event ev : new Yaml(options).parse(new StringReader(text))) {
        x.see(ev);
      }
    } catch (YAMLException e) {
      // a syntax error or limit: composing the document reports it, at its line
    }
  }

  /**
   * The document composed in one reading of the text, {@link Expansion} checking each event as
   * the composer takes it; null when anything went wrong (a syntax error, a limit, an alias):
   * then {@link #expansion} reads the whole file first and composing comes second, as always, so
   * the first problem reported is the same. A file with no problem is read once instead of
   * twice; for a file that passes, every event went through the same checks in the same order
   * as in {@link #expansion}, and the composer made the same tree as {@code Yaml.compose}.
   * The root is the array's one element (null for an empty file).
   */
  private static Node[] once(String file, String text, LoaderOptions options, Messages lang) {
    Expansion x = new Expansion(file, lang);
    Parser events = new ParserImpl(new StreamReader(new StringReader(text)), options);
    Parser checked = new Parser() {
      @Override
      public boolean checkEvent(Event.ID id) {
        return events.checkEvent(id);
      }

      @Override
      public Event peekEvent() {
        return events.peekEvent();
      }

      @Override
      public Event getEvent() {
        Event ev = events.getEvent();
        x.see(ev);
        return ev;
      }
    };
    try {
      return new Node[] {new Composer(checked, new Resolver(), options).getSingleNode()};
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The expansion checks of {@link #expansion}, one event at a time, in the order the parser
   * gives them.
   */
  private static final class Expansion {
    private final String file;
    private final Messages lang;
    private final Map<String, Long> sizes = new java.util.HashMap<>();
    // values (scalars, lists, maps) in the document, and under each anchor: each costs some
    // hundreds of bytes composed and read, whatever its length in the file
    private final Map<String, Long> counts = new java.util.HashMap<>();
    private long values = 0;
    private final Map<String, Integer> open = new java.util.HashMap<>();
    private final java.util.Deque<Object[]> stack = new java.util.ArrayDeque<>();
    private long total = 0;

    Expansion(String file, Messages lang) {
      this.file = file;
      this.lang = lang;
    }

    void see(Event ev) {
      if (ev instanceof CollectionStartEvent c) {
        stack.push(new Object[] {c.getAnchor(), total, values});
        total++;
        values = values(file, ev, values + 1, lang);
        if (c.getAnchor() != null) {
          open.merge(c.getAnchor(), 1, Integer::sum);
        }
      } else if (ev instanceof CollectionEndEvent) {
        Object[] o = stack.pop();
        if (o[0] instanceof String anchor) {
          sizes.put(anchor, total - (Long) o[1]);
          counts.put(anchor, values - (Long) o[2]);
          open.merge(anchor, -1, (a, b) -> a + b == 0 ? null : a + b);
        }
      } else if (ev instanceof org.yaml.snakeyaml.events.ScalarEvent sc) {
        long size = 1L + sc.getValue().length();
        total += size;
        values = values(file, ev, values + 1, lang);
        if (sc.getAnchor() != null) {
          sizes.put(sc.getAnchor(), size);
          counts.put(sc.getAnchor(), 1L);
        }
      } else if (ev instanceof AliasEvent a) {
        Mark m = ev.getStartMark();
        if (open.containsKey(a.getAnchor())) {
          throw new JixiaoException(Diagnostic.error(file, m.getLine() + 1, m.getColumn() + 1,
              "yaml-recursive", lang.pick("别名 *" + a.getAnchor() + " 在 &" + a.getAnchor()
                  + " 自己里面引用了它：内容会无限展开", "the alias *" + a.getAnchor()
                  + " is inside &" + a.getAnchor() + " itself: it would expand forever"),
              lang.pick("删除这个 *" + a.getAnchor() + "，或把要重复的内容直接写出来",
                  "delete this *" + a.getAnchor() + ", or write the content out")));
        }
        total += sizes.getOrDefault(a.getAnchor(), 0L);
        values = values(file, ev, values + counts.getOrDefault(a.getAnchor(), 0L), lang);
        if (total > MAX_EXPANDED) {
          throw new JixiaoException(Diagnostic.error(file, m.getLine() + 1, m.getColumn() + 1,
              "yaml-limit", lang.pick("别名展开后内容过大：到这个 *" + a.getAnchor()
                  + " 已超过 " + MAX_EXPANDED / 1024 / 1024 + " M 个字符（防止“十亿笑声”式的膨胀）",
                  "aliases expand the file too much: at this *" + a.getAnchor()
                      + " it passes " + MAX_EXPANDED / 1024 / 1024
                      + " M characters (a guard against 'billion laughs')"),
              lang.pick("把重复的内容直接写出来，少用 & 和 *",
                  "write the repeated content out instead of using & and *")));
        }
      }
    }
  }

  /** {@code n} values so far, at {@code ev}: past {@link #MAX_VALUES}, an error at its line. */
  private static long values(String file, Event ev, long n, Messages lang) {
    if (n > MAX_VALUES) {
      Mark m = ev.getStartMark();
      throw new JixiaoException(Diagnostic.error(file, m.getLine() + 1, m.getColumn() + 1,
          "yaml-limit", lang.pick("文件中的值过多：到这里已超过 " + MAX_VALUES + " 个（列表项、键和值，别名展开后）",
              "too many values: past " + MAX_VALUES + " here (list items, keys and values, "
                  + "aliases expanded)"),
          lang.pick("一个单位的申报只需几千个值；检查是否误放了其他数据，或把它拆成几个文件",
              "one unit's declaration has a few thousand values: is this the right data?")));
    }
    return n;
  }

  /**
   * Where a limit was passed, which SnakeYAML does not say: the alias of a list or map past the
   * limit, or the collection that opens one level too many. Events are read without building
   * anything, so this is as bounded as the parse that failed.
   */
  private static Mark limitMark(String text, boolean aliases) {
    java.util.Set<String> collections = new java.util.HashSet<>();
    int count = 0;
    int depth = 0;
    try {
      for (Event ev : new Yaml().parse(new StringReader(text))) {
        if (ev instanceof CollectionStartEvent c) {
          if (c.getAnchor() != null) {
            collections.add(c.getAnchor());
          }
          if (++depth > MAX_DEPTH && !aliases) {
            return ev.getStartMark();
          }
        } else if (ev instanceof CollectionEndEvent) {
          depth--;
        } else if (ev instanceof AliasEvent a && aliases && collections.contains(a.getAnchor())
            && ++count > MAX_ALIASES) {
          return ev.getStartMark();
        }
      }
    } catch (RuntimeException e) {
      // no place then: the message still says what went wrong
    }
    return null;
  }

  /** SnakeYAML's English for the problems people meet most, in the language asked. */
  private static String problem(String problem, Messages lang) {
    String p = firstLine(problem);
    if (p.contains("(TAB)")) {
      return lang.pick("这里不能用 Tab（制表符）", "a tab cannot be used here");
    }
    java.util.regex.Matcher m = FOUND_CHARACTER.matcher(p);
    if (p.contains("cannot start any token") && m.find()) {
      return lang.pick("值不能以「" + m.group(1) + "」开头", "a value cannot start with '" + m.group(1) + "'");
    }
    if (p.startsWith("expected <block end>")) {
      // a key indented less than the one above it and more than its own level's keys
      return lang.pick("这一行的缩进和上面的行对不上：它不在上一行之下，也没有和同一层的键左端对齐",
          "this line's indentation matches no level above: it is neither under the line before "
              + "nor aligned with the keys of its level");
    }
    return p;
  }

  /** The 1-based line and column of a character offset. */
  private static int[] lineColumn(String text, int offset) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return new int[] {line, col};
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /**
   * {@code 产出指标：} typed with the full-width colon of a Chinese keyboard, above a more indented
   * line: YAML reads it as text continued on the next line and fails there with "mapping values
   * are not allowed". Points at the line with the full-width colon and says what to type instead.
   */
  private static Diagnostic fullWidthColonKey(String file, String text, Mark m, String problem,
      Messages lang) {
    if (problem == null || !problem.contains("mapping values are not allowed")) {
      return null;
    }
    String[] lines = text.split("\n", -1);
    for (int i = m.getLine() - 1; i >= 0 && i < lines.length; i--) {
      String l = lines[i].replaceAll("\\s+#.*$", "").stripTrailing();
      if (l.isBlank() || l.stripLeading().startsWith("#")) {
        continue;
      }
      if (!l.endsWith("：")) {
        return null;
      }
      String key = l.strip().replaceFirst("^-\\s*", "");
      return Diagnostic.error(file, i + 1, l.length(), "yaml-syntax",
          lang.pick("「" + key + "」结尾是全角冒号「：」：YAML 把它当成文字，下面几行就放不进去",
              "'" + key + "' ends with the full-width colon '：': YAML reads it as text, so the "
                  + "lines under it have no place"),
          lang.pick("键后面用半角冒号：" + key.substring(0, key.length() - 1) + ":",
              "end a key with the ASCII colon: " + key.substring(0, key.length() - 1) + ":"));
    }
    return null;
  }

  private static String syntaxHint(String problem, Messages lang) {
    String p = problem == null ? "" : problem;
    if (p.contains("\\t") || p.contains("tab")) {
      return lang.pick("YAML 不允许用 Tab 缩进，请改用空格", "YAML does not allow tabs: indent with spaces");
    }
    if (p.contains("cannot start any token")) {
      java.util.regex.Matcher m = FOUND_CHARACTER.matcher(p);
      String c = m.find() ? m.group(1) : "%";
      if (c.equals(">") || c.equals("<")) {
        return lang.pick("以 " + c + " 开头的值要加引号；比较符请写成 ≥ 或 ≤（例如 type: ≥），或写成 type: \">=\"",
            "quote a value that starts with " + c + "; write comparisons as ≥ or ≤ (type: ≥), or type: \">=\"");
      }
      return lang.pick("以 " + c + " 开头的值要加引号，例如 unit: \"" + c + "\"",
          "quote a value that starts with " + c + ", e.g. unit: \"" + c + "\"");
    }
    if (p.contains("mapping values are not allowed")) {
      return lang.pick("值或指标名里含有“: ”（冒号加空格）时请给整段加上引号，例如 name: \"a: b\" 或 "
              + "\"其中: 新造林面积\": 30000；或照表写成不带空格的“:”“：”",
          "quote a value or indicator name that contains ': ', e.g. name: \"a: b\" or "
              + "\"of which: area\": 30000");
    }
    if (p.contains("quoted scalar") || p.contains("end of the stream")
        || p.contains("end of stream")) {
      return lang.pick("检查引号是否成对", "check that the quotes are paired");
    }
    if (p.startsWith("expected <block end>")) {
      return lang.pick("同一层的键从同一列开始（例如 数量指标: 和 质量指标: 对齐）；下一层比上一层多缩进两个空格",
          "start the keys of one level in the same column (数量指标: above 质量指标:); indent the "
              + "next level two spaces more");
    }
    return lang.pick("检查该行的缩进和冒号后的空格", "check the indentation and the space after the colon");
  }

  /** The lines of the text being converted (plain values written over several lines re-read them). */
  private static final ThreadLocal<String[]> SOURCE = new ThreadLocal<>();

  /** A number that starts a list item on a line of its own: 1、 2. （1） 一、 目标1： */
  private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile(
      "^(?:[0-9０-９]+[、.．)）]|[（(][0-9０-９一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、"
          + "|目标[0-9０-９]+[:：])");

  /**
   * A plain value written over several lines, as a clerk wraps a long Chinese text: YAML joins
   * the lines with a space, which a Chinese text has none of ({@code 资金，} / {@code 缓解…} is
   * {@code 资金，缓解…}), and a line that starts with its own number (1、 （2） 一、) starts a new line
   * on the form as it does in the file. Anything else is YAML's own folding, unchanged.
   */
  static String refold(String folded, Mark start, Mark end) {
    String[] src = SOURCE.get();
    if (src == null || end == null || end.getLine() <= start.getLine()
        || end.getLine() >= src.length) {
      return folded;
    }
    List<String> parts = new ArrayList<>();
    for (int i = start.getLine(); i <= end.getLine(); i++) {
      String l = src[i];
      int from = i == start.getLine() ? start.getColumn() : 0;
      int to = i == end.getLine() ? end.getColumn() : l.codePointCount(0, l.length());
      if (from > to || to > l.codePointCount(0, l.length())) {
        return folded;
      }
      l = l.substring(l.offsetByCodePoints(0, from), l.offsetByCodePoints(0, to));
      parts.add(l.replaceAll("^[ \\t]+|[ \\t\\r]+$", ""));
    }
    StringBuilder yaml = new StringBuilder(parts.get(0));
    StringBuilder chinese = new StringBuilder(parts.get(0));
    int blank = 0;
    for (String p : parts.subList(1, parts.size())) {
      if (p.isEmpty()) {
        blank++;
        continue;
      }
      if (blank > 0) {
        yaml.append("\n".repeat(blank));
        chinese.append("\n".repeat(blank));
      } else {
        yaml.append(' ');
        int last = chinese.length() == 0 ? ' ' : chinese.codePointBefore(chinese.length());
        if (LIST_ITEM.matcher(p).find()) {
          chinese.append('\n');
        } else if (!(wide(last) && wide(p.codePointAt(0)))) {
          chinese.append(' ');
        }
      }
      blank = 0;
      yaml.append(p);
      chinese.append(p);
    }
    // only where the lines read back are what YAML made of them (no escapes, no comments)
    return yaml.toString().equals(folded) ? chinese.toString() : folded;
  }

  /** A Chinese character or full-width punctuation, between which a text has no space. */
  private static boolean wide(int cp) {
    return cp >= 0x2E80 && cp <= 0xFFEF && !(cp >= 0xAC00 && cp <= 0xD7AF);
  }

  private static YNode convert(String file, Node node, List<Diagnostic> problems, int depth,
      Messages lang) {
    int line = node.getStartMark().getLine() + 1;
    int col = node.getStartMark().getColumn() + 1;
    if (node instanceof ScalarNode s) {
      boolean plain = s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
      String v = plain ? refold(s.getValue(), s.getStartMark(), s.getEndMark()) : s.getValue();
      boolean isNull = plain && (v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null")
          || v.equals("NULL"));
      checkTag(file, node, problems, lang);
      // a plain value's ends lose full-width and no-break spaces as YAML drops ASCII ones: a
      // trailing U+3000 pasted from Word made 常年性项目 a value off the list, 50.00 no amount
      String trimmed = plain ? stripSpaces(v) : v;
      String clean = ControlChars.removeFrom(trimmed);
      if (!clean.equals(trimmed)) {
        problems.add(ControlChars.escaped(file, line, col, v, lang));
      }
      if (clean.length() > MAX_VALUE_CHARS) {
        problems.add(tooLong(file, line, col, clean.length(), lang));
      }
      return new YNode.YScalar(isNull ? null : clean, !plain, line, col);
    }
    checkTag(file, node, problems, lang);
    if (node instanceof SequenceNode seq) {
      List<YNode> items = new ArrayList<>();
      for (Node n : seq.getValue()) {
        items.add(convert(file, n, problems, depth + 1, lang));
      }
      return new YNode.YList(items, line, col);
    }
    MappingNode map = (MappingNode) node;
    Map<String, YNode> entries = new LinkedHashMap<>();
    Map<String, YNode.YScalar> keys = new LinkedHashMap<>();
    String last = null;
    Node lastValue = null;
    for (NodeTuple t : map.getValue()) {
      if (lastValue != null && splitAmount(lastValue, t)) {
        // {amount: 1,326.26}: the flow mapping's comma cut the amount and made 326.26 a key with
        // no value; the comma is right after the digits, so the amount is what was written
        YNode.YScalar before = (YNode.YScalar) entries.get(last);
        String joined = before.text() + "," + ((ScalarNode) t.getKeyNode()).getValue();
        entries.put(last, new YNode.YScalar(joined, false, before.line(), before.column()));
        lastValue = new ScalarNode(lastValue.getTag(), joined, lastValue.getStartMark(),
            t.getKeyNode().getEndMark(), DumperOptions.ScalarStyle.PLAIN);
        continue;
      }
      lastValue = map.getFlowStyle() == DumperOptions.FlowStyle.FLOW ? t.getValueNode() : null;
      YNode k = convert(file, t.getKeyNode(), problems, depth + 1, lang);
      if (!(k instanceof YNode.YScalar ks) || ks.text() == null) {
        problems.add(Diagnostic.error(file, k.line(), k.column(), "yaml-key",
            lang.pick("键必须是一段文字", "a key must be text"),
            lang.pick("把键写成普通文字，例如 name:", "write the key as plain text, e.g. name:")));
        continue;
      }
      if (entries.containsKey(ks.text())) {
        YNode.YScalar first = keys.get(ks.text());
        problems.add(Diagnostic.error(file, ks.line(), ks.column(), "yaml-duplicate-key",
            lang.pick("重复的键「" + ks.text() + "」（第一次出现在第 " + first.line() + " 行）",
                "duplicate key '" + ks.text() + "' (first on line " + first.line() + ")"),
            lang.pick("同一层里每个键只能出现一次；合并两处内容或改名；表上确有两行同名的指标时写成列表：- "
                    + ks.text() + ": …",
                "a key appears once per level: merge the two or rename one; where the form prints "
                    + "two indicators of that name, write them as a list: - " + ks.text() + ": …")));
        continue;
      }
      keys.put(ks.text(), ks);
      entries.put(ks.text(), convert(file, t.getValueNode(), problems, depth + 1, lang));
      last = ks.text();
    }
    return new YNode.YMap(entries, keys, line, col);
  }

  /** {@code v} without the spaces of any width at its ends (U+3000, U+00A0, tabs, …). */
  static String stripSpaces(String v) {
    int a = 0;
    int b = v.length();
    while (a < b && isSpace(v.charAt(a))) {
      a++;
    }
    while (b > a && isSpace(v.charAt(b - 1))) {
      b--;
    }
    return v.substring(a, b);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Digits, as an amount starts before its first thousands comma (1, ￥1, -12, 1,234). */
  private static final java.util.regex.Pattern AMOUNT_HEAD =
      java.util.regex.Pattern.compile("[-+]?[￥¥]?\\d{1,3}(?:,\\d{3})*");
  /** Three digits and the decimals, as an amount goes on after a thousands comma. */
  private static final java.util.regex.Pattern AMOUNT_TAIL =
      java.util.regex.Pattern.compile("\\d{3}(?:\\.\\d+)?");

  /**
   * True when {@code t} is the rest of the amount {@code value} of the entry before it in a flow
   * mapping: a plain value of digits, a comma right after it (no space), then three digits as a
   * key with no value ({@code {amount: 1,326.26}}).
   */
  private static boolean splitAmount(Node value, NodeTuple t) {
    return value instanceof ScalarNode v && v.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
        && AMOUNT_HEAD.matcher(v.getValue()).matches()
        && t.getKeyNode() instanceof ScalarNode k && k.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
        && AMOUNT_TAIL.matcher(k.getValue()).matches()
        && k.getStartMark().getIndex() == v.getEndMark().getIndex() + 1
        && t.getValueNode() instanceof ScalarNode n && n.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
        && n.getValue().isEmpty();
  }

  private static Diagnostic tooLong(String file, int line, int col, int length, Messages lang) {
    return Diagnostic.error(file, line, col, "value-length",
        lang.pick("这个值有 " + length + " 个字符；表格的单元格最多 " + MAX_VALUE_CHARS + " 个字符（Excel 的上限）",
            "this value has " + length + " characters; a table cell holds at most "
                + MAX_VALUE_CHARS + " (Excel's limit)"),
        lang.pick("缩短这段文字；申报表的一格通常只需几百字", "shorten it; a cell of the form needs a few hundred characters"));
  }

  /** Explicit tags (!!python/object, !foo) could ask for objects: only standard data tags pass. */
  private static void checkTag(String file, Node node, List<Diagnostic> problems, Messages lang) {
    Tag tag = node.getTag();
    if (!PLAIN_TAGS.contains(tag)) {
      problems.add(Diagnostic.error(file, node.getStartMark().getLine() + 1,
          node.getStartMark().getColumn() + 1, "yaml-tag",
          lang.pick("不支持的 YAML 标签 ", "unsupported YAML tag ") + tag.getValue(),
          lang.pick("删除以 ! 开头的标签，只写普通的值", "delete the tag starting with !")));
    }
  }
}
