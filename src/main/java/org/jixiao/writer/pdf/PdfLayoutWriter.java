package org.jixiao.writer.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Random;
import java.util.TimeZone;
import org.jixiao.layout.Align;
import org.jixiao.layout.Block;
import org.jixiao.layout.Cell;
import org.jixiao.layout.Layout;
import org.jixiao.layout.PageBreak;
import org.jixiao.layout.Paragraph;
import org.jixiao.layout.Side;
import org.jixiao.layout.SpreadLine;
import org.jixiao.layout.Table;
import org.jixiao.layout.TableGrid;
import org.jixiao.layout.VAlign;
import org.jixiao.writer.LayoutWriter;
import org.jixiao.writer.WriteOptions;

/**
 * Writes a layout as PDF with OpenPDF: A4, embedded CJK font subsets (text stays extractable),
 * fully ruled tables whose head rows repeat on every page and whose rows do not split, and
 * reproducible bytes (subset names, /ID and dates derived from the content and options).
 */
public final class PdfLayoutWriter implements LayoutWriter {
  private static final float MM = 72f / 25.4f;
  private final java.util.List<String> fontFiles;
  private final WriteOptions options;
  private PdfFonts fonts;

  /** {@code fontFiles} come from jixiao.yaml; the system's fonts are searched after them. */
  public PdfLayoutWriter(java.util.List<String> fontFiles, WriteOptions options) {
    this.fontFiles = java.util.List.copyOf(fontFiles);
    this.options = options;
  }

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public void write(Layout layout, OutputStream out) throws IOException {
    // Found on first use, so a machine without Chinese fonts still gets its DOCX and XLSX.
    fonts = PdfFonts.find(fontFiles);
    byte[] digest = digest(layout);
    PdfFonts.PREFIX_RANDOM.set(new Random(java.nio.ByteBuffer.wrap(digest).getLong()));
    try {
      ByteArrayOutputStream buf = new ByteArrayOutputStream(256 * 1024);
      Rectangle size = layout.page().landscape() ? PageSize.A4.rotate() : PageSize.A4;
      Document doc = new Document(size, (float) layout.page().left() * MM,
          (float) layout.page().right() * MM, (float) layout.page().top() * MM,
          (float) layout.page().bottom() * MM);
      PdfWriter w = PdfWriter.getInstance(doc, buf);
      doc.addTitle(layout.title());
      doc.addCreator("jixiao");
      doc.open();
      float width = (float) layout.page().bodyWidthMm() * MM;
      Block previous = null;
      for (Block b : layout.blocks()) {
        add(doc, b, previous, width, layout);
        previous = b;
      }
      stamp(w, digest);
      doc.close();
      out.write(buf.toByteArray());
    } catch (DocumentException e) {
      throw new IOException("PDF could not be written: " + e.getMessage(), e);
    } finally {
      PdfFonts.PREFIX_RANDOM.remove();
    }
  }

  private void add(Document doc, Block b, Block previous, float width, Layout layout)
      throws DocumentException {
    if (b instanceof Paragraph p) {
      BaseFont f = p.style() == Paragraph.Style.TITLE ? fonts.title() : fonts.body();
      com.lowagie.text.Paragraph para = new com.lowagie.text.Paragraph(
          PdfText.phrase(p.text(), fonts, f, (float) p.size(), p.bold() && f == fonts.body(),
              layout.title()));
      para.setAlignment(align(p.align()));
      para.setLeading((float) p.size() * 1.4f);
      if (p.style() == Paragraph.Style.TITLE) {
        para.setSpacingAfter(8);
      }
      doc.add(para);
    } else if (b instanceof SpreadLine l) {
      PdfPTable t = new PdfPTable(3);
      t.setTotalWidth(width);
      t.setLockedWidth(true);
      t.setSpacingAfter(3);
      String[] parts = {l.left(), l.center(), l.right()};
      int[] aligns = {Element.ALIGN_LEFT, Element.ALIGN_CENTER, Element.ALIGN_RIGHT};
      for (int i = 0; i < 3; i++) {
        PdfPCell c = new PdfPCell(PdfText.phrase(parts[i], fonts, fonts.body(), (float) l.size(),
            false, layout.title()));
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(aligns[i]);
        c.setPadding(0);
        t.addCell(c);
      }
      doc.add(t);
    } else if (b instanceof Table t) {
      PdfPTable table = table(t, width, layout.title());
      if (!(t.joined() && previous instanceof Table)) {
        table.setSpacingBefore(2);
      }
      doc.add(table);
    } else if (b instanceof PageBreak) {
      doc.newPage();
    }
  }

