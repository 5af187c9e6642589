package org.jixiao.writer.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfICCBased;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The parts of a PDF/A file that OpenPDF does not make by itself for PDF/A-2: the PDF version,
 * the sRGB output intent (Java's built-in ICC profile, the same bytes on every run) and the XMP
 * metadata, written here in full so that it says exactly what the info dictionary says.
 */
final class PdfA {
  /** The ICC profile every PDF/A file of a run shares: parsing it once is enough. */
  private static final ICC_Profile SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
  private static final String SRGB_NAME = "sRGB IEC61966-2.1";
  private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

  private PdfA() {}

  /** Before the document is opened: conformance and version. */
  static void prepare(PdfWriter writer, PdfProfile profile) {
    switch (profile) {
      case PDFA_1B -> {
        // OpenPDF's own PDF/A-1 checks (embedded fonts, no transparency) and a CIDSet per subset
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        writer.setPdfVersion(PdfWriter.VERSION_1_4);
      }
      // without CIDSets: the writer's fonts are PdfFonts.withCidSet(false)
      case PDFA_2B -> writer.setPdfVersion(PdfWriter.VERSION_1_7);
      case PLAIN -> { }
    }
  }

  /** After the document is opened, before it is closed: the output intent and the XMP. */
  static void finish(PdfWriter writer, PdfProfile profile, String title, String author,
      OffsetDateTime date) {
    if (!profile.pdfa()) {
      return;
    }
    try {
      PdfICCBased icc = new PdfICCBased(SRGB);
      PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
      intent.put(PdfName.S, PdfName.GTS_PDFA1);
      intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SRGB_NAME));
      intent.put(PdfName.INFO, new PdfString(SRGB_NAME));
      intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
      intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(icc).getIndirectReference());
      writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    writer.setXmpMetadata(xmp(profile, title, author, date));
  }

  /** The XMP packet: Dublin Core title and creator, PDF producer, XMP dates, PDF/A id. */
  static byte[] xmp(PdfProfile profile, String title, String author, OffsetDateTime date) {
    StringBuilder x = new StringBuilder();
    x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
        .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
        .append("<dc:format>application/pdf</dc:format>\n")
        .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(title))
        .append("</rdf:li></rdf:Alt></dc:title>\n");
    if (!author.isEmpty()) {
      x.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(author))
          .append("</rdf:li></rdf:Seq></dc:creator>\n");
    }
    x.append("</rdf:Description>\n")
        .append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
        .append("<pdf:Producer>").append(PdfLayoutWriter.PRODUCER).append("</pdf:Producer>\n")
        .append("</rdf:Description>\n");
    if (date != null) {
      String d = XMP_DATE.format(date);
      x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
          .append("<xmp:CreateDate>").append(d).append("</xmp:CreateDate>\n")
          .append("<xmp:ModifyDate>").append(d).append("</xmp:ModifyDate>\n")
          .append("</rdf:Description>\n");
    }
    x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
        .append("<pdfaid:part>").append(profile == PdfProfile.PDFA_1B ? 1 : 2).append("</pdfaid:part>\n")
        .append("<pdfaid:conformance>B</pdfaid:conformance>\n")
        .append("</rdf:Description>\n")
        .append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return x.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
