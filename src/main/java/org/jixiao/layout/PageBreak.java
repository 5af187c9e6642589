package org.jixiao.layout;

/** Starts a new page. */
public record PageBreak() implements Block {}
