package org.jixiao.model;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which of the variant's own keys ({@code fields:} of variant.yaml) a template read while it
 * made a form: the {@code extra} maps a template sees record every key asked of them, by scope
 * ({@code project.项目负责人}), while a recording runs on the thread. A key a variant adds to
 * {@code fields:} and {@code keys:} but whose template never asks for it would otherwise be
 * dropped without a word (a family template prints only the keys it knows); the renderer names it.
 */
public final class KeyReads {
  private static final ThreadLocal<Set<String>> CURRENT = new ThreadLocal<>();

  private KeyReads() {}

  /** Starts recording on this thread; {@link #stop()} returns what was read since. */
  public static void start() {
    CURRENT.set(new LinkedHashSet<>());
  }

  /** The keys read since {@link #start()}, as {@code scope.key}; recording ends. */
  public static Set<String> stop() {
    Set<String> read = CURRENT.get();
    CURRENT.remove();
    return read == null ? Set.of() : read;
  }

  /** Notes that a template read the built-in key {@code key} of {@code scope} (a record's accessor). */
  public static void read(String scope, Object key) {
    Set<String> read = CURRENT.get();
    if (read != null) {
      read.add(scope + "." + key);
    }
  }

  /** {@code map} as a template sees it: a read-only view recording each key asked under {@code scope}. */
  public static Map<String, Object> recorded(String scope, Map<String, Object> map) {
    return map == null || map instanceof Recorded ? map : new Recorded(scope, map);
  }

  /** A read-only map that records the keys asked of it; iterating over it reads every key. */
  private static final class Recorded extends AbstractMap<String, Object> {
    private final String scope;
    private final Map<String, Object> map;

    Recorded(String scope, Map<String, Object> map) {
      this.scope = scope;
      this.map = map;
    }

    @Override
    public Object get(Object key) {
      read(scope, key);
      return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      read(scope, key);
      return map.containsKey(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      map.keySet().forEach(k -> read(scope, k));
      return java.util.Collections.unmodifiableMap(map).entrySet();
    }

    @Override
    public Set<String> keySet() {
      map.keySet().forEach(k -> read(scope, k));
      return java.util.Collections.unmodifiableSet(map.keySet());
    }

    @Override
    public Collection<Object> values() {
      map.keySet().forEach(k -> read(scope, k));
      return java.util.Collections.unmodifiableCollection(map.values());
    }

    @Override
    public int size() {
      return map.size();
    }

    @Override
    public boolean isEmpty() {
      return map.isEmpty();
    }
  }
}
