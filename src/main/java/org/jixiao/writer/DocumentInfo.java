package org.jixiao.writer;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jixiao.layout.Layout;

/** The title, author and date every format records in its document properties, the same in each. */
public final class DocumentInfo {
  /** The zone 填报日期 is read in: a date without a time is midnight in China. */
  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

  private DocumentInfo() {}

  /** The form's title and, when the title does not name it, the unit: 部门整体绩效目标申报表（广水市医疗保障局）. */
  public static String title(Layout layout) {
    String unit = layout.author();
    return unit.isEmpty() || layout.title().contains(unit) ? layout.title()
        : layout.title() + "（" + unit + "）";
  }

  /**
   * The document's date: SOURCE_DATE_EPOCH when set (in UTC), else the layout's 填报日期 (midnight
   * in China), else none (null). Never the clock, so the same input gives the same bytes.
   */
  public static OffsetDateTime date(Layout layout, WriteOptions options) {
    if (options.fromSourceDateEpoch()) {
      return options.timestamp().atOffset(ZoneOffset.UTC);
    }
    return layout.date() == null ? null : layout.date().atStartOfDay().atOffset(CHINA);
  }
}
