package org.jixiao.diag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Diagnostics as JSON for editors and CI: one object per file, keys in a fixed order. */
public final class DiagnosticJson {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private DiagnosticJson() {}

  /** {@code {"errors":n,"warnings":n,"files":[{"file":…,"diagnostics":[…]}]}}, files in order. */
  public static String format(Map<String, List<Diagnostic>> byFile) {
    ObjectNode root = JSON.createObjectNode();
    long errors = byFile.values().stream().flatMap(List::stream).filter(Diagnostic::isError).count();
    long all = byFile.values().stream().mapToLong(List::size).sum();
    root.put("errors", errors);
    root.put("warnings", all - errors);
    ArrayNode files = root.putArray("files");
    byFile.forEach((file, ds) -> {
      ObjectNode f = files.addObject();
      f.put("file", file);
      ArrayNode list = f.putArray("diagnostics");
      for (Diagnostic d : ds) {
        list.add(object(d));
      }
    });
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode object(Diagnostic d) {
    ObjectNode o = JSON.createObjectNode();
    o.put("file", d.file());
    o.put("line", d.line());
    o.put("column", d.column());
    o.put("severity", d.severity().label());
    o.put("rule", d.rule());
    o.put("message", d.message());
    o.put("hint", d.hint());
    return o;
  }
}
