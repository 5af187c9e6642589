package org.jixiao.render;

import java.nio.file.Path;

/** One output of a unit, rendered in memory and not yet written. */
public record RenderedFile(Path path, byte[] bytes) {}
