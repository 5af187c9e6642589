package org.jixiao.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;

/**
 * A JSON schema for one of jixiao's own YAML files (a variant file, a variant's texts.yaml), and
 * its check: one error per place in the file, at that place's line, in the user's words.
 *
 * @param schema the schema, read once
 * @param json the schema's JSON, for the description of a place (the fix a message offers)
 * @param rule the rule id the errors carry ({@code variant-file}, {@code texts-shape})
 * @param what what the file is called in a message (版式文件, 标准文字文件)
 * @param hint the fix when the schema's message names none (where the keys are described)
 */
public record FileSchema(JsonSchema schema, JsonNode json, String rule, String what, String hint) {

  /** The schema at a classpath resource (draft 7). */
  public static FileSchema load(String resource, String rule, String what, String hint) {
    try (InputStream in = FileSchema.class.getResourceAsStream(resource)) {
      JsonNode json = new ObjectMapper().readTree(in);
      return new FileSchema(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(json,
          SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build()), json, rule, what, hint);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Throws one {@link JixiaoException} with an error per place where {@code tree} breaks the schema. */
  public void check(String file, YNode tree) {
    List<Diagnostic> out = new ArrayList<>();
    // one message per place: a oneOf says only that no alternative matched, and a place with a
    // mistake deeper inside is the alternative meant (a form written as a mapping, not false);
    // what is left at one place are the alternatives, joined; a value outside a list names the list
    Map<String, List<String>> byPlace = new LinkedHashMap<>();
    Map<String, String> hints = new HashMap<>();
    Set<String> alternatives = new HashSet<>();
    Map<String, JsonNodePath> paths = new HashMap<>();
    Map<String, String> heads = new HashMap<>();
    Set<String> empty = new HashSet<>();
    List<ValidationMessage> all = new ArrayList<>(schema.validate(YJson.toJson(tree)));
    for (ValidationMessage m : all) {
      String where0 = m.getInstanceLocation().toString();
      boolean deeper = all.stream().map(o -> o.getInstanceLocation().toString())
          .anyMatch(o -> o.startsWith(where0 + "/") || where0.isEmpty() && !o.isEmpty());
      // a key that is not allowed, or one missing, is a mistake however deep the others are
      boolean mismatch = !"additionalProperties".equals(m.getType()) && !"required".equals(m.getType());
      if ("oneOf".equals(m.getType()) && all.size() > 1 || deeper && mismatch) {
        continue;
      }
      String where = where0;
      String text = words(m.getMessage().replaceFirst("^\\S+: ", ""));
      if (m.getMessage().replaceFirst("^\\S+: ", "").startsWith("null found")) {
        empty.add(where0); // a key with nothing after it: say it may simply go
      }
      JsonNodePath path = m.getInstanceLocation();
      if ("additionalProperties".equals(m.getType()) && m.getProperty() != null) {
        // each key not allowed is its own place, at its own line, with the keys that are
        path = path.append(m.getProperty());
        where = path.toString();
        text = "不能写「" + m.getProperty() + "」";
        heads.put(where, where0 + " 里");
        Set<String> keys = keys(m.getInstanceLocation().toString());
        String near = closest(m.getProperty(), keys);
        hints.put(where, (near == null ? "" : "是不是想写 " + near + "？") + (keys.isEmpty() ? "" : "这里可写的键：" + String.join("、", keys)));
      }
      paths.putIfAbsent(where, path);
      if ("enum".equals(m.getType()) && YJson.locate(tree, m.getInstanceLocation()) instanceof YNode.YScalar v) {
        String allowed = m.getMessage().replaceFirst("(?s)^.*enumeration\\s*", "");
        text = "值「" + v.text() + "」不是可选的值 " + allowed;
        heads.put(where, where + " 的");
        hints.put(where, "写成 " + allowed.replaceAll("[\\[\\]\"]", "").replaceAll("\\s*,\\s*", " 或 ") + " 之一");
      }
      byPlace.computeIfAbsent(where, k -> new ArrayList<>()).add(text);
      if (m.getEvaluationPath().toString().contains("oneOf")) {
        alternatives.add(where);
      }
    }
    byPlace.forEach((where, messages) -> {
      YNode at = YJson.locate(tree, paths.get(where));
      out.add(Diagnostic.error(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(), rule,
          what + " " + (messages.size() == 1 && heads.containsKey(where) ? heads.get(where)
              : (where.isEmpty() ? "" : where + " ") + "有误：")
              + String.join(alternatives.contains(where) ? "；或者 " : "；", messages),
          (empty.contains(where) && !where.isEmpty() ? "「" + where.substring(where.lastIndexOf('/') + 1)
              + ":」后面什么都没写：不要它就删去这一行，要它就在其下写上内容。" : "")
              + hints.getOrDefault(where, describe(where))));
    });
    if (!out.isEmpty()) {
      out.sort(Comparator.comparingInt(Diagnostic::line));
      throw new JixiaoException(out);
    }
  }

  private static final Map<String, String> KINDS = Map.of("object", "键值", "array", "一列", "string", "一段文字",
      "null", "空", "integer", "数", "number", "数", "boolean", "是非");

  /** The schema library's common messages in the user's words; any other as it comes. */
  static String words(String message) {
    java.util.regex.Matcher type = java.util.regex.Pattern.compile("^(\\w+) found, \\[?([\\w, ]+?)\\]? expected$").matcher(message);
    if (type.matches()) {
      List<String> wanted = new ArrayList<>();
      for (String k : type.group(2).split(",\\s*")) {
        wanted.add(KINDS.getOrDefault(k, k));
      }
      return "这里写的是" + KINDS.getOrDefault(type.group(1), type.group(1)) + "，应是" + String.join("或", wanted);
    }
    java.util.regex.Matcher required = java.util.regex.Pattern.compile("^required property '(.+)' not found$").matcher(message);
    if (required.matches()) {
      return "缺少「" + required.group(1) + "」";
    }
    java.util.regex.Matcher extra = java.util.regex.Pattern.compile("^property '(.+)' is not defined in the schema.*$").matcher(message);
    if (extra.matches()) {
      return "这里不能写「" + extra.group(1) + "」";
    }
    java.util.regex.Matcher pattern = java.util.regex.Pattern.compile("^does not match the regex pattern (.+)$").matcher(message);
    if (pattern.matches()) {
      return "不合格式 " + pattern.group(1);
    }
    return message;
  }

  /**
   * The fix for a place: the title and description of the deepest part of the schema that
   * describes it (a key's own help, e.g. numbering's {n} and {cn}), else the file's general hint.
   */
  String describe(String pointer) {
    JsonNode node = json;
    String found = null;
    for (String step : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/")) {
      node = resolve(node);
      JsonNode next = node.path("properties").path(step.replace("~1", "/").replace("~0", "~"));
      if (next.isMissingNode()) {
        next = node.has("items") ? node.get("items") : node.path("additionalProperties");
      }
      node = resolve(next);
      if (node.isObject() && node.has("description")) {
        found = (node.has("title") ? node.get("title").asText() + "：" : "") + node.get("description").asText();
      }
    }
    return found == null ? hint : found;
  }

  /** The keys the schema allows in the mapping at {@code pointer} (of any alternative), sorted. */
  Set<String> keys(String pointer) {
    JsonNode node = json;
    for (String step : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/")) {
      node = resolve(node);
      JsonNode next = node.path("properties").path(step.replace("~1", "/").replace("~0", "~"));
      node = next.isMissingNode() ? (node.has("items") ? node.get("items") : node.path("additionalProperties")) : next;
    }
    Set<String> out = new TreeSet<>();
    List<JsonNode> todo = new ArrayList<>(List.of(resolve(node)));
    while (!todo.isEmpty()) {
      JsonNode n = resolve(todo.remove(0));
      n.path("properties").fieldNames().forEachRemaining(out::add);
      for (String alt : List.of("oneOf", "anyOf", "allOf")) {
        n.path(alt).forEach(todo::add);
      }
    }
    return out;
  }

  /** The known name nearest a misspelt one (at most two edits away), or null. */
  public static String closest(String key, Set<String> known) {
    return EditDistance.closest(key, known);
  }

  /** A schema node with its {@code $ref} (local) or first {@code allOf} followed. */
  private JsonNode resolve(JsonNode node) {
    for (int i = 0; i < 8 && node.isObject(); i++) {
      if (node.has("$ref") && node.get("$ref").asText().startsWith("#/")) {
        JsonNode target = json.at(node.get("$ref").asText().substring(1));
        node = node.has("description") ? merged(target, node) : target;
      } else if (node.has("allOf") && !node.has("properties") && !node.has("type")) {
        node = merged(node.get("allOf").get(0), node);
      } else {
        break;
      }
    }
    return node;
  }

  /** {@code base} with the title and description of {@code over} (a reference's own words win). */
  private static JsonNode merged(JsonNode base, JsonNode over) {
    com.fasterxml.jackson.databind.node.ObjectNode out = base.isObject()
        ? ((com.fasterxml.jackson.databind.node.ObjectNode) base).deepCopy()
        : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    for (String k : List.of("title", "description")) {
      if (over.has(k)) {
        out.set(k, over.get(k));
      }
    }
    return out;
  }
}