  private PdfPTable table(Table t, float width, String form) throws DocumentException {
    double[] f = t.fractions();
    float[] widths = new float[f.length];
    for (int i = 0; i < f.length; i++) {
      widths[i] = (float) f[i];
    }
    PdfPTable table = new PdfPTable(widths);
    table.setTotalWidth(width);
    table.setLockedWidth(true);
    table.setHeaderRows(t.head().size());
    table.setSplitLate(true);
    table.setSplitRows(true);
    table.setSpacingBefore(0);
    table.setSpacingAfter(0);
    TableGrid g = TableGrid.of(t);
    for (int r = 0; r < g.rowCount(); r++) {
      float min = (float) t.rows().get(r).minHeight() * MM;
      for (TableGrid.Placed p : g.startingIn(r)) {
        table.addCell(cell(p.cell(), (float) t.size(), min, form));
      }
    }
    return table;
  }

  private PdfPCell cell(Cell c, float size, float minHeight, String form) {
    com.lowagie.text.Phrase phrase = PdfText.phrase(c.text(), fonts, fonts.body(), size, c.bold(),
        form);
    PdfPCell cell = new PdfPCell(phrase);
    cell.setRowspan(c.rowspan());
    cell.setColspan(c.colspan());
    cell.setHorizontalAlignment(align(c.align()));
    cell.setVerticalAlignment(c.valign() == VAlign.TOP ? Element.ALIGN_TOP
        : c.valign() == VAlign.BOTTOM ? Element.ALIGN_BOTTOM : Element.ALIGN_MIDDLE);
    cell.setPadding(2.2f);
    cell.setPaddingTop(1.5f);
    cell.setPaddingBottom(3f);
    cell.setLeading(0, 1.35f);
    cell.setUseAscender(true);
    cell.setBorderWidth(0.5f);
    int border = 0;
    border |= c.ruled(Side.TOP) ? Rectangle.TOP : 0;
    border |= c.ruled(Side.BOTTOM) ? Rectangle.BOTTOM : 0;
    border |= c.ruled(Side.LEFT) ? Rectangle.LEFT : 0;
    border |= c.ruled(Side.RIGHT) ? Rectangle.RIGHT : 0;
    cell.setBorder(border);
    if (minHeight > 0 && c.rowspan() == 1) {
      cell.setMinimumHeight(minHeight);
    }
    return cell;
  }

  private static int align(Align a) {
    return switch (a) {
      case LEFT -> Element.ALIGN_LEFT;
      case CENTER -> Element.ALIGN_CENTER;
      case RIGHT -> Element.ALIGN_RIGHT;
      case JUSTIFY -> Element.ALIGN_JUSTIFIED;
    };
  }

  /** /ID from the content; dates from SOURCE_DATE_EPOCH, or none at all. */
  private void stamp(PdfWriter w, byte[] digest) {
    byte[] id = java.util.Arrays.copyOf(digest, 16);
    w.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    w.getInfo().put(PdfName.PRODUCER, new PdfString("jixiao"));
    if (options.fromSourceDateEpoch()) {
      Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      cal.setTimeInMillis(options.timestamp().toEpochMilli());
      w.getInfo().put(PdfName.CREATIONDATE, new PdfDate(cal));
      w.getInfo().put(PdfName.MODDATE, new PdfDate(cal));
    } else {
      w.getInfo().remove(PdfName.CREATIONDATE);
      w.getInfo().remove(PdfName.MODDATE);
    }
  }

  private byte[] digest(Layout layout) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(layout.toString().getBytes(StandardCharsets.UTF_8));
      md.update(options.timestamp().toString().getBytes(StandardCharsets.UTF_8));
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
