package org.jixiao.model;

import java.time.LocalDate;

/**
 * The declaring unit: 部门（单位）名称, 一级 or 二级, 填报人, 联系电话, 填报日期 (may be null) and
 * 部门(单位)负责人 (河南).
 */
public record Unit(String name, boolean secondary, String contact, String phone, LocalDate date,
    String head) {
  public Unit {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("unit name is required");
    }
    contact = contact == null ? "" : contact;
    phone = phone == null ? "" : phone;
    head = head == null ? "" : head;
  }

  /** A unit whose form names no 负责人. */
  public Unit(String name, boolean secondary, String contact, String phone, LocalDate date) {
    this(name, secondary, contact, phone, date, "");
  }
}
