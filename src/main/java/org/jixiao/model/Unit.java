package org.jixiao.model;

import java.time.LocalDate;

/**
 * The declaring unit: 部门（单位）名称, 单位代码 (湖南; may be empty), 一级 or 二级, 填报人, 联系电话,
 * 填报日期 (may be null), 部门(单位)负责人 (河南; may be empty) and the values of the variant's own
 * unit keys ({@code fields: unit:} of variant.yaml). A 填报日期 printed to the month or year only
 * ({@code 2024年10月}) is {@code partialDate}, as written, with {@code date} null.
 */
public record Unit(String name, String code, boolean secondary, String contact, String phone,
    LocalDate date, String head, java.util.Map<String, Object> extra, String partialDate) {
  public Unit {
    partialDate = partialDate == null ? "" : partialDate;
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("unit name is required");
    }
    code = code == null ? "" : code;
    contact = contact == null ? "" : contact;
    phone = phone == null ? "" : phone;
    head = head == null ? "" : head;
    extra = extra == null ? java.util.Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
  }

  /** A unit whose 填报日期, if any, is a whole date. */
  public Unit(String name, String code, boolean secondary, String contact, String phone,
      LocalDate date, String head, java.util.Map<String, Object> extra) {
    this(name, code, secondary, contact, phone, date, head, extra, "");
  }

  /** A unit with none of a variant's own keys. */
  public Unit(String name, String code, boolean secondary, String contact, String phone,
      LocalDate date, String head) {
    this(name, code, secondary, contact, phone, date, head, java.util.Map.of());
  }

  /** A unit without a 单位代码 or 负责人 (the 湖北 forms print neither). */
  public Unit(String name, boolean secondary, String contact, String phone, LocalDate date) {
    this(name, "", secondary, contact, phone, date, "");
  }

  /** A unit with a 单位代码 (湖南) and no 负责人. */
  public Unit(String name, String code, boolean secondary, String contact, String phone,
      LocalDate date) {
    this(name, code, secondary, contact, phone, date, "");
  }

  /** A unit with a 负责人 (河南) and no 单位代码. */
  public Unit(String name, boolean secondary, String contact, String phone, LocalDate date,
      String head) {
    this(name, "", secondary, contact, phone, date, head);
  }
}
