package org.jixiao.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir
  Path dir;

  @Test
  void writeReplacesTheFileWholeAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("2025/单位/表.docx");
    AtomicFiles.write(target, "old".getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));
    assertArrayEquals("new".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
    try (Stream<Path> s = Files.list(target.getParent())) {
      assertEquals(1, s.count());
    }
  }

  @Test
  void aWrittenFormHasThePermissionsOfAnyNewFileNotOwnerOnly() throws IOException {
    assumeFalse(System.getProperty("os.name").startsWith("Windows"), "POSIX permissions");
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path target = dir.resolve("表.pdf");
    AtomicFiles.write(target, new byte[] {1});
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
  }

  @Test
  void aFolderThatCannotBeWrittenGivesOneDiagnosticNamingTheFile() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
    Path ro = Files.createDirectories(dir.resolve("ro"));
    assertTrue(ro.toFile().setWritable(false));
    try {
      JixiaoException e = assertThrows(JixiaoException.class,
          () -> AtomicFiles.write(ro.resolve("表.pdf"), new byte[] {1}));
      Diagnostic d = e.diagnostics().get(0);
      assertEquals("output-write", d.rule());
      assertTrue(d.file().endsWith("表.pdf"), d.file());
    } finally {
      ro.toFile().setWritable(true);
    }
  }

  @Test
  void aTargetThatIsAFolderGivesOneDiagnosticNamingTheFile() throws IOException {
    Path target = Files.createDirectories(dir.resolve("表.xlsx"));
    Files.writeString(target.resolve("inside"), "x");
    JixiaoException e = assertThrows(JixiaoException.class,
        () -> AtomicFiles.write(target, new byte[] {1}));
    assertEquals("output-write", e.diagnostics().get(0).rule());
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(1, s.count(), "the temporary file is removed after a failed rename");
    }
  }

  @Test
  void sweepRemovesFilesOfDeadRunsAndSparesThoseOfLiveOnes() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    Path dead = Files.writeString(dir.resolve(".jixiao-" + p.pid() + "-123.tmp"), "x");
    Path legacy = Files.writeString(dir.resolve(".jixiao-123.tmp"), "x");
    Path live = Files.writeString(
        dir.resolve(".jixiao-" + ProcessHandle.current().pid() + "-456.tmp"), "x");
    Path output = Files.writeString(dir.resolve("部门整体绩效目标申报表.pdf"), "x");
    AtomicFiles.sweep(dir);
    assertFalse(Files.exists(dead));
    assertFalse(Files.exists(legacy));
    assertTrue(Files.exists(live));
    assertTrue(Files.exists(output));
  }

  @Test
  @SuppressWarnings("try")
  void d13ASweepSparesTheTemporariesOfALiveRunWhateverItsProcessIdAndRemovesADeadRunsOnes()
      throws Exception {
    // a live run in another PID namespace: its id means nothing here, its lock does
    Path liveLock = dir.resolve(".jixiao-livex-run.tmp");
    Path live = Files.writeString(dir.resolve(".jixiao-livex-1.tmp"), "x");
    Path deadLock = Files.writeString(dir.resolve(".jixiao-deadx-run.tmp"), "");
    Path dead = Files.writeString(Files.createDirectories(dir.resolve("2025/u"))
        .resolve(".jixiao-deadx-2.tmp"), "x");
    // a run killed as PID 1 (older naming): PID 1 is always alive, its file is not fresh
    Path pid1 = Files.writeString(dir.resolve(".jixiao-1-3.tmp"), "x");
    Files.setLastModifiedTime(pid1, java.nio.file.attribute.FileTime.fromMillis(0));
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(liveLock,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock l = ch.lock()) {
      AtomicFiles.sweep(dir);
      assertTrue(Files.exists(live), "a live run's temporary is kept");
      assertTrue(Files.exists(liveLock));
    }
    assertFalse(Files.exists(dead));
    assertFalse(Files.exists(deadLock));
    assertFalse(Files.exists(pid1));
  }

  @Test
  @SuppressWarnings("try")
  void aRunHoldsItsLockUntilClosedAndLeavesNothing() throws Exception {
    try (java.io.Closeable h = AtomicFiles.hold(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        assertEquals(1, s.filter(p -> p.getFileName().toString().endsWith("-run.tmp")).count());
      }
      AtomicFiles.write(dir.resolve("a.docx"), new byte[] {1});
      AtomicFiles.sweep(dir);
      assertTrue(Files.isRegularFile(dir.resolve("a.docx")));
    }
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(List.of("a.docx"), s.map(p -> p.getFileName().toString()).toList());
    }
  }
}
