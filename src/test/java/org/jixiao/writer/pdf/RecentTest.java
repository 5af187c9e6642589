package org.jixiao.writer.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jixiao.layout.Layout;
import org.jixiao.writer.LayoutWriter;
import org.jixiao.writer.WriteOptions;
import org.jixiao.writer.ofd.OfdLayoutWriter;
import org.junit.jupiter.api.Test;

/**
 * With PDF and OFD both asked for, a form is typeset once and its font subsets cut once, and
 * neither file changes by a byte for it.
 */
class RecentTest {
  private static final WriteOptions OPTIONS = WriteOptions.defaults();

  private static byte[] write(LayoutWriter w, Layout layout) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(layout, out);
    return out.toByteArray();
  }

  /** What {@code w} writes on a thread of its own, where nothing was written before. */
  private static byte[] alone(LayoutWriter w, Layout layout) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return write(w, layout);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, r -> new Thread(r).start()).join();
  }

  @Test
  void aSubsetCutForOneWriterIsTakenByTheNextForTheSameCharacters() {
    PdfFonts fonts = system();
    Face body = fonts.body();
    Set<Integer> chars = Set.of((int) '绩', (int) '效', (int) '1');
    com.lowagie.text.pdf.BaseFont cut = fonts.subset(body, chars);
    assertSame(cut, system().subset(body, new java.util.TreeSet<>(chars)),
        "the OFD writer's plain PDF takes the PDF writer's subset");
    assertNotSame(cut, fonts.subset(body, Set.of((int) '绩')), "other characters, another subset");
  }

  @Test
  void thePlainPdfOfAFormIsTypesetOnceForPdfAndOfd() throws IOException {
    Layout form = Samples.form(40);
    byte[] pdf = write(new PdfLayoutWriter(system(), OPTIONS, PdfProfile.PLAIN), form);
    assertArrayEquals(pdf, Recent.plain(form, system(), OPTIONS),
        "the OFD writer, with fonts of its own finding, is given the PDF writer's pages");
    assertNull(Recent.plain(Samples.form(40), system(), OPTIONS),
        "an equal layout is another form: only this very one is shared");
  }

  @Test
  void pdfAndOfdWrittenOneAfterTheOtherAreTheBytesEachWritesAlone() throws IOException {
    Layout form = Samples.form(60);
    for (PdfProfile profile : PdfProfile.values()) {
      LayoutWriter pdf = new PdfLayoutWriter(system(), OPTIONS, profile);
      LayoutWriter ofd = new OfdLayoutWriter(system(), OPTIONS);
      byte[] pdfAlone = alone(pdf, form);
      byte[] ofdAlone = alone(ofd, form);
      assertArrayEquals(pdfAlone, write(pdf, form), profile + " PDF");
      assertArrayEquals(ofdAlone, write(ofd, form), "OFD after a " + profile + " PDF");
    }
  }

  /** The machine's fonts, as a render finds them; skips the test on a machine with no Chinese font. */
  private static PdfFonts system() {
    try {
      return PdfFonts.find(List.of());
    } catch (org.jixiao.diag.JixiaoException e) {
      return org.junit.jupiter.api.Assumptions.abort("no Chinese font installed: " + e.getMessage());
    }
  }
}
