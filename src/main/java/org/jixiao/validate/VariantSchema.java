package org.jixiao.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.model.DeclarationKeys.Scope;
import org.jixiao.variant.Variant;

/**
 * The declaration schema as one variant sees it: the shipped schema, plus the keys the variant
 * adds ({@code fields:}) and the built-in keys it retitles, with every key that none of the forms a unit files prints set to
 * {@code false} (reported as {@code layout-key}, so nothing is dropped silently). The variant
 * files are the one source; the shipped schema holds only the keys every variant shares.
 */
public final class VariantSchema {
  /** Keys a declaration may always write, whatever its forms print. */
  private static final Map<String, Set<String>> ALWAYS = Map.of(
      "declaration", Set.of("layout", "year", "forms", "defaults", "unit"),
      "unit", Set.of("name"),
      "task", Set.of(),
      "project", Set.of("name"),
      "spending", Set.of(),
      "indicator", Set.of());
  private static final Map<String, SchemaCheck> CACHE = new ConcurrentHashMap<>();

  private VariantSchema() {}

  /** Where each scope's keys are defined in the shipped schema (JSON pointers). */
  static List<String> pointers(String scope) {
    return switch (scope) {
      case "declaration" -> List.of(Scope.DECLARATION.pointer);
      case "unit" -> List.of(Scope.UNIT.pointer);
      case "task" -> List.of(Scope.TASK.pointer);
      case "project" -> List.of(Scope.PROJECT.pointer);
      case "spending" -> List.of(Scope.SPENDING.pointer);
      case "funds" -> List.of(Scope.FUNDS.pointer);
      // a project's indicators have a definition of their own, with the same keys
      case "indicator" -> List.of(Scope.INDICATOR.pointer, "/definitions/projectIndicator/properties");
      default -> List.of();
    };
  }

  /** The check for declarations of {@code v} that file {@code forms}; variant names for layout. */
  static SchemaCheck of(Variant v, Collection<Variant.Form> forms, Set<String> variants) {
    String key = v.name() + "\n" + System.identityHashCode(v) + "\n"
        + forms.stream().map(Variant.Form::file).toList() + "\n" + new java.util.TreeSet<>(variants);
    return CACHE.computeIfAbsent(key, k -> SchemaCheck.of(json(v, forms, variants)));
  }

  /**
   * The check for a declaration whose {@code layout:} names no variant there is: the base schema
   * with every variant of the template root as the values of {@code layout}, so the message lists
   * them all (and suggests the nearest), not only the variants the shipped schema names.
   */
  static SchemaCheck unknownLayout(Set<String> variants) {
    String key = "\n" + new java.util.TreeSet<>(variants);
    return CACHE.computeIfAbsent(key, k -> {
      ObjectNode root = SchemaCheck.baseJson().deepCopy();
      ArrayNode names = JsonNodeFactory.instance.arrayNode();
      new java.util.TreeSet<>(variants).forEach(names::add);
      ((ObjectNode) root.at("/definitions/layout")).set("enum", names);
      return SchemaCheck.of(root);
    });
  }

  /** The schema JSON for {@code v} (also what {@code jixiao schema --layout} prints). */
  public static JsonNode json(Variant v, Collection<Variant.Form> forms, Set<String> variants) {
    ObjectNode root = SchemaCheck.baseJson().deepCopy();
    ArrayNode names = JsonNodeFactory.instance.arrayNode();
    new java.util.TreeSet<>(variants).forEach(names::add);
    ((ObjectNode) root.at("/definitions/layout")).set("enum", names);
    if (v.indicators().levels() == 2) {
      // 一级 → 指标: the indicators stand where a three-level table has its 二级
      ((ObjectNode) root.at("/definitions/level2/else")).set("additionalProperties",
          ref("#/definitions/indicator"));
      // under a project's 一级, its indicators as a map, or a list where a name repeats (also in
      // the list form of the table, where a 一级 comes again further down)
      ((ObjectNode) root.at("/definitions/projectIndicators"))
          .set("additionalProperties", ref("#/definitions/projectLevel3"));
      ((ObjectNode) root.at("/definitions/projectIndicators/items"))
          .set("additionalProperties", ref("#/definitions/projectLevel3"));
    }
    v.fields().forEach((scope, fields) -> {
      for (String at : pointers(scope)) {
        ObjectNode props = (ObjectNode) root.at(at);
        fields.forEach((k, f) -> props.set(k, field(f)));
      }
    });
    // a built-in key under the title this variant's form prints (its type stays the schema's)
    v.titles().forEach((scope, titles) -> {
      for (String at : pointers(scope)) {
        ObjectNode props = (ObjectNode) root.at(at);
        titles.forEach((k, f) -> {
          if (props.get(k) instanceof ObjectNode key) {
            key.put("title", f.title());
            if (!f.description().isEmpty()) {
              key.put("description", f.description());
            }
          }
        });
      }
    });
    for (String scope : Variant.SCOPES) {
      Set<String> printed = printed(forms, scope);
      if (printed == null) {
        continue;
      }
      for (String at : pointers(scope)) {
        if (!(root.at(at) instanceof ObjectNode props)) {
          continue; // the whole scope is refused above (no filed form prints projects)
        }
        List<String> keys = new ArrayList<>();
        props.fieldNames().forEachRemaining(keys::add);
        for (String k : keys) {
          if (!printed.contains(k) && !ALWAYS.get(scope).contains(k)) {
            props.set(k, BooleanNode.FALSE);
          }
        }
      }
    }
    noValueColumn(root, printed(forms, "indicator"));
    return root;
  }

  /**
   * A form whose indicator rows have no 指标值 column (its {@code keys: indicator:} without
   * {@code value}) has no place for {@code 名称: 2}: the schema refuses a value written in place
   * of the indicator's keys, marked for SchemaCheck to name it a {@code layout-key} error with the
   * keys the form does print, instead of the value being dropped.
   */
  private static void noValueColumn(ObjectNode root, Set<String> printed) {
    if (printed == null || printed.contains("value")) {
      return;
    }
    String keys = String.join(", ", new java.util.TreeSet<>(printed));
    for (String at : List.of("/definitions/indicator", "/definitions/projectIndicator")) {
      ObjectNode d = (ObjectNode) root.at(at);
      ArrayNode types = d.putArray("type");
      types.add("object");
      types.add("null");
      d.put("x-no-value", keys);
      d.put("description", "写成 {" + String.join(", ", new java.util.TreeSet<>(printed).stream()
          .map(k -> k + ": …").toList()) + "}（表上没有指标值一栏，不能直接写指标值）。");
    }
  }

  /** The keys of a scope the forms print together; null when one of them prints all. */
  private static Set<String> printed(Collection<Variant.Form> forms, String scope) {
    Set<String> out = new HashSet<>();
    for (Variant.Form f : forms) {
      List<String> keys = f.keys().get(scope);
      if (keys == null) {
        return null;
      }
      out.addAll(keys);
    }
    return out;
  }

  private static JsonNode ref(String to) {
    return JsonNodeFactory.instance.objectNode().put("$ref", to);
  }

  private static JsonNode field(Variant.Field f) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("title", f.title());
    if (!f.description().isEmpty()) {
      o.put("description", f.description());
    }
    o.put("$ref", switch (f.kind()) {
      case "money" -> "#/definitions/money";
      case "texts" -> "#/definitions/textOrTexts";
      case "columns" -> "#/definitions/textColumns";
      default -> "#/definitions/text";
    });
    return o;
  }
}
