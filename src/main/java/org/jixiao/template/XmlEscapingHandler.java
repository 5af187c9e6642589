package org.jixiao.template;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escapes every value a template inserts, so data can never become markup. Set on the engine,
 * not the context: a template cannot remove it.
 */
public final class XmlEscapingHandler implements ReferenceInsertionEventHandler {
  @Override
  public Object referenceInsert(Context context, String reference, Object value) {
    if (value == null) {
      return null;
    }
    // a #define block past Velocity's depth limit renders as null
    String s = value.toString();
    if (s == null) {
      return null;
    }
    Limits.chars(s.length());
    return escape(s);
  }

  /** XML-escapes {@code s} and drops the characters XML 1.0 does not allow at all. */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        default -> {
          if (isXmlChar(cp)) {
            sb.appendCodePoint(cp);
          }
        }
      }
    }
    return sb.toString();
  }

  public static boolean isXmlChar(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
