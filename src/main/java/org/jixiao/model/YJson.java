package org.jixiao.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonNodePath;
import org.jixiao.model.YNode.YList;
import org.jixiao.model.YNode.YMap;
import org.jixiao.model.YNode.YScalar;

/** A YAML tree seen as JSON, for JSON Schema checks, and JSON pointers traced back to its lines. */
public final class YJson {
  private YJson() {}

  /** The YAML tree as JSON: maps to objects, lists to arrays, scalars to their text or null. */
  public static JsonNode toJson(YNode node) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (node instanceof YMap m) {
      ObjectNode o = f.objectNode();
      m.entries().forEach((k, v) -> o.set(k, toJson(v)));
      return o;
    }
    if (node instanceof YList l) {
      ArrayNode a = f.arrayNode();
      l.items().forEach(i -> a.add(toJson(i)));
      return a;
    }
    YScalar s = (YScalar) node;
    return s.isNull() ? f.nullNode() : f.textNode(s.text());
  }

  /** The YAML node a JSON pointer names; the deepest existing node when a step is missing. */
  public static YNode locate(YNode root, JsonNodePath path) {
    Object[] steps = new Object[path.getNameCount()];
    for (int i = 0; i < steps.length; i++) {
      steps[i] = path.getElement(i);
    }
    return at(root, steps);
  }

  /**
   * The YAML node at a path of keys (String) and list indexes (Integer); where the path stops
   * existing, the deepest node found, so a diagnostic still points near the problem.
   */
  public static YNode at(YNode root, Object... path) {
    YNode n = root;
    for (Object step : path) {
      YNode next = null;
      if (n instanceof YMap m && step instanceof String k) {
        next = m.entries().get(k);
      } else if (n instanceof YList l && step instanceof Integer i && i < l.items().size()) {
        next = l.items().get(i);
      }
      if (next == null) {
        return n;
      }
      n = next;
    }
    return n;
  }
}
