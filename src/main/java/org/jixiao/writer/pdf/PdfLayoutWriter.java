package org.jixiao.writer.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jixiao.layout.Align;
import org.jixiao.layout.Block;
import org.jixiao.layout.Layout;
import org.jixiao.layout.PageBreak;
import org.jixiao.layout.PageSetup;
import org.jixiao.layout.Paragraph;
import org.jixiao.layout.SpreadLine;
import org.jixiao.layout.Table;
import org.jixiao.writer.DocumentInfo;
import org.jixiao.writer.LayoutWriter;
import org.jixiao.writer.WriteOptions;

/**
 * Writes a layout as an A4 PDF with embedded, subset Chinese fonts. The same layout and options
 * always give the same bytes, whatever the clock, time zone or thread. The layout's font names
 * (宋体, 黑体) are not looked up: {@link PdfFonts} decides which installed faces stand in for them.
 */
public final class PdfLayoutWriter implements LayoutWriter {
  /** Space between a table and a block not joined to it, in points. */
  private static final float TABLE_GAP = 4f;

  /** The producer named in the info dictionary and the XMP, the same for every version. */
  static final String PRODUCER = "jixiao";

  private final PdfFonts fonts;
  private final WriteOptions options;
  private final PdfProfile profile;

  /** A writer of {@link PdfProfile#DEFAULT} PDFs. */
  public PdfLayoutWriter(PdfFonts fonts, WriteOptions options) {
    this(fonts, options, PdfProfile.DEFAULT);
  }

  public PdfLayoutWriter(PdfFonts fonts, WriteOptions options, PdfProfile profile) {
    this.fonts = fonts.withCidSet(profile == PdfProfile.PDFA_1B);
    this.options = options;
    this.profile = profile;
  }

  /** The body and title faces, by their PostScript names: "NotoSerifCJKsc-Regular, NotoSansCJKsc-Bold". */
  @Override
  public String fonts() {
    return fonts.body().name() + ", " + fonts.title().name();
  }

  /** The kind of PDF written. */
  public PdfProfile profile() {
    return profile;
  }

  @Override
  public String format() {
    return "pdf";
  }

  /**
   * Checks, without drawing, that every character of {@code layout} can be drawn: what
   * {@link #write} refuses first, for {@code validate}.
   *
   * @throws org.jixiao.diag.JixiaoException {@code pdf-missing-glyph}, once per character
   */
  public void check(Layout layout) {
    new Typesetter(fonts).check(layout);
  }

  /**
   * @throws org.jixiao.diag.JixiaoException {@code pdf-missing-glyph} before anything is written
   *     when a character is in none of the fonts
   */
  @Override
  public void write(Layout layout, OutputStream out) throws IOException {
    boolean plain = profile == PdfProfile.PLAIN;
    byte[] done = plain ? Recent.plain(layout, fonts, options) : null;
    if (done != null) {
      // the OFD writer after the PDF writer, both plain: the form is typeset once
      out.write(done);
      return;
    }
    Typesetter typesetter = new Typesetter(fonts);
    typesetter.check(layout);
    typesetter.embedSubsets(layout);
    byte[] digest = LayoutDigest.of(layout, options, profile);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    SeededRandom.seed(ByteBuffer.wrap(digest).getLong());
    try {
      render(layout, typesetter, digest, pdf);
    } finally {
      SeededRandom.clear();
    }
    if (plain) {
      Recent.keepPlain(layout, fonts, options, pdf.toByteArray());
    }
    pdf.writeTo(out);
  }

