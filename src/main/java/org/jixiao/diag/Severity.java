package org.jixiao.diag;

/** How bad a diagnostic is: errors stop a unit from rendering, warnings do not. */
public enum Severity {
  ERROR, WARNING;

  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
