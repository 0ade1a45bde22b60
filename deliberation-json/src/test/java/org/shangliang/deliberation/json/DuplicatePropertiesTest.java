package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.json.internal.JsonIn;

/**
 * Duplicate property names are refused by the module's own reader (the facade's parsers leave the
 * check to it), in small objects and in objects with many properties alike, each object on its own.
 */
class DuplicatePropertiesTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Reads nested objects of numbers, returning every name read, depth-first. */
  private static List<String> readObject(JsonIn in, List<String> names) {
    in.beginObject();
    for (String name = in.nextField(); name != null; name = in.nextField()) {
      names.add(name);
      if (in.nextIsString()) {
        in.string();
      } else if (name.startsWith("o")) {
        readObject(in, names);
      } else {
        in.integer();
      }
    }
    return names;
  }

  private static List<String> read(String json) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      JsonIn in = new JsonIn(parser, Optional.empty());
      List<String> names = readObject(in, new ArrayList<>());
      in.end();
      return names;
    }
  }

  /** An object of {@code count} number properties named p0, p1…, the one at {@code second} renamed to the one at {@code first} when {@code second >= 0}. */
  private static String object(int count, int first, int second) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",").append("\"p").append(i == second ? first : i).append("\":").append(i);
    }
    return json.append('}').toString();
  }

  @Test
  void objectsOfDistinctNamesAreReadWhateverTheirSize() throws IOException {
    for (int count : new int[] {0, 1, 2, 3, 15, 16, 17, 18, 40, 1_000}) {
      assertThat(read(object(count, 0, -1))).hasSize(count);
    }
  }

  @Test
  void aNameGivenTwiceIsRefusedAtItsSecondOccurrenceWhereverItStands() {
    for (int count : new int[] {2, 3, 16, 17, 18, 40, 1_000}) {
      for (int first : new int[] {0, count / 2, count - 2}) {
        for (int second = first + 1; second < count; second += Math.max(1, count / 7)) {
          String json = object(count, first, second);
          String name = "p" + first;
          int column = json.indexOf("\"" + name + "\":", json.indexOf("\"" + name + "\":") + 1) + 1;
          assertThatThrownBy(() -> read(json))
              .as("%d properties, %s at %d and %d", count, name, first, second)
              .isInstanceOfSatisfying(
                  DeliberationJsonException.class,
                  e -> {
                    assertThat(e.fault()).isEqualTo("Duplicate field '" + name + "'");
                    assertThat(e.pointer()).isEqualTo("/" + name);
                    assertThat(e.column()).isEqualTo(column);
                  });
        }
      }
    }
  }

  @Test
  void nestedObjectsMayRepeatTheNamesOfTheObjectsAroundThemAndOfTheirSiblings() throws IOException {
    String inner = object(20, 0, -1);
    String json =
        "{\"p1\":1,\"o1\":" + inner.replace("\"p3\":3", "\"o1\":" + inner) + ",\"o2\":" + inner + ",\"p2\":2}";
    assertThat(read(json)).hasSize(4 + 20 + 20 + 20);
  }

  @Test
  void aNameRepeatedInsideANestedObjectIsRefusedThere() {
    String json = "{\"p1\":1,\"o1\":{\"a\":1,\"o2\":{\"b\":1,\"b\":2}},\"p2\":2}";
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(DeliberationJsonException.class)
        .satisfies(e -> assertThat(((DeliberationJsonException) e).pointer()).isEqualTo("/o1/o2/b"));
  }
}
