package org.jixiao.writer.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfIndirectObject;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A PDF writer that deflates the CFF font programs with zlib's Huffman-only strategy. A subset
 * of Noto CJK's charstrings hardly compresses (广水's body face: 128 KB to 111 KB at zlib's level
 * 6, to 118 KB Huffman-only), yet level 6, and level 1 alike, spend as long searching for
 * repeats as the rest of the font work: about a seventh of a PDF's CPU. Huffman-only costs a
 * third of that. OpenPDF deflates a font program itself with a plain {@code Deflater(level)}
 * and has no setting for the strategy, so {@link PdfFonts} gives our subsets level 0 (stored
 * blocks, a copy) and this writer, as OpenPDF adds the stream to the file, takes the program
 * back out and deflates it again Huffman-only. Any other stream, and a font program OpenPDF
 * did compress (a face that could not be cut), is written as OpenPDF made it.
 */
final class FontStreams extends PdfWriter {
  /** The subtype OpenPDF gives a CID-keyed CFF program (Noto CJK's). */
  private static final PdfName CFF = new PdfName("CIDFontType0C");

  private FontStreams(PdfDocument pdf, OutputStream out) {
    super(pdf, out);
  }

  /** What {@link PdfWriter#getInstance(Document, OutputStream)} does, with this writer. */
  static PdfWriter writer(Document document, OutputStream out) throws DocumentException {
    PdfDocument pdf = new PdfDocument();
    pdf.setTextRenderingOptions(document.getTextRenderingOptions());
    document.addDocListener(pdf);
    FontStreams writer = new FontStreams(pdf, out);
    pdf.addWriter(writer);
    return writer;
  }

  @Override
  public PdfIndirectObject addToBody(PdfObject object) throws IOException {
    if (object instanceof PdfStream s && CFF.equals(s.get(PdfName.SUBTYPE))
        && PdfName.FLATEDECODE.equals(s.get(PdfName.FILTER))) {
      object = huffman(s);
    }
    return super.addToBody(object);
  }

  /** {@code font} deflated Huffman-only when OpenPDF stored it (level 0); else itself. */
  static PdfStream huffman(PdfStream font) throws IOException {
    ByteArrayOutputStream stored = new ByteArrayOutputStream();
    font.writeContent(stored);
    byte[] program;
    try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(stored.toByteArray()))) {
      program = in.readAllBytes();
    } catch (IOException e) {
      return font; // not a zlib stream after all: as OpenPDF made it
    }
    // a program shorter than its stream was compressed by OpenPDF (a face not cut): keep that
    return stored.size() < program.length ? font : new Huffman(font, program);
  }

  /** A font program deflated Huffman-only, with the dictionary of OpenPDF's stream. */
  private static final class Huffman extends PdfStream {
    Huffman(PdfStream font, byte[] program) throws IOException {
      for (PdfName key : font.getKeys()) {
        put(key, font.get(key));
      }
      Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
      deflater.setStrategy(Deflater.HUFFMAN_ONLY);
      ByteArrayOutputStream out = new ByteArrayOutputStream(program.length);
      try (DeflaterOutputStream zip = new DeflaterOutputStream(out, deflater, 16 * 1024)) {
        zip.write(program);
      } finally {
        deflater.end();
      }
      streamBytes = out;
      compressed = true;
      put(PdfName.LENGTH, new PdfNumber(out.size()));
    }
  }
}
