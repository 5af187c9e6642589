package org.jixiao.layout;

/** One line with up to three parts pushed left, centre and right, e.g. 填报日期 … 单位：万元. */
public record SpreadLine(String left, String center, String right, double size) implements Block {
  public SpreadLine {
    left = left == null ? "" : left;
    center = center == null ? "" : center;
    right = right == null ? "" : right;
  }
}
