package org.jixiao.writer.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BidiLine;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfLine;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import java.util.ArrayList;
import java.util.List;

/**
 * A text cell's lines as OpenPDF broke them when it measured the cell, kept so that drawing the
 * cell writes those lines instead of breaking the text again. OpenPDF lays a cell out once to
 * measure it ({@code PdfPCell.getMaxHeight}, a simulated {@code ColumnText.go}) and again, from
 * the start, to draw it; the line breaks depend only on the text, the fonts and the column
 * width, so at the same width the second layout finds the same lines.
 *
 * <p>What is kept is the column's conversation with its {@link BidiLine}: every
 * {@code isEmpty} answer and every line {@code processLine} gave, in order. Drawing runs
 * OpenPDF's own {@code ColumnText.go} (positions, leading, ascender, writing each line) with a
 * {@code BidiLine} that gives those answers back, so the content stream is the same byte for
 * byte. Only when the drawing column is exactly as wide as the measuring one (a float compare);
 * else the cell is laid out again as before. The lines are only read when written
 * ({@code PdfDocument.writeLineToContent} changes neither lines nor chunks), so a cell drawn
 * on several pages (a repeated head) may write them more than once.
 */
final class CellLines {
  /** The step {@code processLine} answered with no line. */
  private static final Object NO_LINE = new Object();

  /** The width the column had ({@code ColumnText.rectangularWidth}) and what processLine was asked. */
  private final float columnWidth;
  private final float lineWidth;
  private final int alignment;
  private final int runDirection;
  private final int arabicOptions;
  /** Boolean for an isEmpty answer, a PdfLine or NO_LINE for a processLine answer. */
  private final Object[] steps;

  private CellLines(float columnWidth, Recorder r) {
    this.columnWidth = columnWidth;
    this.lineWidth = r.askedWidth;
    this.alignment = r.askedAlignment;
    this.runDirection = r.askedRunDirection;
    this.arabicOptions = r.askedArabicOptions;
    this.steps = r.steps.toArray();
  }

  /**
   * Measures {@code cell} exactly as {@code PdfPCell.getMaxHeight()} does for a text cell that
   * is not rotated, has no image, no fixed height and wraps (the caller checks), setting its
   * bottom edge and returning its height; and returns in {@code out[0]} the lines found, or
   * null when they cannot be kept (a composite column, a line that did not fit).
   */
  static float measure(PdfPCell cell, CellLines[] out, Pool pool) {
    Column ct = new Column(cell.getColumn());
    Recorder recorder = ct.record(pool);
    float right = cell.getRight() - cell.getEffectivePaddingRight();
    float top = cell.getTop() - cell.getEffectivePaddingTop();
    float left = cell.getLeft() + cell.getEffectivePaddingLeft();
    PdfPRow.setColumn(ct, left, PdfPRow.BOTTOM_LIMIT, right, top);
    try {
      ct.go(true);
    } catch (DocumentException e) {
      throw new ExceptionConverter(e);
    }
    float yLine = ct.getYLine();
    if (cell.isUseDescender()) {
      yLine += ct.getDescender();
    }
    cell.setBottom(yLine - cell.getEffectivePaddingBottom());
    float height = cell.getHeight();
    if (height < cell.getMinimumHeight()) {
      height = cell.getMinimumHeight();
    }
    out[0] = recorder == null || recorder.spoilt ? null : new CellLines(ct.width(), recorder);
    return height;
  }

  /**
   * The column that draws {@code cell}, as {@code ColumnText.duplicate(cell.getColumn())}; see
   * {@link Column#replay} once its limits are set.
   */
  static Column column(PdfPCell cell) {
    return new Column(cell.getColumn());
  }

  /**
   * One recording and one replaying BidiLine for the cells of a table, one after another on one
   * thread: a BidiLine allocates about 2.5 KB of arrays, and a cell is measured and drawn in a
   * few microseconds.
   */
  static final class Pool {
    private final Recorder recorder = new Recorder();
    private final Replay replay = new Replay();
  }

  /** A ColumnText that can record its lines or be given recorded ones. */
  static final class Column extends ColumnText {
    Column(ColumnText org) {
      super(null);
      setACopy(org);
    }

    /** The column's width once set. */
    float width() {
      return rectangularWidth;
    }

