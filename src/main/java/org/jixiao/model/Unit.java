package org.jixiao.model;

import java.time.LocalDate;

/**
 * The declaring unit: 部门（单位）名称, 单位代码 (湖南; may be empty), 一级 or 二级, 填报人, 联系电话,
 * 填报日期 (may be null) and 部门(单位)负责人 (河南; may be empty).
 */
public record Unit(String name, String code, boolean secondary, String contact, String phone,
    LocalDate date, String head) {
  public Unit {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("unit name is required");
    }
    code = code == null ? "" : code;
    contact = contact == null ? "" : contact;
    phone = phone == null ? "" : phone;
    head = head == null ? "" : head;
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
