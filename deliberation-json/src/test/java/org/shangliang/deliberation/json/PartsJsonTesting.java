package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.shangliang.deliberation.json.internal.JsonIn;
import org.shangliang.deliberation.json.internal.JsonOut;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.validation.RuleCode;

/**
 * Reads and writes one nested value (a party, a topic …) with its codec, outside any document, over
 * a strict {@link JsonFactory} like the one {@link DeliberationJson} uses.
 */
final class PartsJsonTesting {
  /** The profiles whose generated records the round trips take values from. */
  static final List<Profile> PROFILES =
      List.of(
          Profiles.jinan(), Profiles.haidian(), Profiles.bishan(), Profiles.jinanOwnersExample());

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private PartsJsonTesting() {}

  /**
   * Writes a value compactly.
   *
   * @return the text
   */
  static <T> String write(BiConsumer<JsonOut, T> writer, T value) {
    return write(writer, value, false);
  }

  /**
   * Writes a value indented as {@link DeliberationJson#writePretty} does.
   *
   * @return the text
   */
  static <T> String writePretty(BiConsumer<JsonOut, T> writer, T value) {
    return write(writer, value, true);
  }

  private static <T> String write(BiConsumer<JsonOut, T> writer, T value, boolean pretty) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(text)) {
      if (pretty) {
        generator.setPrettyPrinter(PrettyJson.INSTANCE);
      }
      writer.accept(new JsonOut(generator), value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * Reads a value that must be the whole text.
   *
   * @return the value
   */
  static <T> T read(Function<JsonIn, T> reader, String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonIn in = new JsonIn(parser, Optional.empty());
      T value = reader.apply(in);
      in.end();
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks that a value is written, read back equal and written again as the same text, compact and
   * indented.
   */
  static <T> void assertRoundTrip(
      BiConsumer<JsonOut, T> writer, Function<JsonIn, T> reader, T value) {
    String text = write(writer, value);
    T read = read(reader, text);
    assertThat(read).as(text).isEqualTo(value);
    assertThat(write(writer, read)).isEqualTo(text);
    String pretty = writePretty(writer, value);
    assertThat(writePretty(writer, read(reader, pretty))).isEqualTo(pretty);
  }

  /**
   * Reads a text that must be refused.
   *
   * @return the exception
   */
  static DeliberationJsonException refusal(Function<JsonIn, ?> reader, String text) {
    Throwable thrown = catchThrowable(() -> read(reader, text));
    assertThat(thrown).as(text).isInstanceOf(DeliberationJsonException.class);
    return (DeliberationJsonException) thrown;
  }

  /**
   * Valid records of every profile: {@code perProfile} seeds each, at sizes 0 to 29.
   *
   * @return the records
   */
  static List<Deliberation> validRecords(int perProfile) {
    List<Deliberation> records = new ArrayList<>();
    for (Profile profile : PROFILES) {
      for (long seed = 0; seed < perProfile; seed++) {
        records.add(Scenarios.valid(profile).generate(seed, (int) (seed % 30)).record());
      }
    }
    return records;
  }

  /**
   * Records that break one rule, of every profile and every rule it can break: {@code perCode}
   * seeds each, at size 8. They hold what valid records seldom do (refused and settled topics,
   * disputes, events that do not fit).
   *
   * @return the records
   */
  static List<Deliberation> breakingRecords(int perCode) {
    List<Deliberation> records = new ArrayList<>();
    for (Profile profile : PROFILES) {
      for (RuleCode code : Scenarios.breakableCodes()) {
        if (Scenarios.canBreak(profile, code)) {
          for (long seed = 0; seed < perCode; seed++) {
            records.add(Scenarios.breaking(profile, code).generate(seed, 8).record());
          }
        }
      }
    }
    return records;
  }
}
