package org.jixiao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schema is valid draft-07, and an editor reading the samples (numbers typed) sees no error. */
class SchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theSchemaIsValidDraft07() throws IOException {
    JsonNode schema = JSON.readTree(SchemaCheck.text());
    Set<ValidationMessage> problems = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(java.net.URI.create("http://json-schema.org/draft-07/schema#"))
        .validate(schema);
    assertEquals(Set.of(), problems);
  }

  /**
   * Each sample, and each real form of src/test/resources/real, is valid against the schema of its
   * variant (the shipped schema with the variant's own fields, its layout names and the keys its
   * forms print), as an editor types it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"data", "src/test/resources/real"})
  void editorsSeeTheSamplesAsValid(String folder) throws IOException {
    var variants = new org.jixiao.variant.Variants(
        org.jixiao.template.TemplateRoot.folder(Path.of("templates")));
    try (Stream<Path> s = Files.walk(Path.of(folder))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        // an editor types 4795 as a number and 2024-10-16 as text, as Jackson's YAML reader does
        JsonNode typed = new YAMLMapper().readTree(p.toFile());
        assertTrue(typed.get("year").isNumber());
        var v = variants.get(typed.get("layout").asText());
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(VariantSchema.json(v, v.forms(), variants.names()));
        assertEquals(Set.of(), schema.validate(typed), p.toString());
      }
    }
  }

  /** The shipped schema alone still takes the samples of the shipped base variants. */
  @Test
  void theShippedSchemaTakesTheSamplesOfItsOwnLayouts() throws IOException {
    var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(JSON.readTree(SchemaCheck.text()));
    JsonNode names = JSON.readTree(SchemaCheck.text()).at("/definitions/layout/enum");
    int checked = 0;
    try (Stream<Path> s = Files.walk(Path.of("data"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        JsonNode typed = new YAMLMapper().readTree(p.toFile());
        boolean shipped = false;
        for (JsonNode n : names) {
          shipped |= n.asText().equals(typed.get("layout").asText());
        }
        if (shipped) {
          assertEquals(Set.of(), schema.validate(typed), p.toString());
          checked++;
        }
      }
    }
    assertTrue(checked >= 5, "checked " + checked);
  }

  @Test
  void everyPropertyHasAChineseTitle() throws IOException {
    JsonNode schema = JSON.readTree(SchemaCheck.text());
    schema.get("properties").fields().forEachRemaining(e ->
        assertTrue(e.getValue().has("title") && e.getValue().get("title").asText()
            .codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), e.getKey()));
  }
}
