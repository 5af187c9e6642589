package org.jixiao.diag;

/** The language of messages: Chinese by default, English on request; rule ids stay English. */
public enum Messages {
  ZH, EN;

  /** The text in this language. */
  public String pick(String zh, String en) {
    return this == EN ? en : zh;
  }

  /** zh or en; anything else is null so the CLI can call it a usage error. */
  public static Messages of(String code) {
    return switch (code) {
      case "zh" -> ZH;
      case "en" -> EN;
      default -> null;
    };
  }
}
