package org.jixiao.writer.xlsx;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataFormat;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder;
import org.jixiao.layout.Paragraph;
import org.jixiao.layout.Side;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBorder;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STBorderStyle;

/**
 * One cell style per distinct look and set of drawn borders, made on first use and reused:
 * Excel allows about 64000 styles, and a style per cell would reach that on a long form.
 */
final class CellStyles {
  /** GB2312, so Excel picks the Chinese face for a font named 宋体 or 黑体. */
  private static final int CHARSET_GB2312 = 134;

  /**
   * {@code borders}: the sides drawn, one bit each ({@link #sides}); {@code format}: an Excel
   * number format, or null for text ("@"). Looked up once per cell: equals and hashCode are
   * written out, as a record's go through method handles that C1 (the launcher's only
   * compiler) does not inline, and a set of sides was copied for every cell.
   */
  private record Key(Look look, int borders, String format) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && borders == k.borders && look.equals(k.look)
          && java.util.Objects.equals(format, k.format);
    }

    @Override
    public int hashCode() {
      return (look.hashCode() * 31 + borders) * 31 + (format == null ? 0 : format.hashCode());
    }
  }

  private record FontKey(Paragraph.Style face, double size, boolean bold) {}

  private final XSSFWorkbook workbook;
  private final String bodyFont;
  private final String titleFont;
  private final XSSFDataFormat formats;
  private final Map<Key, XSSFCellStyle> styles = new LinkedHashMap<>();
  private final Map<FontKey, XSSFFont> fonts = new LinkedHashMap<>();
  /** The styles table's index of the border with the sides of each bit set, once made. */
  private final Map<Integer, Long> borderIds = new HashMap<>();

  CellStyles(XSSFWorkbook workbook, String bodyFont, String titleFont) {
    this.workbook = workbook;
    this.bodyFont = bodyFont;
    this.titleFont = titleFont;
    this.formats = workbook.createDataFormat();
    // The workbook's default font sets the unit of column widths (its digit's width): make it
    // the cells' own face, 11 pt as Excel's Normal style, not the Calibri of a new workbook.
    XSSFFont normal = workbook.getFontAt(0);
    normal.setFontName(bodyFont);
    normal.setFontHeightInPoints((short) ColumnGrid.DEFAULT_FONT_PT);
    normal.setCharSet(CHARSET_GB2312);
    normal.setScheme(FontScheme.NONE);
    normal.setFamily(FontFamily.NOT_APPLICABLE);
  }

  /**
   * What the styles table was made from: the faces, each style asked for in the order it was
   * made (which orders the fonts and borders made with it), and the table's counts. A new
   * workbook's table made from equal ones is equal, part for part.
   */
  record Made(String bodyFont, String titleFont, java.util.List<Key> styles, int fonts, int fills,
      int borders, int formats, int cellStyles) {}

  Made made() {
    StylesTable table = workbook.getStylesSource();
    return new Made(bodyFont, titleFont, java.util.List.copyOf(styles.keySet()), table.getFonts().size(),
        table.getFills().size(), table.getBorders().size(), table.getNumDataFormats(),
        table.getNumCellStyles());
  }

  /** The face of body text, for the footer. */
  String bodyFont() {
    return bodyFont;
  }

  /** The style for a text cell drawn with {@code look} and a thin border on each side in {@code borders}. */
  XSSFCellStyle get(Look look, Set<Side> borders) {
    return get(look, borders, null);
  }

  /** The same for a number shown with Excel number format {@code format} (null: text). */
  XSSFCellStyle get(Look look, Set<Side> borders, String format) {
    int bits = 0;
    for (Side side : borders) {
      bits |= side(side);
    }
    return get(look, bits, format);
  }

  /** The same with the sides as bits ({@link #side}). */
  XSSFCellStyle get(Look look, int borders, String format) {
    return styles.computeIfAbsent(new Key(look, borders, format), this::create);
  }

  /** The bit of {@code side} in a set of sides. */
  static int side(Side side) {
    return 1 << side.ordinal();
  }

  private XSSFCellStyle create(Key k) {
    XSSFCellStyle s = workbook.createCellStyle();
    s.setFont(font(k.look()));
    // "@": the cell is text, so Excel keeps "=1+1" or "0722-6249237" as typed when it is edited
    s.setDataFormat(formats.getFormat(k.format() == null ? "@" : k.format()));
    s.setWrapText(true);
    s.setAlignment(switch (k.look().align()) {
      case LEFT -> HorizontalAlignment.LEFT;
      case CENTER -> HorizontalAlignment.CENTER;
      case RIGHT -> HorizontalAlignment.RIGHT;
      case JUSTIFY -> HorizontalAlignment.JUSTIFY;
    });
    s.setVerticalAlignment(switch (k.look().valign()) {
      case TOP -> VerticalAlignment.TOP;
      case MIDDLE -> VerticalAlignment.CENTER;
      case BOTTOM -> VerticalAlignment.BOTTOM;
    });
    // the borders put once as a whole: POI's setBorderTop … setBorderLeft each put a border
    // into the table, comparing it with every border there by serialising both through XMLBeans
    s.getCoreXf().setBorderId(borderIds.computeIfAbsent(k.borders(), this::border));
    s.getCoreXf().setApplyBorder(true);
    return s;
  }

  /** The index of a border with a thin line on each side in {@code sides} (bits) and none elsewhere. */
  private long border(int sides) {
    CTBorder ct = CTBorder.Factory.newInstance();
    if ((sides & side(Side.LEFT)) != 0) {
      ct.addNewLeft().setStyle(STBorderStyle.THIN);
    }
    if ((sides & side(Side.RIGHT)) != 0) {
      ct.addNewRight().setStyle(STBorderStyle.THIN);
    }
    if ((sides & side(Side.TOP)) != 0) {
      ct.addNewTop().setStyle(STBorderStyle.THIN);
    }
    if ((sides & side(Side.BOTTOM)) != 0) {
      ct.addNewBottom().setStyle(STBorderStyle.THIN);
    }
    StylesTable table = workbook.getStylesSource();
    return table.putBorder(new XSSFCellBorder(ct, table.getIndexedColors()));
  }

  private XSSFFont font(Look look) {
    return fonts.computeIfAbsent(new FontKey(look.face(), look.size(), look.bold()), k -> {
      String name = k.face() == Paragraph.Style.TITLE ? titleFont : bodyFont;
      XSSFFont f = workbook.createFont();
      f.setFontName(name);
      f.setFontHeight(k.size());
      f.setBold(k.bold());
      if (!name.chars().allMatch(c -> c < 0x80)) {
        f.setCharSet(CHARSET_GB2312);
      }
      return f;
    });
  }
}
