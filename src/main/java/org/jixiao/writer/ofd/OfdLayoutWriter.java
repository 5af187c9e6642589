package org.jixiao.writer.ofd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jixiao.layout.Layout;
import org.jixiao.writer.DocumentInfo;
import org.jixiao.writer.LayoutWriter;
import org.jixiao.writer.WriteOptions;
import org.jixiao.writer.pdf.Face;
import org.jixiao.writer.pdf.PdfFonts;
import org.jixiao.writer.pdf.PdfLayoutWriter;
import org.jixiao.writer.pdf.PdfProfile;

/**
 * Writes a layout as OFD (GB/T 33190-2016, 版式文档), the fixed-layout format Chinese
 * e-government systems archive. The page is the PDF writer's: the layout is typeset as a plain
 * PDF in memory and what each of its pages draws (rules, glyphs at their positions) is placed
 * on the OFD page, so line breaks, pagination, repeated head rows and page numbers are the
 * PDF's by construction. Text is Unicode with every glyph's position, so it can be searched and
 * copied; every face is embedded as a subset of the glyphs used ({@link OfdFonts}).
 */
public final class OfdLayoutWriter implements LayoutWriter {
  private final PdfFonts fonts;
  private final WriteOptions options;
  private final PdfLayoutWriter pdf;

  public OfdLayoutWriter(PdfFonts fonts, WriteOptions options) {
    this.fonts = fonts;
    this.options = options;
    this.pdf = new PdfLayoutWriter(fonts, options, PdfProfile.PLAIN);
  }

  /** The faces whose subsets the OFD embeds: the PDF's. */
  @Override
  public String fonts() {
    return pdf.fonts();
  }

  @Override
  public String format() {
    return "ofd";
  }

  /**
   * @throws org.jixiao.diag.JixiaoException {@code pdf-missing-glyph} before anything is written
   *     when a character is in none of the fonts, as for PDF
   */
  @Override
  public void write(Layout layout, OutputStream out) throws IOException {
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    pdf.write(layout, page);
    byte[] drawn = page.toByteArray();
    List<Scene> scenes = PdfScenes.read(drawn);
    Map<String, Set<Integer>> used = new LinkedHashMap<>();
    for (Scene s : scenes) {
      for (Scene.Run r : s.runs()) {
        Set<Integer> cps = used.computeIfAbsent(r.font(), k -> new TreeSet<>());
        for (int cp : r.codePoints()) {
          cps.add(cp);
        }
      }
    }
    List<OfdPackage.Font> resources = new ArrayList<>();
    Map<String, Integer> ids = new LinkedHashMap<>();
    for (Map.Entry<String, Set<Integer>> e : used.entrySet()) {
      ids.put(e.getKey(), resources.size() + 1);
      resources.add(font(e.getKey(), e.getValue()));
    }
    List<OfdPage> pages = scenes.stream().map(s -> new OfdPage(s, ids)).toList();
    OfdPackage.Info info = new OfdPackage.Info(docId(drawn), DocumentInfo.title(layout),
        layout.author(), DocumentInfo.date(layout, options), "jixiao");
    ByteArrayOutputStream ofd = new ByteArrayOutputStream();
    OfdPackage.write(info, resources, pages, options.timestamp(), ofd);
    ofd.writeTo(out);
  }

  private OfdPackage.Font font(String name, Set<Integer> codePoints) throws IOException {
    Face face = fonts.named(name);
    if (face == null) {
      return new OfdPackage.Font(name, name, false, null);
    }
    byte[] program = OfdFonts.program(face, codePoints).orElse(null);
    return new OfdPackage.Font(name, OfdFonts.family(face), face.bold(), program);
  }

  /** 32 hex digits from the page content: the same form gets the same DocID, another form another. */
  private static String docId(byte[] pdf) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(pdf);
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
