package org.jixiao.layout;

/** One vertical piece of a form: a paragraph, a spread line, a table or a page break. */
public sealed interface Block permits Paragraph, SpreadLine, Table, PageBreak {}
