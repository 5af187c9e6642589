package org.jixiao.model;

import java.time.LocalDate;

/**
 * The declaring unit: 部门（单位）名称, 单位代码 (湖南; may be empty), 一级 or 二级, 填报人, 联系电话,
 * 填报日期 (may be null).
 */
public record Unit(String name, String code, boolean secondary, String contact, String phone,
    LocalDate date) {
  public Unit {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("unit name is required");
    }
    code = code == null ? "" : code;
    contact = contact == null ? "" : contact;
    phone = phone == null ? "" : phone;
  }

  /** A unit without a 单位代码 (the 湖北 forms print none). */
  public Unit(String name, boolean secondary, String contact, String phone, LocalDate date) {
    this(name, "", secondary, contact, phone, date);
  }
}
