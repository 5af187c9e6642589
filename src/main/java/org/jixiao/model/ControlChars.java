package org.jixiao.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.diag.Messages;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Control characters in a declaration: the ones YAML cannot read (C0 but tab and line breaks,
 * DEL, C1, U+FFFE, U+FFFF; NEL too, which YAML 1.1 would take for a line break in mid-value).
 * XML 1.0 forbids most of them, so a document holding one is refused by Word. They are invisible, usually pasted from other software, and never meant:
 * jixiao removes them and warns once per line, so the user can clean the file.
 */
final class ControlChars {
  /** Lines reported one by one; after that, one warning counts the rest. */
  static final int MAX_LINES = 10;
  private static final char NEL = '\u0085';

  private ControlChars() {}

  /**
   * Zero-width characters pasted with text from web pages and Word (U+200B space, U+200C/D
   * joiners, U+2060 word joiner, U+FEFF, a byte-order mark not at the start of the file): never
   * meant in a form, and a key or name holding one no longer matches what it looks like
   * ({@code layout} with a U+FEFF was an unknown key).
   */
  private static boolean zeroWidth(int cp) {
    return cp >= 0x200B && cp <= 0x200D || cp == 0x2060 || cp == 0xFEFF;
  }

  /** Whether {@code cp} is one of the characters removed. */
  static boolean removed(int cp) {
    return cp == NEL || zeroWidth(cp) || !StreamReader.isPrintable(cp);
  }

  private static boolean clean(String s) {
    return StreamReader.isPrintable(s) && s.indexOf(NEL) < 0
        && s.codePoints().noneMatch(ControlChars::zeroWidth);
  }

  /** {@code s} without the characters YAML and XML refuse. */
  static String removeFrom(String s) {
    if (clean(s)) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().filter(cp -> !removed(cp)).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /**
   * {@code text} without its raw control characters; one warning per line that held some (at
   * its first), up to {@link #MAX_LINES}. A file that is mostly NULs is UTF-16, and refused.
   */
  static String strip(String file, String text, Messages lang, List<Diagnostic> warnings) {
    if (clean(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    List<Diagnostic> found = new ArrayList<>();
    int line = 1;
    int col = 1;
    int nuls = 0;
    int linesHit = 0;
    int lineFirstCol = 0;
    List<Integer> lineChars = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (removed(cp)) {
        nuls += cp == 0 ? 1 : 0;
        if (lineChars.isEmpty()) {
          lineFirstCol = col;
        }
        lineChars.add(cp);
        col++;
        continue;
      }
      if (cp == '\n') {
        linesHit += report(file, line, lineFirstCol, lineChars, lang, found, linesHit);
        line++;
        col = 1;
      } else {
        col++;
      }
      out.appendCodePoint(cp);
    }
    linesHit += report(file, line, lineFirstCol, lineChars, lang, found, linesHit);
    if (nuls * 10L > text.length()) {
      throw new JixiaoException(Diagnostic.error(file, 1, 1, "yaml-encoding",
          lang.pick("文件像是 UTF-16 编码（每个字符之间都有 NUL 字节）",
              "the file looks like UTF-16 (a NUL byte between characters)"),
          lang.pick("用编辑器“另存为”并选择 UTF-8 编码", "save it again as UTF-8")));
    }
    if (linesHit > MAX_LINES + 1) {
      // the count stands at the first line not reported on its own
      Diagnostic last = found.get(found.size() - 1);
      found.remove(found.size() - 1);
      found.add(Diagnostic.warning(file, last.line(), last.column(), "control-char",
          String.format(Locale.ROOT, lang.pick("另有 %d 行含有控制字符，也已删除",
              "%d more lines held control characters, also removed"), linesHit - MAX_LINES),
          lang.pick("用编辑器的“显示不可见字符”找出并删除它们", "show invisible characters in your editor to find them")));
    }
    warnings.addAll(found);
    return out.toString();
  }

  /**
   * Adds the warning for one line's characters, if any (for the line after the last one reported,
   * a placeholder the count replaces); returns 1 if the line had some.
   */
  private static int report(String file, int line, int col, List<Integer> chars, Messages lang,
      List<Diagnostic> found, int linesBefore) {
    if (chars.isEmpty()) {
      return 0;
    }
    if (linesBefore <= MAX_LINES) {
      boolean zeroWidth = chars.stream().allMatch(ControlChars::zeroWidth);
      String what = zeroWidth
          ? lang.pick("删除了不可见的零宽字符 ", "removed the invisible zero-width character(s) ")
          : lang.pick("删除了不可见的控制字符 ", "removed the invisible control character(s) ");
      String why = zeroWidth
          ? lang.pick("（多半是从网页或 Word 复制来的；留着会让名称和它看上去的样子对不上）",
              " (usually pasted from a web page or Word; a name holding one does not match what it looks like)")
          : lang.pick("（XML 不允许它们，Word 会拒绝打开含有它们的文件）", " (XML forbids them; Word would refuse the file)");
      String fix = lang.pick("输出中已删除；请也在文件中删除，这个警告就会消失", "they are left out of the forms; delete them from the file too")
          + (zeroWidth ? "" : lang.pick("（多半是从其他软件复制来的）", " (usually pasted from elsewhere)"));
      found.add(Diagnostic.warning(file, line, col, "control-char", what + names(chars) + why, fix));
    }
    chars.clear();
    return 1;
  }

  /** The warning for a quoted value whose escapes ({@code "\x01"}) give control characters. */
  static Diagnostic escaped(String file, int line, int col, String value, Messages lang) {
    List<Integer> chars = value.codePoints().filter(ControlChars::removed).boxed().toList();
    return Diagnostic.warning(file, line, col, "control-char",
        lang.pick("值里的转义写出了控制字符 ", "the value's escapes give the control character(s) ")
            + names(chars) + lang.pick("，已删除（XML 不允许它们，Word 会拒绝打开含有它们的文件）",
            ", removed (XML forbids them; Word would refuse the file)"),
        lang.pick("删除值里的 \\x.. 或 \\u.. 转义", "delete the \\x.. or \\u.. escape from the value"));
  }

  private static String names(List<Integer> chars) {
    List<String> names = chars.stream().distinct().limit(5)
        .map(cp -> String.format(Locale.ROOT, "U+%04X", cp)).toList();
    return String.join(", ", names) + (chars.stream().distinct().count() > 5 ? ", …" : "");
  }
}
