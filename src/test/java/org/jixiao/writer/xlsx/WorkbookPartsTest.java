package org.jixiao.writer.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.jixiao.layout.LayoutReader;
import org.jixiao.render.Renderer;
import org.jixiao.render.Samples;
import org.jixiao.writer.WriteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The XLSX writer takes the parts alike for every form once per run from POI's save
 * ({@link WorkbookParts}): each form's file must be, byte for byte, what POI's save of the whole
 * package gave, so a cached part that stops being what POI writes for a form fails here.
 */
class WorkbookPartsTest {
  static Stream<Arguments> forms() {
    Renderer r = Samples.renderer();
    List<Path> files = new ArrayList<>(Samples.files());
    try (Stream<Path> real = Files.list(Path.of("src/test/resources/real"))) {
      real.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Arguments> out = new ArrayList<>();
    for (Path file : files) {
      for (Renderer.FormXml f : r.layouts(Samples.load(r, file))) {
        out.add(Arguments.of(file.getFileName().toString(), f.name(), f.xml()));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("forms")
  void eachFormIsWhatPoisSaveOfTheWholePackageGives(String unit, String form, String xml)
      throws IOException {
    var layout = LayoutReader.read(xml);
    for (WriteOptions options : List.of(WriteOptions.defaults(),
        new WriteOptions(Instant.parse("2024-03-01T08:00:00Z"), true))) {
      XlsxLayoutWriter writer = new XlsxLayoutWriter(options);
      ByteArrayOutputStream whole = new ByteArrayOutputStream();
      writer.write(layout, whole, (book, known) -> WorkbookParts.whole(book));
      ByteArrayOutputStream parts = new ByteArrayOutputStream();
      writer.write(layout, parts, (book, known) -> {
        // the form has the skeleton's shape: its constant parts are the cached ones, not saved again
        assertEquals(WorkbookParts.skeletonShape(), WorkbookParts.shape(book.getPackage()));
        return WorkbookParts.of(book);
      });
      assertArrayEquals(whole.toByteArray(), parts.toByteArray(), unit + " " + form);
      ByteArrayOutputStream normal = new ByteArrayOutputStream();
      writer.write(layout, normal);
      assertArrayEquals(whole.toByteArray(), normal.toByteArray(), unit + " " + form);
      // written once, its styles part is known: not committed again, taken as POI committed it
      ByteArrayOutputStream again = new ByteArrayOutputStream();
      writer.write(layout, again, (book, known) -> {
        assertEquals(List.of(book.getStylesSource().getPackagePart()), List.copyOf(known.keySet()));
        return WorkbookParts.of(book, known);
      });
      assertArrayEquals(whole.toByteArray(), again.toByteArray(), unit + " " + form);
    }
  }

  @Test
  void theConstantPartsAreTheOnesNoFormChanges() throws IOException {
    assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "docProps/app.xml",
        "xl/_rels/workbook.xml.rels"), List.copyOf(WorkbookParts.constantNames()));
  }

  /** A workbook of another shape (a second sheet) is saved whole by POI, not from the skeleton. */
  @Test
  void aWorkbookOfAnotherShapeIsSavedWhole() throws IOException {
    Map<String, byte[]> fast = twoSheets(true);
    Map<String, byte[]> whole = twoSheets(false);
    assertEquals(whole.keySet(), fast.keySet());
    for (String name : whole.keySet()) {
      byte[] w = whole.get(name);
      byte[] f = fast.get(name);
      assertArrayEquals(w, f, name);
    }
    assertNotEquals(new String(whole.get("[Content_Types].xml"), StandardCharsets.UTF_8),
        new String(WorkbookParts.skeletonPart("[Content_Types].xml"), StandardCharsets.UTF_8));
  }

  private static Map<String, byte[]> twoSheets(boolean fast) throws IOException {
    WorkbookParts.Workbook book = new WorkbookParts.Workbook();
    DeferredSXSSFWorkbook wb = new DeferredSXSSFWorkbook(book, -1);
    try {
      wb.createSheet("一");
      wb.createSheet("二");
      book.getProperties().getCoreProperties().setTitle("二页");
      book.getProperties().getCoreProperties().setCreated(java.util.Optional.empty());
      return fast ? WorkbookParts.of(book) : WorkbookParts.whole(book);
    } finally {
      book.getPackage().revert();
    }
  }
}
