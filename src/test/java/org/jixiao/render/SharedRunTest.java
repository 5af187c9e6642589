package org.jixiao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One run renders units of many variants with one template engine: each unit's forms must be
 * what it gives alone, in whatever order the units come (a variant's macros, caches or texts
 * must never reach another variant's forms).
 */
class SharedRunTest {
  /** The samples and the real forms, one of nearly every variant. */
  private static List<Path> units() throws IOException {
    List<Path> all = new ArrayList<>(Samples.files());
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/real"))) {
      s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(all::add);
    }
    return all;
  }

  private static Map<Path, List<Renderer.FormXml>> inOneRun(List<Path> units) {
    Renderer r = Samples.renderer();
    Map<Path, List<Renderer.FormXml>> out = new LinkedHashMap<>();
    for (Path u : units) {
      out.put(u, r.layouts(Samples.load(r, u)));
    }
    return out;
  }

  /** What one run over some units gives for each of them. */
  private interface OneRun<T> {
    Map<Path, T> of(List<Path> units) throws IOException;
  }

  /** Each unit gets from a run over all units, in order and in reverse, what it gets alone. */
  private static <T> void sameInEitherOrderAsAlone(OneRun<T> run, String what) throws IOException {
    List<Path> units = units();
    List<Path> reversed = new ArrayList<>(units);
    java.util.Collections.reverse(reversed);
    Map<Path, T> forward = run.of(units);
    Map<Path, T> backward = run.of(reversed);
    for (Path u : units) {
      T alone = run.of(List.of(u)).get(u);
      assertEquals(alone, forward.get(u), u + " " + what + " in a run of all units, in order");
      assertEquals(alone, backward.get(u), u + " " + what + " in a run of all units, in reverse");
    }
  }

  @Test
  void everyUnitGivesTheSameFormsInASharedRunInEitherOrderAsAlone() throws IOException {
    sameInEitherOrderAsAlone(SharedRunTest::inOneRun, "rendered");
  }

  private static Map<Path, List<org.jixiao.diag.Diagnostic>> checkedInOneRun(List<Path> units)
      throws IOException {
    Renderer r = Samples.renderer();
    var validator = r.validator(org.jixiao.diag.Messages.ZH, false);
    Map<Path, List<org.jixiao.diag.Diagnostic>> out = new LinkedHashMap<>();
    for (Path u : units) {
      out.put(u, validator.check(u.toString(), Files.readAllBytes(u)).diagnostics());
    }
    return out;
  }

  @Test
  void everyUnitGetsTheSameDiagnosticsInASharedRunInEitherOrderAsAlone() throws IOException {
    sameInEitherOrderAsAlone(SharedRunTest::checkedInOneRun, "checked");
  }
}
