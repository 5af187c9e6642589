package org.jixiao.writer.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where a sheet's printed pages end. */
class SheetPagesTest {
  /** A page of 100 pt holds 97 pt (FILL). Row 0 is the table's head, repeated on each page. */
  private static final double PAGE = 100;

  private static double[] rows(double... h) {
    return h;
  }

  @Test
  void aRowThatDoesNotFitStartsAPage() {
    double[] h = rows(10, 30, 30, 30, 30);
    assertEquals(List.of(2), SheetPages.ends(h, Set.of(), 0, 0, PAGE, new TableRows(0, 1, h.length)));
  }

  @Test
  void theLinesAfterTheTableNeverMakeALastPageOfTheirOwn() {
    // head 10, body rows 1–3 (30 each), then 填报日期 (15): the body fills page 1 (100 > 97 only with
    // the foot line), so alone the foot line would stand under a repeated head on page 2
    double[] h = rows(10, 30, 30, 25, 15);
    assertEquals(List.of(3), SheetPages.ends(h, Set.of(), 0, 0, PAGE, null), "without the table's end");
    // the table's last row goes over with it
    assertEquals(List.of(2), SheetPages.ends(h, Set.of(), 0, 0, PAGE, new TableRows(0, 1, 4)));
  }

  @Test
  void aForcedEndOrAFootTooLongForAPageStaysAsItWas() {
    double[] h = rows(10, 30, 30, 25, 15);
    assertEquals(List.of(3), SheetPages.ends(h, Set.of(3), 0, 0, PAGE, new TableRows(0, 1, 4)), "forced");
    double[] longFoot = rows(10, 30, 30, 25, 60, 30);
    List<Integer> ends = SheetPages.ends(longFoot, Set.of(), 0, 0, PAGE, new TableRows(0, 1, 4));
    assertEquals(SheetPages.ends(longFoot, Set.of(), 0, 0, PAGE, null), ends,
        "the rows after the table with the last row would not fit a page: " + Arrays.toString(longFoot));
  }

  @Test
  void aOneRowTableIsNotEmptiedFromItsPage() {
    double[] h = rows(10, 40, 35, 15);
    // two body rows: the last goes over, the first keeps page 1
    assertEquals(List.of(1), SheetPages.ends(h, Set.of(), 0, 0, PAGE, new TableRows(0, 1, 3)));
    // the only body row cannot leave: its page would hold nothing but the head
    assertEquals(List.of(2), SheetPages.ends(h, Set.of(), 0, 0, PAGE, new TableRows(0, 2, 3)),
        "row 1 is a head row: the table's only body row stays");
  }
}
