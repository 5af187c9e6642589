package org.jixiao.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.layout.Layout;
import org.jixiao.render.Samples;
import org.jixiao.writer.LayoutWriter;
import org.jixiao.writer.WriteOptions;
import org.jixiao.writer.docx.DocxLayoutWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A unit is written whole or not at all. */
class BatchTest {
  @TempDir
  Path dir;

  /** A PDF writer whose font cannot be found, as with a missing font file in jixiao.yaml. */
  private static final class NoFontWriter implements LayoutWriter {
    @Override
    public String format() {
      return "pdf";
    }

    @Override
    public void write(Layout layout, OutputStream out) throws IOException {
      throw new JixiaoException(Diagnostic.error("jixiao.yaml", 0, 0, "pdf-font", "找不到字体", ""));
    }
  }

  private static final class Failures implements BatchListener {
    final List<String> failed = new ArrayList<>();

    @Override
    public void started(int units) {}

    @Override
    public void warned(String input, List<Diagnostic> warnings) {}

    @Override
    public void rendered(String input, Path folder, int files) {}

    @Override
    public void skipped(String input) {}

    @Override
    public void failed(String input, List<Diagnostic> diagnostics) {
      failed.add(input + " " + diagnostics.get(0).rule());
    }

    @Override
    public void mismatch(Path file, boolean missing) {}

    @Override
    public void extra(Path file) {}

    @Override
    public void finished(BatchSummary summary) {}
  }

  @Test
  void aUnitWhosePdfFailsWritesNeitherItsDocxNorAFolder() {
    Path out = dir.resolve("out");
    Failures listener = new Failures();
    Batch batch = new Batch(Samples.renderer(new DocxLayoutWriter(WriteOptions.defaults()),
        new NoFontWriter()), new Batch.Settings(out, Samples.TEMPLATES, "o", 1, false, false, true),
        listener);
    BatchSummary s = batch.run(List.of(new UnitInput(Samples.guangshui(), "广水.yaml")));
    assertFalse(s.ok());
    assertEquals(0, s.files());
    assertEquals(List.of("广水.yaml pdf-font"), listener.failed);
    assertFalse(Files.exists(out.resolve("2025")), "no folder for a unit that failed");
  }

  @Test
  void aManifestThatCannotBeWrittenIsAFailureNotACrash() throws IOException {
    Path out = dir.resolve("out");
    // a non-empty folder where the manifest goes: it cannot be replaced, even by root
    Files.createDirectories(out.resolve("jixiao.manifest"));
    Files.writeString(out.resolve("jixiao.manifest/x"), "");
    Failures listener = new Failures();
    Batch batch = new Batch(Samples.renderer(new DocxLayoutWriter(WriteOptions.defaults())),
        new Batch.Settings(out, Samples.TEMPLATES, "o", 1, false, false, true), listener);
    BatchSummary s = batch.run(List.of(new UnitInput(Samples.guangshui(), "广水.yaml")));
    assertFalse(s.ok());
    assertEquals(List.of("jixiao.manifest output-write"), listener.failed);
    assertEquals(0, s.failed(), "the unit itself was rendered");
    assertFalse(s.manifestSaved());
    assertTrue(Files.isRegularFile(out.resolve("2025/广水市医疗保障局/部门整体绩效目标申报表.docx")));
  }

  /**
   * Under LANG=C Java cannot encode Chinese file names: each unit gets one diagnostic saying to
   * use a UTF-8 locale, and the batch goes on (a child JVM, as the locale is read at start-up).
   */
  @Test
  void underANonUtf8LocaleEachUnitFailsWithOneMessageNotACrash() throws Exception {
    Path data = dir.resolve("data");
    for (String name : List.of("2025/广水市医疗保障局.yaml", "2025/曾都区医疗保障信息中心.yaml")) {
      Path to = data.resolve(name);
      Files.createDirectories(to.getParent());
      Files.copy(Samples.DATA.resolve(name), to);
    }
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
        org.jixiao.cli.Main.class.getName(), "render", "--all", "--data", data.toString(),
        "--templates", Samples.TEMPLATES.toString(), "--out", dir.resolve("out").toString(),
        "--format", "docx", "--jobs", "1");
    pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
    pb.environment().put("LANG", "C");
    pb.environment().put("LC_ALL", "C");
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, p.waitFor(), err);
    assertFalse(err.contains("内部错误"), err);
    assertEquals(2, err.lines().filter(l -> l.contains(": error[locale]: ")).count(), err);
    assertTrue(err.contains("无法表示「广水市医疗保障局」"), err);
    assertTrue(err.contains("LANG=C.UTF-8"), err);
    assertTrue(out.contains("rendered 0 of 2 units"), out);
  }
}
