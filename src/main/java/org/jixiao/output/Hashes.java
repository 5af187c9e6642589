package org.jixiao.output;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The content hashes the manifest stores: SHA-256 for inputs, CRC-32C for outputs, as hex. */
public final class Hashes {
  private Hashes() {}

  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  public static String sha256(String text) {
    return sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** CRC-32C as 8 hex digits: a fast checksum (hardware-assisted) for large outputs. */
  public static String crc32c(byte[] bytes) {
    java.util.zip.CRC32C c = new java.util.zip.CRC32C();
    c.update(bytes);
    return String.format(java.util.Locale.ROOT, "%08x", c.getValue());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
