package org.shangliang.deliberation.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.shangliang.deliberation.json.internal.JsonOut;

/** Writes the value of a document kind for a mapper, through the kind's codec. */
final class DocumentSerializer<T> extends JsonSerializer<T> {
  private final DocumentKind<T> kind;

  DocumentSerializer(DocumentKind<T> kind) {
    this.kind = kind;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
    try {
      kind.codec().write(new JsonOut(generator), value);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public Class<T> handledType() {
    return kind.type();
  }

  @Override
  public String toString() {
    return "DeliberationModule serializer of " + kind;
  }
}
