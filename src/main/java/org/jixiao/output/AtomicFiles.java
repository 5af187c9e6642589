package org.jixiao.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.stream.Stream;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;

/**
 * Writes each output to a temporary file beside it and renames it into place, so a reader (or a
 * render killed with kill -9) only ever sees the old complete file or the new complete file.
 * Temporary files are hidden ({@code .jixiao-<pid>-*.tmp}) and swept by the next run; the pid in
 * the name lets a sweep spare the files of a render still running in another process.
 */
public final class AtomicFiles {
  static final String TMP_PREFIX = ".jixiao-";
  static final String TMP_SUFFIX = ".tmp";
  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  public static void write(Path target, byte[] bytes) {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = newTemporary(dir);
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
          OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
        out.write(bytes);
        out.flush();
        ch.force(true);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new JixiaoException(Diagnostic.error(target.toString(), 0, 0, "output-write",
          "无法写入输出文件：" + cause(e), hint(e)), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the next run sweeps it
        }
      }
    }
  }

  /**
   * Writes a unit's files together: each to a temporary beside it first, and only when all are
   * complete are they renamed into place. A full disk or any other failure leaves every
   * previous file as it was, no temporary and no folder this call made.
   */
  public static void writeAll(java.util.Map<Path, byte[]> files) {
    java.util.List<Path> made = new java.util.ArrayList<>();
    java.util.Map<Path, Path> temps = new java.util.LinkedHashMap<>();
    Path current = null;
    try {
      for (var f : files.entrySet()) {
        current = f.getKey();
        Path dir = current.toAbsolutePath().getParent();
        makeDirectories(dir, made);
        Path tmp = newTemporary(dir);
        temps.put(current, tmp);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
            OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
          out.write(f.getValue());
          out.flush();
          ch.force(true);
        }
      }
      for (Path target : temps.keySet()) {
        current = target;
        if (Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          // a rename onto it would fail after others were done: fail before any
          throw new FileSystemException(target.toString(), null, "同名的文件夹占着这个位置");
        }
      }
      for (var t : temps.entrySet()) {
        current = t.getKey();
        try {
          Files.move(t.getValue(), current, StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(t.getValue(), current, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      temps.clear();
    } catch (IOException e) {
      throw new JixiaoException(Diagnostic.error(String.valueOf(current), 0, 0, "output-write",
          "无法写入输出文件：" + cause(e) + "；这个单位的文件都保持原样", hint(e)), e);
    } finally {
      for (Path tmp : temps.values()) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the next run sweeps it
        }
      }
      if (!temps.isEmpty()) {
        for (int i = made.size() - 1; i >= 0; i--) {
          try {
            Files.deleteIfExists(made.get(i));
          } catch (IOException ignored) {
            // not empty: another unit's, or a user's file
          }
        }
      }
    }
  }

  /** {@code Files.createDirectories}, recording each folder it made, outermost first. */
  private static void makeDirectories(Path dir, java.util.List<Path> made) throws IOException {
    java.util.Deque<Path> missing = new java.util.ArrayDeque<>();
    for (Path p = dir; p != null && !Files.isDirectory(p); p = p.getParent()) {
      missing.push(p);
    }
    for (Path p : missing) {
      try {
        Files.createDirectory(p);
        made.add(p);
      } catch (FileAlreadyExistsException e) {
        if (!Files.isDirectory(p)) {
          throw e;
        }
      }
    }
  }

  /**
   * A new empty temporary file in {@code dir}, made with the process's umask: not
   * {@code Files.createTempFile}, whose owner-only permissions (600) the form would keep after
   * the rename, unreadable to colleagues and web servers that read the shared output folder.
   */
  private static Path newTemporary(Path dir) throws IOException {
    String prefix = TMP_PREFIX + ProcessHandle.current().pid() + "-";
    while (true) {
      Path tmp = dir.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36) + TMP_SUFFIX);
      try {
        Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return tmp;
      } catch (FileAlreadyExistsException e) {
        // another thread drew the same name: draw again
      }
    }
  }

  private static String cause(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "没有写入权限";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String hint(IOException e) {
    return e instanceof AccessDeniedException
        ? "检查输出文件夹是否只读，或该文件是否正在 Word/WPS/Excel 中打开（关闭后重试）"
        : "检查磁盘空间和输出文件夹（--out）";
  }

  /** Removes temporary files that runs no longer alive (killed, crashed) left under {@code root}. */
  public static void sweep(Path root) {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(p -> isOrphan(p.getFileName().toString())).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // another run may own it
        }
      });
    } catch (IOException | java.io.UncheckedIOException ignored) {
      // nothing to sweep, or the tree changed while it was walked
    }
  }

  /** Whether {@code name} is one of our temporary files whose writer is no longer running. */
  static boolean isOrphan(String name) {
    if (!name.startsWith(TMP_PREFIX) || !name.endsWith(TMP_SUFFIX)) {
      return false;
    }
    String rest = name.substring(TMP_PREFIX.length());
    int dash = rest.indexOf('-');
    long pid;
    try {
      pid = dash > 0 ? Long.parseLong(rest.substring(0, dash)) : -1;
    } catch (NumberFormatException e) {
      pid = -1;
    }
    return pid < 0 || ProcessHandle.of(pid).map(ph -> !ph.isAlive()).orElse(true);
  }
}
