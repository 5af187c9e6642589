package org.jixiao.writer.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.layout.Layout;

/**
 * 第 N 页 共 M 页 centred in the bottom margin of each page, when the form has more than one:
 * each page gets an empty template at its end, and the templates are filled once the last page
 * is known.
 */
final class PageNumbers extends PdfPageEventHelper {
  private static final float SIZE = 9;
  private static final float HEIGHT = SIZE * 2;

  private final Typesetter typesetter;
  private final PdfFonts fonts;
  private final List<PdfTemplate> footers = new ArrayList<>();

  PageNumbers(Typesetter typesetter, PdfFonts fonts) {
    this.typesetter = typesetter;
    this.fonts = fonts;
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    float width = document.getPageSize().getWidth();
    PdfTemplate t = writer.getDirectContent().createTemplate(width, HEIGHT);
    // the middle of the bottom margin, where Word puts a footer 10 mm from the edge
    float y = Math.max(0, document.bottom() / 2 - SIZE / 2);
    writer.getDirectContent().addTemplate(t, 0, y);
    footers.add(t);
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    int total = footers.size();
    for (int i = 0; i < total && total > 1; i++) {
      PdfTemplate t = footers.get(i);
      ColumnText.showTextAligned(t, Element.ALIGN_CENTER,
          typesetter.phrase(Layout.pageNumber(i + 1, total), fonts.body(), SIZE, false),
          t.getWidth() / 2, SIZE / 3, 0);
    }
  }
}
