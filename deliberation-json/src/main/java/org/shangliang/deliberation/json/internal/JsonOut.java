package org.shangliang.deliberation.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A writer over a Jackson 2 {@link JsonGenerator}, the counterpart of {@link JsonIn}: the codecs
 * write through this class only. Numbers are written as their exact decimal text (scale kept),
 * instants in ISO-8601 UTC to the nanosecond, dates, durations and zones in ISO-8601. Empty optional
 * values and empty lists of optional properties are left out by the codecs. Not thread-safe: one
 * per document being written.
 */
public final class JsonOut {
  private final JsonGenerator generator;
  private final char[] instantText = new char[IsoInstants.MAX_LENGTH];

  /**
   * A writer.
   *
   * @param generator the generator
   */
  public JsonOut(JsonGenerator generator) {
    this.generator = generator;
  }

  /** Starts an object. */
  public void beginObject() {
    try {
      generator.writeStartObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends an object. */
  public void endObject() {
    try {
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a property name; its value follows.
   *
   * @param name the name
   */
  public void field(String name) {
    try {
      generator.writeFieldName(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a string value.
   *
   * @param value the string
   */
  public void string(String value) {
    try {
      generator.writeString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a string property.
   *
   * @param name the property
   * @param value the string
   */
  public void string(String name, String value) {
    field(name);
    string(value);
  }

  /**
   * Writes a string property if the value is present.
   *
   * @param name the property
   * @param value the string, or empty to write nothing
   */
  public void string(String name, Optional<String> value) {
    if (value.isPresent()) {
      string(name, value.get());
    }
  }

  /**
   * Writes a boolean property.
   *
   * @param name the property
   * @param value the boolean
   */
  public void bool(String name, boolean value) {
    field(name);
    try {
      generator.writeBoolean(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes an integer value.
   *
   * @param value the integer
   */
  public void integer(long value) {
    try {
      generator.writeNumber(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes an integer property.
   *
   * @param name the property
   * @param value the integer
   */
  public void integer(String name, long value) {
    field(name);
    integer(value);
  }

  /**
   * Writes a number value exactly, as {@link BigDecimal#toString()} writes it (scale kept).
   *
   * @param value the number
   */
  public void decimal(BigDecimal value) {
    try {
      generator.writeNumber(value.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a number property exactly.
   *
   * @param name the property
   * @param value the number
   */
  public void decimal(String name, BigDecimal value) {
    field(name);
    decimal(value);
  }

  /**
   * Writes an instant value: ISO-8601 in UTC, to the nanosecond as needed.
   *
   * @param value the instant
   */
  public void instant(Instant value) {
    int length = IsoInstants.format(value, instantText);
    if (length < 0) {
      string(value.toString());
      return;
    }
    try {
      generator.writeString(instantText, 0, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes an instant property.
   *
   * @param name the property
   * @param value the instant
   */
  public void instant(String name, Instant value) {
    field(name);
    instant(value);
  }

  /**
   * Writes a date property, ISO-8601.
   *
   * @param name the property
   * @param value the date
   */
  public void date(String name, LocalDate value) {
    string(name, value.toString());
  }

  /**
   * Writes a duration property, ISO-8601.
   *
   * @param name the property
   * @param value the duration
   */
  public void duration(String name, Duration value) {
    string(name, value.toString());
  }

  /**
   * Writes a zone property.
   *
   * @param name the property
   * @param value the zone
   */
  public void zone(String name, ZoneId value) {
    string(name, value.getId());
  }

  /**
   * Writes an enum property by its token.
   *
   * @param <E> the enum
   * @param name the property
   * @param tokens the enum's tokens
   * @param value the constant
   */
  public <E extends Enum<E>> void token(String name, Tokens<E> tokens, E value) {
    string(name, tokens.token(value));
  }

  /**
   * Writes an array value, each element with {@code element}: the counterpart of {@link
   * JsonIn#list(java.util.function.Function)} for a value that is itself a list (a party list).
   *
   * @param <T> the elements' type
   * @param values the elements
   * @param element writes one element
   */
  public <T> void list(List<T> values, BiConsumer<JsonOut, T> element) {
    try {
      generator.writeStartArray();
      for (T value : values) {
        element.accept(this, value);
      }
      generator.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a list property, each element with {@code element}.
   *
   * @param <T> the elements' type
   * @param name the property
   * @param values the elements
   * @param element writes one element
   */
  public <T> void list(String name, List<T> values, BiConsumer<JsonOut, T> element) {
    field(name);
    try {
      generator.writeStartArray();
      for (T value : values) {
        element.accept(this, value);
      }
      generator.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a list property unless the list is empty.
   *
   * @param <T> the elements' type
   * @param name the property
   * @param values the elements
   * @param element writes one element
   */
  public <T> void listUnlessEmpty(String name, List<T> values, BiConsumer<JsonOut, T> element) {
    if (!values.isEmpty()) {
      list(name, values, element);
    }
  }
}
