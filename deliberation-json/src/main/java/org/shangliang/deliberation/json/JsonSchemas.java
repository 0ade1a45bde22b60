package org.shangliang.deliberation.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON Schemas (draft 2020-12) of the documents, shipped in this module: one schema per {@link
 * DocumentKind} ({@code record.json}, {@code jurisdiction.json}, {@code calendar.json}, {@code
 * report.json}, {@code obligations.json}, {@code profile.json}, {@code household-links.json}) and
 * the shared definitions they
 * refer to ({@code common.json}), each with its {@code $id} under {@value #BASE}. Give a validator all of them
 * ({@link #all()}), then validate a document against the schema of its kind.
 *
 * <p>A schema refuses what it can express: unknown properties, wrong JSON types, {@code null}, a
 * missing required property, a token that is no constant, an identifier outside the core's
 * alphabet and length, an instant, date or duration of the wrong form, a decimal outside the core's
 * bounds. What spans several values (a repeated id, the order of instants, a parent unit among the
 * units) only the reader checks; a document the schema accepts may still be refused by {@link
 * DeliberationJson}, but not for a fault the schema can see. Titles and descriptions are in English
 * and Chinese: {@code "English / 中文"}.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonSchemas {
  /** The base URI of every schema's {@code $id}: major version 1 of the format. */
  public static final String BASE = "https://shangliang.org/schema/1/";

  /** The name of the schema of shared definitions, {@code common.json}. */
  public static final String COMMON = "common";

  private static final String RESOURCES = "/org/shangliang/deliberation/json/schema/";

  private static final List<DocumentKind<?>> KINDS =
      List.of(
          DocumentKind.RECORD,
          DocumentKind.JURISDICTION,
          DocumentKind.CALENDAR,
          DocumentKind.REPORT,
          DocumentKind.OBLIGATIONS,
          DocumentKind.PROFILE,
          DocumentKind.HOUSEHOLD_LINKS);

  private JsonSchemas() {}

  /**
   * The kinds that have a schema, in a fixed order.
   *
   * @return the kinds
   */
  public static List<DocumentKind<?>> kinds() {
    return KINDS;
  }

  /**
   * The schema of a kind of document.
   *
   * @param kind the kind
   * @return the schema's text, JSON
   * @throws IllegalArgumentException if the kind has no schema
   */
  public static String of(DocumentKind<?> kind) {
    return Texts.ALL.get(id(kind));
  }

  /**
   * The {@code $id} of a kind's schema, such as {@code https://shangliang.org/schema/1/record.json}.
   *
   * @param kind the kind
   * @return the id
   * @throws IllegalArgumentException if the kind has no schema
   */
  public static URI id(DocumentKind<?> kind) {
    Objects.requireNonNull(kind, "kind");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("no JSON Schema for the document kind " + kind.name());
    }
    return URI.create(BASE + kind.name() + ".json");
  }

  /**
   * The schema of the definitions the kinds share ({@code common.json}), which their schemas refer
   * to by relative references ({@code common.json#/$defs/instant}).
   *
   * @return the schema's text, JSON
   */
  public static String common() {
    return Texts.ALL.get(commonId());
  }

  /**
   * The {@code $id} of the shared definitions, {@code https://shangliang.org/schema/1/common.json}.
   *
   * @return the id
   */
  public static URI commonId() {
    return URI.create(BASE + COMMON + ".json");
  }

  /**
   * Every schema by its {@code $id}: the kinds' in the order of {@link #kinds()}, then the shared
   * definitions.
   *
   * @return the schemas' texts, unmodifiable
   */
  public static Map<URI, String> all() {
    return Texts.ALL;
  }

  /** The texts, read once from the module's resources when first asked for. */
  private static final class Texts {
    static final Map<URI, String> ALL = load();

    private static Map<URI, String> load() {
      Map<URI, String> texts = new LinkedHashMap<>();
      for (DocumentKind<?> kind : KINDS) {
        texts.put(id(kind), resource(kind.name()));
      }
      texts.put(commonId(), resource(COMMON));
      return Collections.unmodifiableMap(texts);
    }

    private static String resource(String name) {
      String path = RESOURCES + name + ".json";
      try (InputStream in = JsonSchemas.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("the schema " + path + " is missing from the module");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
