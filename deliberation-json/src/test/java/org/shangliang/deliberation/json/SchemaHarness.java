package org.shangliang.deliberation.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.serialization.JsonNodeReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The schemas of {@link JsonSchemas} loaded into an independent validator, networknt's
 * json-schema-validator (draft 2020-12), with format assertions on (a validator that asserts
 * {@code format} refuses 2026-02-30 as the reader does). Documents are parsed with every number a
 * {@link java.math.BigDecimal}, so bounds and {@code multipleOf} are checked exactly.
 */
final class SchemaHarness {
  /** Parses documents for the validator: decimals exactly, never through a double. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder ->
              builder
                  .jsonNodeReader(JsonNodeReader.builder().jsonMapper(MAPPER).build())
                  .schemaLoaders(loaders -> loaders.schemas(texts())));

  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private static final Map<URI, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  private SchemaHarness() {}

  private static Map<String, String> texts() {
    Map<String, String> texts = new HashMap<>();
    JsonSchemas.all().forEach((id, text) -> texts.put(id.toString(), text));
    return texts;
  }

  /**
   * The validator's schema of a kind.
   *
   * @param kind the kind
   * @return the schema
   */
  static JsonSchema schema(DocumentKind<?> kind) {
    return SCHEMAS.computeIfAbsent(
        JsonSchemas.id(kind), id -> FACTORY.getSchema(SchemaLocation.of(id.toString()), CONFIG));
  }

  /**
   * A schema of a given $id, such as the 2020-12 meta-schema.
   *
   * @param id the id
   * @return the schema
   */
  static JsonSchema schema(String id) {
    return SCHEMAS.computeIfAbsent(URI.create(id), u -> FACTORY.getSchema(SchemaLocation.of(id), CONFIG));
  }

  /**
   * Parses a document as the validator sees it.
   *
   * @param json the text
   * @return its tree
   */
  static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the schema of a kind finds wrong with a document.
   *
   * @param kind the kind
   * @param json the document
   * @return the messages, empty if the document is valid
   */
  static List<String> errors(DocumentKind<?> kind, String json) {
    return errors(kind, tree(json));
  }

  /**
   * What the schema of a kind finds wrong with a parsed document.
   *
   * @param kind the kind
   * @param document the document
   * @return the messages, empty if the document is valid
   */
  static List<String> errors(DocumentKind<?> kind, JsonNode document) {
    return messages(kind, document).stream().map(ValidationMessage::toString).sorted().collect(Collectors.toList());
  }

  /**
   * Where the schema of a kind finds a document wrong, as JSON Pointers: the value at fault, and
   * for a missing or unknown property the property itself.
   *
   * @param kind the kind
   * @param json the document
   * @return the pointers, empty if the document is valid
   */
  static Set<String> pointers(DocumentKind<?> kind, String json) {
    Set<String> pointers = new java.util.TreeSet<>();
    for (ValidationMessage message : messages(kind, tree(json))) {
      String at = message.getInstanceLocation().toString();
      pointers.add(at);
      if (message.getProperty() != null) {
        pointers.add(at + "/" + message.getProperty());
      }
    }
    return pointers;
  }

  private static Set<ValidationMessage> messages(DocumentKind<?> kind, JsonNode document) {
    return schema(kind).validate(document);
  }
}
