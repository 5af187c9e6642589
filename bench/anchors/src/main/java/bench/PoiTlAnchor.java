package bench;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.data.TableRenderData;
import com.deepoove.poi.data.Tables;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The poi-tl anchor: fills a DOCX template with the same texts jixiao puts in its tables (read
 * from {@code jixiao render --emit layout}), one document per unit, and prints the time per
 * unit. Cells are filled as a plain grid (no merged cells, no repeated heads): less work than
 * jixiao's DOCX, so the comparison flatters poi-tl.
 *
 * <p>Usage: PoiTlAnchor LAYOUTS.xml OUTDIR ROUNDS
 */
public final class PoiTlAnchor {
  public static void main(String[] args) throws Exception {
    String all = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    Path out = Path.of(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Files.createDirectories(out);
    List<Map<String, Object>> units = new ArrayList<>();
    for (String form : all.split("(?m)^(?=<form )")) {
      if (!form.isBlank()) {
        units.add(model(form));
      }
    }
    byte[] template = template();
    for (int r = 1; r <= rounds; r++) {
      long t = System.nanoTime();
      for (int i = 0; i < units.size(); i++) {
        try (InputStream in = new java.io.ByteArrayInputStream(template);
            XWPFTemplate doc = XWPFTemplate.compile(in).render(units.get(i))) {
          ByteArrayOutputStream buf = new ByteArrayOutputStream();
          doc.write(buf);
          Files.write(out.resolve("unit" + i + ".docx"), buf.toByteArray());
        }
      }
      double ms = (System.nanoTime() - t) / 1e6 / units.size();
      System.out.printf(java.util.Locale.ROOT, "poi-tl round %d: %d units, %.1f ms per unit%n", r,
          units.size(), ms);
    }
  }

  /** A template with a title and a section that repeats one table tag per table. */
  private static byte[] template() throws Exception {
    try (XWPFDocument d = new XWPFDocument()) {
      d.createParagraph().createRun().setText("{{title}}");
      d.createParagraph().createRun().setText("{{?tables}}");
      d.createParagraph().createRun().setText("{{#table}}");
      d.createParagraph().createRun().setText("{{/tables}}");
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      d.write(b);
      return b.toByteArray();
    }
  }

  private static Map<String, Object> model(String form) throws Exception {
    Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(form.getBytes(StandardCharsets.UTF_8)))
        .getDocumentElement();
    List<Map<String, Object>> tables = new ArrayList<>();
    NodeList ts = root.getElementsByTagName("table");
    for (int i = 0; i < ts.getLength(); i++) {
      NodeList rows = ((Element) ts.item(i)).getElementsByTagName("row");
      int width = 0;
      List<String[]> grid = new ArrayList<>();
      for (int r = 0; r < rows.getLength(); r++) {
        NodeList cells = ((Element) rows.item(r)).getElementsByTagName("cell");
        String[] row = new String[cells.getLength()];
        for (int c = 0; c < row.length; c++) {
          row[c] = cells.item(c).getTextContent().strip();
        }
        width = Math.max(width, row.length);
        grid.add(row);
      }
      String[][] cells = new String[grid.size()][width];
      for (int r = 0; r < grid.size(); r++) {
        for (int c = 0; c < width; c++) {
          cells[r][c] = c < grid.get(r).length ? grid.get(r)[c] : "";
        }
      }
      if (cells.length > 0 && width > 0) {
        TableRenderData t = Tables.of(cells).border(com.deepoove.poi.data.style.BorderStyle.DEFAULT)
            .create();
        Map<String, Object> m = new HashMap<>();
        m.put("table", t);
        tables.add(m);
      }
    }
    Map<String, Object> model = new HashMap<>();
    model.put("title", root.getAttribute("title"));
    model.put("tables", tables);
    return model;
  }
}
