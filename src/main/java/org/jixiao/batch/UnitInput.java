package org.jixiao.batch;

import java.nio.file.Path;

/** A declaration file and the name it is reported (and recorded in the manifest) under. */
public record UnitInput(Path file, String name) {}
