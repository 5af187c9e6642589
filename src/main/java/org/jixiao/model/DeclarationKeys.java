package org.jixiao.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The declaration's keys, scope by scope, as the shipped JSON Schema defines them: the one list
 * of them. The reader, {@code init} and {@code init --from} take their keys from here, so a key
 * added to the schema is known to all of them (DeclarationKeysTest proves each one is read).
 */
public final class DeclarationKeys {
  /** Where the schema is, on the class path. */
  public static final String RESOURCE = "/org/jixiao/validate/declaration.schema.json";

  /** A place in a declaration that holds keys, and where the schema defines them. */
  public enum Scope {
    DECLARATION("/properties"),
    UNIT("/properties/unit/properties"),
    FUNDS("/properties/funds/properties"),
    FUND_LINE("/definitions/fundLines/items/properties"),
    TASK("/properties/tasks/items/properties"),
    GOAL("/properties/long_term_goal/properties"),
    DEFAULTS("/properties/defaults/properties"),
    PROJECT("/definitions/project/properties"),
    SPENDING("/definitions/project/properties/spending/items/properties"),
    PURCHASE("/definitions/project/properties/purchases/items/properties"),
    /** An indicator line written as a map; a project's indicators take the same keys. */
    INDICATOR("/definitions/indicator/properties");

    /** The JSON pointer of the scope's {@code properties} in the schema. */
    public final String pointer;

    Scope(String pointer) {
      this.pointer = pointer;
    }
  }

  private static final JsonNode SCHEMA = load();
  private static final Map<Scope, Set<String>> KEYS = keys();

  private DeclarationKeys() {}

  /** The shipped schema, parsed. */
  public static JsonNode schema() {
    return SCHEMA;
  }

  /** The keys of {@code scope}, in the schema's order. */
  public static Set<String> of(Scope scope) {
    return KEYS.get(scope);
  }

  /** The schema's Chinese title of {@code key} in {@code scope}; the key itself when it has none. */
  public static String title(Scope scope, String key) {
    return SCHEMA.at(scope.pointer + "/" + key + "/title").asText(key);
  }

  /** The schema's help on {@code key} in {@code scope} ({@code description}); "" when it has none. */
  public static String description(Scope scope, String key) {
    return SCHEMA.at(scope.pointer + "/" + key + "/description").asText("");
  }

  /**
   * What {@code jixiao init} writes after {@code key}'s title: the schema's {@code x-init} (its
   * entry for {@code mode} when it has one per mode, such as {@code named} tasks or {@code 2}
   * indicator levels), else the description; without the final 。.
   */
  public static String initHelp(Scope scope, String key, String mode) {
    JsonNode help = SCHEMA.at(scope.pointer + "/" + key + "/x-init");
    String text = help.isTextual() ? help.asText()
        : help.path(mode).isTextual() ? help.path(mode).asText() : description(scope, key);
    return text.replaceAll("。$", "");
  }

  /** The values the schema allows for {@code key} in {@code scope} ({@code enum}), in its order. */
  public static List<String> values(Scope scope, String key) {
    List<String> out = new ArrayList<>();
    SCHEMA.at(scope.pointer + "/" + key + "/enum").forEach(v -> {
      if (v.isTextual()) {
        out.add(v.asText());
      }
    });
    return List.copyOf(out);
  }

  private static Map<Scope, Set<String>> keys() {
    Map<Scope, Set<String>> out = new EnumMap<>(Scope.class);
    for (Scope s : Scope.values()) {
      JsonNode props = SCHEMA.at(s.pointer);
      if (!props.isObject() || props.isEmpty()) {
        throw new IllegalStateException("declaration.schema.json has no keys at " + s.pointer);
      }
      Set<String> names = new LinkedHashSet<>();
      for (Iterator<String> it = props.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      out.put(s, Collections.unmodifiableSet(names));
    }
    return Collections.unmodifiableMap(out);
  }

  private static JsonNode load() {
    try (InputStream in = DeclarationKeys.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("declaration.schema.json is missing from the jar");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