  private void render(Layout layout, Typesetter typesetter, byte[] digest, OutputStream out) {
    PageSetup page = layout.page();
    // landscape by its size, not by /Rotate: printers and viewers then agree on which way is up
    Rectangle size = page.landscape() ? new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth())
        : PageSize.A4;
    Document document = new Document(size, PageCursor.points(page.left()),
        PageCursor.points(page.right()), PageCursor.points(page.top()), PageCursor.points(page.bottom()));
    // the font programs deflated Huffman-only (FontStreams)
    PdfWriter writer = FontStreams.writer(document, out);
    if (layout.pageNumbers()) {
      writer.setPageEvent(new PageNumbers(typesetter, fonts));
    }
    PdfA.prepare(writer, profile);
    document.open();
    PageCursor cursor = new PageCursor(document, writer);
    Block previous = null;
    for (Block block : layout.blocks()) {
      if (previous instanceof Table && !(block instanceof Table t && t.joined())) {
        cursor.gap(TABLE_GAP);
      }
      draw(block, cursor, typesetter);
      previous = block;
    }
    writer.setPageEmpty(false); // a layout with no blocks still makes a valid one-page PDF
    String title = DocumentInfo.title(layout);
    OffsetDateTime date = DocumentInfo.date(layout, options);
    describe(writer.getInfo(), title, layout.author(), date, digest);
    PdfA.finish(writer, profile, title, layout.author(), date);
    document.close();
  }

  private void draw(Block block, PageCursor cursor, Typesetter typesetter) {
    if (block instanceof Paragraph p) {
      boolean title = p.style() == Paragraph.Style.TITLE;
      // an empty paragraph still takes its line, as in Word
      String text = p.text().isEmpty() ? " " : p.text();
      com.lowagie.text.Paragraph para = new com.lowagie.text.Paragraph(typesetter.phrase(text,
          title ? fonts.title() : fonts.body(), (float) p.size(), p.bold()));
      para.setLeading(0, Typesetter.LEADING);
      para.setAlignment(Typesetter.align(p.align()));
      cursor.flow(para);
      if (title) {
        cursor.gap((float) p.size() / 2);
      }
    } else if (block instanceof SpreadLine line) {
      cursor.flow(spreadLine(line, typesetter, cursor.right() - cursor.left()));
    } else if (block instanceof Table t) {
      if (!t.joined()) {
        cursor.gap(TABLE_GAP);
      }
      new TablePager(t, cursor.right() - cursor.left(), typesetter).draw(cursor);
    } else if (block instanceof PageBreak) {
      cursor.newPage();
    }
  }

  /** Left, centre and right parts on one borderless line. */
  private PdfPTable spreadLine(SpreadLine line, Typesetter typesetter, float width) {
    PdfPTable t = new PdfPTable(3);
    t.setTotalWidth(width);
    t.setLockedWidth(true);
    List<String> parts = List.of(line.left(), line.center(), line.right());
    List<Align> aligns = List.of(Align.LEFT, Align.CENTER, Align.RIGHT);
    for (int i = 0; i < 3; i++) {
      PdfPCell cell = new PdfPCell(typesetter.phrase(parts.get(i), fonts.body(), (float) line.size(), false));
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setPadding(0);
      cell.setPaddingBottom(TablePager.PADDING);
      cell.setLeading(0, Typesetter.LEADING);
      cell.setHorizontalAlignment(Typesetter.align(aligns.get(i)));
      t.addCell(cell);
    }
    t.calculateHeights(true);
    return t;
  }

  /** Title, author, producer, dates and /ID: fixed by the content and options, never by the clock. */
  private static void describe(PdfDictionary info, String title, String author, OffsetDateTime date,
      byte[] digest) {
    info.put(PdfName.TITLE, new PdfString(title, PdfObject.TEXT_UNICODE));
    if (!author.isEmpty()) {
      info.put(PdfName.AUTHOR, new PdfString(author, PdfObject.TEXT_UNICODE));
    }
    info.put(PdfName.PRODUCER, new PdfString(PRODUCER));
    if (date != null) {
      PdfString d = new PdfString(pdfDate(date));
      info.put(PdfName.CREATIONDATE, d);
      info.put(PdfName.MODDATE, d);
    } else {
      info.remove(PdfName.CREATIONDATE);
      info.remove(PdfName.MODDATE);
    }
    // close() takes the file /ID from here instead of making a random one
    byte[] id = Arrays.copyOf(digest, 16);
    info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
  }

  /** D:20251016000000+08'00', the same instant as the XMP's date. */
  static String pdfDate(OffsetDateTime t) {
    int minutes = t.getOffset().getTotalSeconds() / 60;
    return String.format(Locale.ROOT, "D:%04d%02d%02d%02d%02d%02d%c%02d'%02d'", t.getYear(),
        t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(),
        minutes < 0 ? '-' : '+', Math.abs(minutes) / 60, Math.abs(minutes) % 60);
  }
}
