package org.shangliang.deliberation.json;

import java.util.Objects;
import org.shangliang.deliberation.json.internal.Codec;
import org.shangliang.deliberation.json.internal.UnitCodecs;
import org.shangliang.deliberation.unit.Jurisdiction;

/**
 * A kind of document {@link DeliberationJson} reads and writes, with the Java type of its value.
 * Every document is a JSON object with a {@code schemaVersion} property ({@code "1.0"}); its other
 * properties are those of its value. Immutable and thread-safe.
 *
 * @param <T> the document's value
 */
public final class DocumentKind<T> {
  /**
   * A unit tree: {@code {"schemaVersion": "1.0", "units": [{"id", "level", "name", "parent"?}]}},
   * units in any order, each parent among them.
   */
  public static final DocumentKind<Jurisdiction> JURISDICTION =
      new DocumentKind<>("jurisdiction", Jurisdiction.class, UnitCodecs.JURISDICTION);

  private final String name;
  private final Class<T> type;
  private final Codec<T> codec;

  private DocumentKind(String name, Class<T> type, Codec<T> codec) {
    this.name = name;
    this.type = type;
    this.codec = codec;
    Declared.KINDS.add(this);
  }

  /**
   * Every kind, in the order they are declared.
   *
   * @return the kinds
   */
  public static java.util.List<DocumentKind<?>> values() {
    return java.util.List.copyOf(Declared.KINDS);
  }

  /**
   * The kinds, each added as it is made: the constants are made when this class is initialized,
   * before {@link #values()} can be called, and never after.
   */
  private static final class Declared {
    static final java.util.List<DocumentKind<?>> KINDS = new java.util.ArrayList<>();
  }

  /**
   * The kind's name, as the JSON Schema of the kind is named ({@code jurisdiction}, {@code record}
   * …).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The Java type of the document's value.
   *
   * @return the type
   */
  public Class<T> type() {
    return type;
  }

  Codec<T> codec() {
    return codec;
  }

  @Override
  public String toString() {
    return "DocumentKind[" + name + "]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DocumentKind && ((DocumentKind<?>) other).name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name);
  }
}
