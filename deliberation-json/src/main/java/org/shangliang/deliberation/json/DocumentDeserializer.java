package org.shangliang.deliberation.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.AccessPattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Optional;
import org.shangliang.deliberation.json.internal.JsonIn;

/**
 * Reads the value of a document kind for a mapper, through the kind's codec, strictly: over a
 * {@link StrictValueParser} that refuses duplicate properties whatever the mapper's parser allows.
 * A fault becomes a {@link JsonMappingException} whose cause is the {@link
 * DeliberationJsonException}.
 */
final class DocumentDeserializer<T> extends JsonDeserializer<T> {
  private final DocumentKind<T> kind;
  private final Optional<ZoneId> localTimeZone;

  DocumentDeserializer(DocumentKind<T> kind, Optional<ZoneId> localTimeZone) {
    this.kind = kind;
    this.localTimeZone = localTimeZone;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    try {
      return kind.codec().read(new JsonIn(new StrictValueParser(parser), localTimeZone));
    } catch (DeliberationJsonException e) {
      throw JsonMappingException.from(parser, e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** {@code null} as the whole document is refused, as the facade refuses it. */
  @Override
  public T getNullValue(DeserializationContext context) throws JsonMappingException {
    JsonParser parser = context == null ? null : context.getParser();
    if (parser == null) {
      return null;
    }
    JsonStreamContext where = parser.getParsingContext();
    if (where != null && !where.inRoot()) {
      return null; // a null property or element of the caller's classes: theirs to allow
    }
    DeliberationJsonException fault =
        new DeliberationJsonException(
            "", parser.currentTokenLocation().getLineNr(), parser.currentTokenLocation().getColumnNr(),
            "must be an object (a " + kind.name() + " document), was null", null);
    throw JsonMappingException.from(parser, fault.getMessage(), fault);
  }

  @Override
  public AccessPattern getNullAccessPattern() {
    return AccessPattern.DYNAMIC;
  }

  /** An absent property of the caller's classes: theirs, as for any reference type. */
  @Override
  public Object getAbsentValue(DeserializationContext context) {
    return null;
  }

  @Override
  public Class<?> handledType() {
    return kind.type();
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.POJO;
  }

  @Override
  public boolean isCachable() {
    return true;
  }

  /** Values are immutable: never read into an existing one. */
  @Override
  public Boolean supportsUpdate(DeserializationConfig config) {
    return Boolean.FALSE;
  }

  @Override
  public String toString() {
    return "DeliberationModule deserializer of " + kind;
  }
}
