package org.jixiao.layout;

/** A side of a cell, for cells that leave one border open to join the cell beside them. */
public enum Side { TOP, RIGHT, BOTTOM, LEFT }