    /**
     * Sets the waiting text in a recording BidiLine, as {@code go} would set it in a plain one
     * (the same chunks, made the same way by {@code addText}); null when there is no such text.
     */
    Recorder record(Pool pool) {
      if (composite || bidiLine != null || waitPhrase == null) {
        return null;
      }
      for (Element e : waitPhrase.getChunks()) {
        // a tab stop is placed from the column's left edge, which differs when drawn
        if (!(e instanceof Chunk c) || c.hasAttributes() && c.getChunkAttributes().containsKey(Chunk.TAB)) {
          return null;
        }
      }
      Recorder r = pool.recorder;
      r.reset();
      Phrase phrase = waitPhrase;
      waitPhrase = null;
      bidiLine = r;
      addText(phrase);
      return r;
    }

    /**
     * After {@code setSimpleColumn}: draw {@code lines} instead of laying the text out, when they
     * were found at this very width with the same settings. Returns whether they will be.
     */
    boolean replay(CellLines lines, Pool pool) {
      if (lines == null || composite || bidiLine != null || waitPhrase == null || !rectangularMode
          || Float.compare(rectangularWidth, lines.columnWidth) != 0 || alignment != lines.alignment
          || getArabicOptions() != lines.arabicOptions) {
        return false;
      }
      pool.replay.reset(lines);
      bidiLine = pool.replay;
      waitPhrase = null;
      return true;
    }
  }

  /** A BidiLine that notes each answer it gives. */
  private static final class Recorder extends BidiLine {
    private final List<Object> steps = new ArrayList<>();
    private boolean asked;
    private boolean spoilt;
    /** What processLine was asked first (BidiLine has fields named runDirection and arabicOptions). */
    private float askedWidth;
    private int askedAlignment;
    private int askedRunDirection;
    private int askedArabicOptions;

    /**
     * As a new BidiLine (every count and position back to where the constructor leaves it),
     * keeping the arrays, which BidiLine reads only up to its counts and grows as it needs.
     */
    void reset() {
      runDirection = 0;
      totalTextLength = 0;
      chunks.clear();
      indexChunk = 0;
      indexChunkChar = 0;
      currentChar = 0;
      storedRunDirection = 0;
      storedTotalTextLength = 0;
      storedIndexChunk = 0;
      storedIndexChunkChar = 0;
      storedCurrentChar = 0;
      shortStore = false;
      arabicOptions = 0;
      steps.clear();
      asked = false;
      spoilt = false;
    }

    @Override
    public boolean isEmpty() {
      boolean empty = super.isEmpty();
      steps.add(empty);
      return empty;
    }

    @Override
    public PdfLine processLine(float leftX, float width, int alignment, int runDirection, int arabicOptions) {
      if (!asked) {
        asked = true;
        askedWidth = width;
        askedAlignment = alignment;
        askedRunDirection = runDirection;
        askedArabicOptions = arabicOptions;
      } else if (Float.compare(width, askedWidth) != 0 || alignment != askedAlignment
          || runDirection != askedRunDirection || arabicOptions != askedArabicOptions) {
        spoilt = true; // an indent that changes from line to line: not kept
      }
      PdfLine line = super.processLine(leftX, width, alignment, runDirection, arabicOptions);
      steps.add(line == null ? NO_LINE : line);
      return line;
    }

    @Override
    public void restore() {
      super.restore();
      spoilt = true; // a line taken back: the measuring column is never that short
    }
  }

  /** A BidiLine that gives back what a {@link Recorder} noted, in the same order. */
  private static final class Replay extends BidiLine {
    private CellLines lines;
    private int next;

    void reset(CellLines lines) {
      this.lines = lines;
      this.next = 0;
    }

    private Object step() {
      if (next >= lines.steps.length) {
        throw new IllegalStateException("cell drawn past its measured lines");
      }
      return lines.steps[next++];
    }

    @Override
    public boolean isEmpty() {
      if (!(step() instanceof Boolean empty)) {
        throw new IllegalStateException("cell drawn out of step with its measured lines");
      }
      return empty;
    }

    @Override
    public PdfLine processLine(float leftX, float width, int alignment, int runDirection, int arabicOptions) {
      if (Float.compare(width, lines.lineWidth) != 0 || alignment != lines.alignment
          || runDirection != lines.runDirection || arabicOptions != lines.arabicOptions) {
        throw new IllegalStateException("cell drawn at another width than measured");
      }
      Object s = step();
      if (s instanceof Boolean) {
        throw new IllegalStateException("cell drawn out of step with its measured lines");
      }
      return s == NO_LINE ? null : (PdfLine) s;
    }

    @Override
    public void restore() {
      // the drawing column ends here: go() stops after taking the line back
    }
  }
}
