package org.jixiao.cli;

import java.io.OutputStream;
import java.util.List;
import org.jixiao.layout.Layout;
import org.jixiao.layout.LayoutReader;
import org.jixiao.writer.LayoutWriter;

/**
 * Sets the writers' libraries up (docx4j's JAXB context, POI's XMLBeans schemas, the PDF fonts)
 * each on its own background thread, while the first unit is still being read and templated:
 * on a cold start that set-up is most of the time, and it need not wait in line. A writer that
 * fails here fails again, with its message, when a real unit reaches it.
 */
final class Prewarm {
  private static final String TINY = "<form title=\"预热\" body-font=\"宋体\" title-font=\"黑体\">"
      + "<page orientation=\"portrait\" margin-top=\"18\" margin-right=\"15\" margin-bottom=\"18\" "
      + "margin-left=\"15\"/><title>预热</title><table><columns><col width=\"1\"/></columns>"
      + "<body><row><cell>预热</cell></row></body></table></form>";

  private Prewarm() {}

  static void start(List<LayoutWriter> writers) {
    Layout tiny = LayoutReader.read(TINY);
    for (LayoutWriter w : writers) {
      Thread t = new Thread(() -> {
        try {
          w.write(tiny, OutputStream.nullOutputStream());
        } catch (Exception | LinkageError e) {
          // reported when a unit is written
        }
      }, "jixiao-prewarm-" + w.format());
      t.setDaemon(true);
      t.start();
    }
  }
}
