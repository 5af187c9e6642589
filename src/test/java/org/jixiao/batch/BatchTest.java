package org.jixiao.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
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

  /** A writer that throws {@code thrown} on its first {@code times} calls, then writes DOCX. */
  private static final class Throwing implements LayoutWriter {
    private final java.util.function.Supplier<Throwable> thrown;
    private int times;
    private final DocxLayoutWriter docx = new DocxLayoutWriter(WriteOptions.defaults());

    Throwing(int times, java.util.function.Supplier<Throwable> thrown) {
      this.times = times;
      this.thrown = thrown;
    }

    @Override
    public String format() {
      return "docx";
    }

    @Override
    public synchronized void write(Layout layout, OutputStream out) throws IOException {
      if (times-- > 0) {
        Throwable t = thrown.get();
        if (t instanceof Error e) {
          throw e;
        }
        throw (RuntimeException) t;
      }
      docx.write(layout, out);
    }
  }

  private static final Path ZENGDU = Samples.DATA.resolve("2025/曾都区医疗保障信息中心.yaml");

  private BatchSummary runTwo(LayoutWriter w, int jobs, Failures listener) {
    Batch batch = new Batch(Samples.renderer(w), new Batch.Settings(dir.resolve("out"),
        Samples.TEMPLATES, "o", jobs, false, false, true), listener);
    return batch.run(List.of(new UnitInput(Samples.guangshui(), "广水.yaml"),
        new UnitInput(ZENGDU, "曾都.yaml")));
  }

  @Test
  void aStackOverflowInOneUnitIsThatUnitsFailureAndTheBatchGoesOn() {
    Failures listener = new Failures();
    BatchSummary s = runTwo(new Throwing(1, StackOverflowError::new), 1, listener);
    assertEquals(List.of("广水.yaml too-deep"), listener.failed);
    assertEquals(1, s.failed());
    assertEquals(1, s.rendered(), "the next unit is rendered");
    assertTrue(Files.isRegularFile(dir.resolve("out/jixiao.manifest")), "the manifest is written");
    assertFalse(s.broken(), "exit 1, not 3: jixiao works for the other unit");
  }

  @Test
  void aLibrarysRuntimeExceptionIsAnInternalErrorOfThatUnitAskingForAReport() {
    Failures listener = new Failures();
    List<Diagnostic> seen = new ArrayList<>();
    BatchSummary s = runTwo(new Throwing(1, () -> new ArrayIndexOutOfBoundsException(7)), 1,
        new Failures() {
          @Override
          public void failed(String input, List<Diagnostic> diagnostics) {
            seen.addAll(diagnostics);
            super.failed(input, diagnostics);
          }
        });
    assertEquals(1, s.failed());
    assertEquals(1, s.rendered());
    assertEquals("internal", seen.get(0).rule());
    assertTrue(seen.get(0).message().contains("内部错误"), seen.get(0).message());
    assertTrue(seen.get(0).hint().contains("问题报告"), seen.get(0).hint());
  }

  @Test
  void jixiaoBrokenForEveryUnitIsExitThree() {
    BatchSummary s = runTwo(new Throwing(99, IllegalStateException::new), 1, new Failures());
    assertEquals(2, s.failed());
    assertTrue(s.broken());
  }

  @Test
  void aUnitThatRanOutOfMemoryBesideOthersIsTriedAgainAlone() {
    Failures listener = new Failures();
    BatchSummary s = runTwo(new Throwing(1, () -> new OutOfMemoryError("Java heap space")), 2,
        listener);
    assertEquals(List.of(), listener.failed);
    assertTrue(s.ok());
    assertEquals(2, s.rendered());
  }

  @Test
  void aUnitStillOutOfMemoryAloneSaysSoAndHowToGiveJavaMore() {
    Failures listener = new Failures();
    BatchSummary s = runTwo(new Throwing(2, () -> new OutOfMemoryError("Java heap space")), 2,
        listener);
    assertEquals(List.of("广水.yaml out-of-memory"), listener.failed);
    assertEquals(1, s.rendered());
  }

  /** A writer that notes how many units write at once, each write lasting a while. */
  private static final class Overlap implements LayoutWriter {
    final java.util.concurrent.atomic.AtomicInteger active = new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public String format() {
      return "docx";
    }

    @Override
    public void write(Layout layout, OutputStream out) throws IOException {
      most.accumulateAndGet(active.incrementAndGet(), Math::max);
      try {
        Thread.sleep(150);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        active.decrementAndGet();
      }
      out.write(1);
    }
  }

  /** Four units after the first (rendered alone to warm the libraries), on {@code jobs} threads. */
  private int mostAtOnce(int jobs, MemoryBudget budget) throws IOException {
    Overlap w = new Overlap();
    List<UnitInput> in = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Path f = dir.resolve("u" + i + ".yaml");
      Files.writeString(f, Files.readString(Samples.guangshui()).replace("name: 广水市医疗保障局",
          "name: 单位" + i));
      in.add(new UnitInput(f, "u" + i + ".yaml"));
    }
    Failures listener = new Failures();
    BatchSummary s = new Batch(Samples.renderer(w), new Batch.Settings(dir.resolve("out" + budget.fits(0)),
        Samples.TEMPLATES, "o", jobs, false, false, true), listener, () -> { }, budget).run(in);
    assertEquals(List.of(), listener.failed);
    assertEquals(5, s.rendered());
    return w.most.get();
  }

  @Test
  void d5UnitsRenderSideBySideOnlyAsFarAsTheHeapBudgetHoldsThem() throws IOException {
    long unit = MemoryBudget.cost(Files.size(Samples.guangshui()));
    assertEquals(1, mostAtOnce(4, new MemoryBudget(unit + unit / 2)),
        "a budget of one and a half units: one at a time, whatever --jobs says");
    assertTrue(mostAtOnce(4, new MemoryBudget(8 * unit)) > 1, "room for eight: side by side");
  }

  @Test
  void d5TheBudgetGrowsWithTheYamlSoALargeUnitRendersAlone() {
    MemoryBudget heap512 = new MemoryBudget((long) (512L * 1024 * 1024 * MemoryBudget.SHARE));
    assertTrue(heap512.fits(8 * 1024) >= 8, "sample-sized units: many at once in 512 MiB");
    assertEquals(1, heap512.fits(1_100_000), "10,000 indicators (1.1 MB): alone");
    assertTrue(heap512.fits(300_000) < heap512.fits(8 * 1024), "larger units, fewer at once");
  }

  /**
   * A writer of an imagined format that embeds the fonts it is given, and one that embeds none:
   * only the writer knows whether its files change with the machine's fonts, not its extension.
   */
  private static final class Embedding implements LayoutWriter {
    private final String format;
    volatile String fonts;

    Embedding(String format, String fonts) {
      this.format = format;
      this.fonts = fonts;
    }

    @Override
    public String format() {
      return format;
    }

    @Override
    public void write(Layout layout, OutputStream out) throws IOException {
      out.write((layout.title() + fonts).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public String fonts() {
      return fonts;
    }
  }

  @Test
  void checkAsksTheWriterWhetherAFileDiffersByItsFontsNotTheExtension() {
    Embedding fancy = new Embedding("fancy", "SimSun, SimHei");
    Embedding flat = new Embedding("pdf", "");
    Batch.Settings write = new Batch.Settings(dir.resolve("out"), Samples.TEMPLATES, "o", 1, false,
        false, true);
    List<UnitInput> one = List.of(new UnitInput(ZENGDU, "曾都.yaml"));
    new Batch(Samples.renderer(fancy, flat), write, new Failures()).run(one);
    fancy.fonts = "NotoSerifCJKsc-Regular, NotoSansCJKsc-Bold";
    flat.fonts = "";
    List<String> seen = new ArrayList<>();
    Batch.Settings check = new Batch.Settings(dir.resolve("out"), Samples.TEMPLATES, "o", 1, true,
        false, true);
    new Batch(Samples.renderer(fancy, flat), check, new Failures() {
      @Override
      public void mismatch(Path file, boolean missing, String fontsBefore, String fontsNow) {
        String name = file.getFileName().toString();
        seen.add(name.substring(name.lastIndexOf('.')) + " " + fontsBefore + " -> " + fontsNow);
      }
    }).run(one);
    assertEquals(List.of(".fancy SimSun, SimHei -> NotoSerifCJKsc-Regular, NotoSansCJKsc-Bold",
        ".fancy SimSun, SimHei -> NotoSerifCJKsc-Regular, NotoSansCJKsc-Bold"), seen,
        "the .fancy files differ by their fonts; the .pdf, whose writer embeds none, is the same");
  }

  private static class Failures implements BatchListener {
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
    public void mismatch(Path file, boolean missing, String fontsBefore, String fontsNow) {}

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
}
