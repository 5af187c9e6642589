package org.jixiao.writer.pdf;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.FinalText;
import com.lowagie.text.pdf.parser.ParsedText;
import com.lowagie.text.pdf.parser.ParsedTextImpl;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.lowagie.text.pdf.parser.TextAssembler;
import com.lowagie.text.pdf.parser.Word;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Test helper: the pieces of text on a PDF page with where they start (x, y in points, y up). */
record PlacedText(String text, float x, float y) {
  static List<PlacedText> onPage(byte[] pdf, int page) {
    Collector c = new Collector();
    try {
      new PdfTextExtractor(new PdfReader(pdf), c).getTextFromPage(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return c.out;
  }

  /** Records each word the extractor parses; it assembles nothing. */
  private static final class Collector implements TextAssembler {
    private final List<PlacedText> out = new ArrayList<>();

    @Override
    public void process(ParsedText p, String id) {
      for (Word w : p.getAsPartialWords()) {
        out.add(new PlacedText(w.getText(), w.getStartPoint().get(0), w.getStartPoint().get(1)));
      }
    }

    @Override
    public void process(Word w, String id) {}

    @Override
    public void process(FinalText t, String id) {}

    @Override
    public void renderText(FinalText t) {}

    @Override
    public void renderText(ParsedTextImpl p) {}

    @Override
    public FinalText endParsingContext(String context) {
      return new FinalText("");
    }

    @Override
    public String getWordId() {
      return "w";
    }

    @Override
    public void setPage(int page) {}

    @Override
    public void reset() {}
  }
}
