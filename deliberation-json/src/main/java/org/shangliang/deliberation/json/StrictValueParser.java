package org.shangliang.deliberation.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * A mapper's parser, positioned on the first token of a value, seen as a parser positioned before
 * it, as {@link org.shangliang.deliberation.json.internal.JsonIn} reads: its first {@link
 * #nextToken()} gives the current token. It refuses a property an object of the value already has,
 * as the facade's parser does, without changing the mapper's parser. Not thread-safe.
 */
final class StrictValueParser extends JsonParserDelegate {
  private final Deque<Set<String>> names = new ArrayDeque<>();
  private boolean started;

  StrictValueParser(JsonParser parser) {
    super(parser);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token;
    if (started) {
      token = delegate.nextToken();
    } else {
      started = true;
      token = delegate.currentToken();
    }
    if (token == JsonToken.START_OBJECT) {
      names.push(new HashSet<>());
    } else if (token == JsonToken.END_OBJECT) {
      names.poll();
    } else if (token == JsonToken.FIELD_NAME && !names.isEmpty()) {
      String name = delegate.currentName();
      if (!names.peek().add(name)) {
        // at the start of the name given twice, as the facade reports it
        throw new JsonParseException(
            delegate, "Duplicate field '" + name + "'", delegate.currentTokenLocation());
      }
    }
    return token;
  }
}
