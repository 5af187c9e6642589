package org.jixiao.render;

import java.util.List;
import org.jixiao.layout.Block;
import org.jixiao.layout.Cell;
import org.jixiao.layout.Layout;
import org.jixiao.layout.Row;
import org.jixiao.layout.Table;

/** The first difference between two resolved layouts, said so a person finds it; null when equal. */
final class LayoutDiff {
  private LayoutDiff() {}

  static String first(Layout expected, Layout actual) {
    if (expected.equals(actual)) {
      return null;
    }
    List<Block> a = expected.blocks();
    List<Block> b = actual.blocks();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (!a.get(i).equals(b.get(i))) {
        String where = "block " + (i + 1);
        return a.get(i) instanceof Table x && b.get(i) instanceof Table y ? table(where, x, y)
            : where + ": expected " + a.get(i) + "\n but was " + b.get(i);
      }
    }
    if (a.size() != b.size()) {
      return "expected " + a.size() + " blocks but was " + b.size();
    }
    return "the form differs: expected " + withoutBlocks(expected) + "\n but was " + withoutBlocks(actual);
  }

  private static String withoutBlocks(Layout l) {
    return new Layout(l.title(), l.page(), l.bodyFont(), l.titleFont(), List.of(), l.pageNumbers(),
        l.author(), l.date()).toString();
  }

  private static String table(String where, Table x, Table y) {
    List<Row> a = x.rows();
    List<Row> b = y.rows();
    for (int r = 0; r < Math.min(a.size(), b.size()); r++) {
      if (!a.get(r).equals(b.get(r))) {
        return where + " (table), row " + (r + 1) + ":\n expected " + cells(a.get(r))
            + "\n but was  " + cells(b.get(r));
      }
    }
    return where + " (table): expected " + x.widths() + ", " + x.head().size() + " head rows, "
        + x.body().size() + " body rows, joined " + x.joined() + ", size " + x.size()
        + "\n but was " + y.widths() + ", " + y.head().size() + " head rows, " + y.body().size()
        + " body rows, joined " + y.joined() + ", size " + y.size();
  }

  private static String cells(Row row) {
    StringBuilder sb = new StringBuilder("(min-height " + row.minHeight() + ")");
    for (Cell c : row.cells()) {
      sb.append(" [").append(c.text().replace("\n", "⏎"));
      if (c.rowspan() > 1) {
        sb.append(" rowspan=").append(c.rowspan());
      }
      if (c.colspan() > 1) {
        sb.append(" colspan=").append(c.colspan());
      }
      sb.append(' ').append(c.align()).append(' ').append(c.valign())
          .append(c.bold() ? " bold" : "").append(c.open().isEmpty() ? "" : " open=" + c.open())
          .append(c.number() ? " number" : "").append(']');
    }
    return sb.toString();
  }
}
