package org.jixiao.writer.xlsx;

/** Where one table sits in the sheet: head rows {@code [headStart, bodyStart)}, body rows {@code [bodyStart, end)}. */
record TableRows(int headStart, int bodyStart, int end) {
  boolean hasHead() {
    return bodyStart > headStart;
  }

  /** Whether row {@code r} is a body row, one that a copy of the head precedes when a page starts there. */
  boolean inBody(int r) {
    return bodyStart <= r && r < end;
  }

  boolean contains(int r) {
    return headStart <= r && r < end;
  }
}
