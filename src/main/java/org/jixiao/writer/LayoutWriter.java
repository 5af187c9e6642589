package org.jixiao.writer;

import java.io.IOException;
import java.io.OutputStream;
import org.jixiao.layout.Layout;

/** Turns a {@link Layout} into the bytes of one file format. Knows nothing about budgets. */
public interface LayoutWriter {
  /** The file extension and the name used with {@code --format}: docx, xlsx, pdf. */
  String format();

  /** Writes {@code layout}; the same layout and options must always give the same bytes. */
  void write(Layout layout, OutputStream out) throws IOException;

  /**
   * The fonts whose outlines this writer puts into its files, named so a person recognises them
   * ("NotoSerifCJKsc-Regular, NotoSansCJKsc-Bold"); empty for a format that only names fonts.
   * Another machine's fonts make other bytes from the same layout.
   */
  default String fonts() {
    return "";
  }
}
