package org.shangliang.deliberation.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.shangliang.deliberation.json.internal.Codec;
import org.shangliang.deliberation.json.internal.JsonIn;
import org.shangliang.deliberation.json.internal.JsonOut;
import org.shangliang.deliberation.json.internal.ProfileCodecs;
import org.shangliang.deliberation.json.internal.RecordCodecs;
import org.shangliang.deliberation.json.internal.RuleNames;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;

/**
 * Reads and writes deliberation documents as JSON: each {@link DocumentKind} from and to strings,
 * bytes, streams, readers, writers and files. Reading is strict — unknown properties, duplicate
 * keys, trailing tokens, nulls where a value is required, numbers written as strings and any other
 * coercion are refused — and limited ({@link JsonLimits}); every fault in the input raises a {@link
 * DeliberationJsonException} with the JSON Pointer, line and column of the offending value. Reading
 * never guesses a time zone: a local date-time without an offset is refused unless the reader was
 * given one ({@link Builder#localTimesIn(ZoneId)}, the profile's zone).
 *
 * <pre>{@code
 * DeliberationJson json = DeliberationJson.create();
 * Jurisdiction units = json.read(DocumentKind.JURISDICTION, Path.of("units.json"));
 * String text = json.write(DocumentKind.JURISDICTION, units);
 * }</pre>
 *
 * <p>What is read is written back the same: decimals keep their scale, instants their nanoseconds
 * and lists their order. Immutable and thread-safe: create one and share it. Streams and readers
 * given to it are read or written but not closed.
 *
 * <p>A {@linkplain DocumentKind#PROFILE profile} may extend another: a built-in one by its id, a
 * file next to the document when the document is read from a file ({@link #read(DocumentKind,
 * Path)}), or a profile the resolver given to {@link Builder#profiles(Function)} finds, tried in
 * that order. A cycle of profiles extending each other is refused, as are profiles extending
 * each other more than 32 deep.
 *
 * <p>A {@linkplain DocumentKind#RECORD record}'s vote may name a rule of the record's profile
 * instead of writing it in full — {@code "rule": "major"} (a matter size) or {@code "rule":
 * "entry:lift-installation"} (a catalogue entry) — when the reader is given that profile ({@link
 * Builder#rulesOf(Profile)}); the writer given it writes a vote's rule as its name when it is the
 * rule the profile sets for the record's topic. Without a profile, names are refused and rules are
 * written in full.
 */
public final class DeliberationJson {
  private final JsonLimits limits;
  private final Optional<ZoneId> localTimeZone;
  private final JsonFactory factory;
  private final Function<String, Optional<Profile>> profiles;
  private final Optional<Profile> rulesOf;

  /** The record document, its votes' rules named after {@link #rulesOf}'s if there is one. */
  private final Codec<Deliberation> record;

  /** How many profile documents and names may be read extending one another, nested. */
  private static final int MAX_EXTENDING = 32;

  /**
   * The profile documents and names being read on this thread, outermost first, each as its key
   * ({@code file:} and the absolute path, or {@code name:} and the name) and the name shown in a
   * message: a cycle of profiles extending each other is found when a key comes again.
   */
  private static final ThreadLocal<Deque<String[]>> EXTENDING =
      ThreadLocal.withInitial(ArrayDeque::new);

  private DeliberationJson(
      JsonLimits limits,
      Optional<ZoneId> localTimeZone,
      Function<String, Optional<Profile>> profiles,
      Optional<Profile> rulesOf) {
    this.limits = limits;
    this.localTimeZone = localTimeZone;
    this.profiles = profiles;
    this.rulesOf = rulesOf;
    this.record =
        rulesOf.isPresent() ? RecordCodecs.record(RuleNames.of(rulesOf)) : RecordCodecs.RECORD;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxDocumentLength(limits.maxDocumentLength())
                    .maxStringLength(limits.maxStringLength())
                    .maxNameLength(limits.maxNameLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxTokenCount(limits.maxTokenCount())
                    .build())
            // duplicate properties are refused by JsonIn, without a hash set per object
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
  }

  /**
   * A reader and writer with the default limits that refuses local date-times.
   *
   * @return the instance
   */
  public static DeliberationJson create() {
    return new DeliberationJson(
        JsonLimits.DEFAULT, Optional.empty(), name -> Optional.empty(), Optional.empty());
  }

  /**
   * A builder of a reader and writer with other limits or a zone for local date-times.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeliberationJson}. */
  public static final class Builder {
    private JsonLimits limits = JsonLimits.DEFAULT;
    private Optional<ZoneId> localTimeZone = Optional.empty();
    private Function<String, Optional<Profile>> profiles = name -> Optional.empty();
    private Optional<Profile> rulesOf = Optional.empty();

    private Builder() {}

    /**
     * The limits on documents read.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(JsonLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Reads local date-times written without an offset ({@code 2026-11-20T19:40:00}, as many front
     * ends send them) in this zone — the profile's. Without it they are refused.
     *
     * @param zone the zone
     * @return this builder
     */
    public Builder localTimesIn(ZoneId zone) {
      this.localTimeZone = Optional.of(Objects.requireNonNull(zone, "zone"));
      return this;
    }

    /**
     * Finds the profiles that profile documents extend by a name that is neither a built-in
     * profile's id nor a file next to the document: a city's profiles kept elsewhere. The resolver
     * may read another profile document with the instance being built; a cycle of documents
     * extending each other is then refused as any other. Without one, only built-in profiles and
     * files are extended.
     *
     * @param resolver returns the profile of a name, or empty if it knows none; it must be
     *     thread-safe, and may raise a {@link DeliberationJsonException} if the profile it reads is
     *     not valid, which is reported at the {@code extends} naming it
     * @return this builder
     */
    public Builder profiles(Function<String, Optional<Profile>> resolver) {
      this.profiles = Objects.requireNonNull(resolver, "resolver");
      return this;
    }

    /**
     * The profile whose decision rules a record's votes may name instead of writing them in full:
     * a matter size's token ({@code "rule": "major"}, {@code "minor"}, {@code "urgent"}) names the
     * profile's {@linkplain Profile#decisionRules() rule for that size}, and {@code "entry:"}
     * followed by a catalogue entry's id ({@code "rule": "entry:lift-installation"}) its {@linkplain
     * Profile#entryDecisionRules() rule for that entry}. Reading, such a name is the profile's
     * rule, and a name the profile has no rule of is refused at its pointer. Writing, a vote's rule
     * that equals the rule the profile sets for the record's topic ({@link
     * Profile#decisionRule(org.shangliang.deliberation.topic.Topic)}: its entry's if it has one,
     * else its size's) is written as that rule's name; any other rule in full. So a record written
     * and read again with the same profile is equal, and written again the same text. Without a
     * profile, a name is refused and every rule written in full.
     *
     * @param profile the records' profile
     * @return this builder
     */
    public Builder rulesOf(Profile profile) {
      this.rulesOf = Optional.of(Objects.requireNonNull(profile, "profile"));
      return this;
    }

    /**
     * Builds the reader and writer.
     *
     * @return the instance
     */
    public DeliberationJson build() {
      return new DeliberationJson(limits, localTimeZone, profiles, rulesOf);
    }
  }

  /**
   * The limits on documents read.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * The zone in which local date-times are read.
   *
   * @return the zone, or empty if they are refused
   */
  public Optional<ZoneId> localTimeZone() {
    return localTimeZone;
  }

  /**
   * The profile whose decision rules a record's votes may name ({@link Builder#rulesOf(Profile)}).
   *
   * @return the profile, or empty if names are refused and rules written in full
   */
  public Optional<Profile> rulesOf() {
    return rulesOf;
  }

  // ---------------------------------------------------------------------------------------------
  // reading

  /**
   * Reads a document from a string.
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param json the document
   * @return the value
   * @throws DeliberationJsonException if the document is not a valid document of that kind
   */
  public <T> T read(DocumentKind<T> kind, String json) {
    Objects.requireNonNull(json, "json");
    try (JsonParser parser = factory.createParser(json)) {
      return read(kind, parser);
    } catch (JsonProcessingException | CharConversionException e) {
      throw JsonIn.documentFault(e); // too long, or in no encoding of JSON
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document from UTF-8 (or UTF-16/32, detected) bytes.
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param json the document
   * @return the value
   * @throws DeliberationJsonException if the document is not a valid document of that kind
   */
  public <T> T read(DocumentKind<T> kind, byte[] json) {
    Objects.requireNonNull(json, "json");
    try (JsonParser parser = factory.createParser(json)) {
      return read(kind, parser);
    } catch (JsonProcessingException | CharConversionException e) {
      throw JsonIn.documentFault(e); // too long, or in no encoding of JSON
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document from a stream, which is not closed.
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param json the stream
   * @return the value
   * @throws DeliberationJsonException if the document is not a valid document of that kind
   * @throws UncheckedIOException if reading the stream fails
   */
  public <T> T read(DocumentKind<T> kind, InputStream json) {
    Objects.requireNonNull(json, "json");
    try (JsonParser parser = factory.createParser(json)) {
      return read(kind, parser);
    } catch (JsonProcessingException | CharConversionException e) {
      throw JsonIn.documentFault(e); // too long, or in no encoding of JSON
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document from a reader, which is not closed.
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param json the reader
   * @return the value
   * @throws DeliberationJsonException if the document is not a valid document of that kind
   * @throws UncheckedIOException if reading fails
   */
  public <T> T read(DocumentKind<T> kind, Reader json) {
    Objects.requireNonNull(json, "json");
    try (JsonParser parser = factory.createParser(json)) {
      return read(kind, parser);
    } catch (JsonProcessingException | CharConversionException e) {
      throw JsonIn.documentFault(e); // too long, or in no encoding of JSON
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document from a file.
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param file the file
   * @return the value
   * @throws DeliberationJsonException if the document is not a valid document of that kind
   * @throws UncheckedIOException if the file cannot be read
   */
  public <T> T read(DocumentKind<T> kind, Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    return read(kind, file, name == null ? file.toString() : name.toString());
  }

  private <T> T read(DocumentKind<T> kind, Path file, String shownAs) {
    Objects.requireNonNull(kind, "kind");
    Supplier<T> read =
        () -> {
          try (InputStream in = Files.newInputStream(file);
              JsonParser parser = factory.createParser(in)) {
            return read(kind, parser, file);
          } catch (JsonProcessingException | CharConversionException e) {
            throw JsonIn.documentFault(e); // too long, or in no encoding of JSON
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    if (!kind.equals(DocumentKind.PROFILE)) {
      return read.get();
    }
    return extending("file:" + file.toAbsolutePath().normalize(), shownAs, read);
  }

  /**
   * Reads one document from a parser positioned before it, and checks that nothing follows it.
   * The parser is not closed. A profile's {@code extends} names a built-in profile or one the
   * resolver finds.
   */
  <T> T read(DocumentKind<T> kind, JsonParser parser) {
    return read(kind, parser, null);
  }

  /**
   * Reads a document; a profile's {@code extends} resolved next to {@code file} if it was read
   * from one.
   */
  @SuppressWarnings("unchecked") // the codec of DocumentKind.PROFILE is a Codec<Profile>
  private <T> T read(DocumentKind<T> kind, JsonParser parser, Path file) {
    Objects.requireNonNull(kind, "kind");
    Codec<T> codec =
        kind.equals(DocumentKind.PROFILE)
            ? (Codec<T>) ProfileCodecs.profile(name -> resolveProfile(name, file))
            : codec(kind);
    JsonIn in = new JsonIn(parser, localTimeZone);
    T value = codec.read(in);
    in.end();
    return value;
  }

  /**
   * The profile a document extends by a name that is not a built-in id: the file of that name next
   * to {@code file}, else what the resolver finds.
   */
  private Optional<Profile> resolveProfile(String name, Path file) {
    if (file != null) {
      Path candidate = null;
      try {
        Path directory = file.toAbsolutePath().getParent();
        candidate = directory == null ? Path.of(name) : directory.resolve(name);
      } catch (InvalidPathException e) {
        // not a file name: the resolver may know it
      }
      if (candidate != null && Files.isRegularFile(candidate)) {
        return Optional.of(read(DocumentKind.PROFILE, candidate, name));
      }
    }
    return extending("name:" + name, name, () -> profiles.apply(name));
  }

  /**
   * Reads a profile document or resolves a name with it on this thread's stack of profiles being
   * read, refusing it if it is already there: a cycle.
   */
  private static <T> T extending(String key, String shownAs, Supplier<T> read) {
    Deque<String[]> stack = EXTENDING.get();
    for (String[] reading : stack) {
      if (reading[0].equals(key)) {
        List<String> cycle = new ArrayList<>();
        boolean inCycle = false;
        for (String[] each : stack) {
          inCycle |= each[0].equals(key);
          if (inCycle) {
            cycle.add(JsonIn.quote(each[1]));
          }
        }
        cycle.add(JsonIn.quote(shownAs));
        throw new ProfileCodecs.CannotExtend(
            "a cycle of profiles extending each other: " + String.join(" extends ", cycle));
      }
    }
    if (stack.size() >= MAX_EXTENDING) {
      throw new ProfileCodecs.CannotExtend(
          "profiles extend each other more than " + MAX_EXTENDING + " deep");
    }
    stack.addLast(new String[] {key, shownAs});
    try {
      return read.get();
    } finally {
      stack.removeLast();
      if (stack.isEmpty()) {
        EXTENDING.remove();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // JSON Lines

  /**
   * Reads and writes files of many documents of one kind, one compact document a line (<a
   * href="https://jsonlines.org">JSON Lines</a>), in constant memory, with this instance's limits
   * (each line is one document within them) and zone for local date-times.
   *
   * @param <T> the documents' value
   * @param kind the kind of every document of the files
   * @return the reader and writer of JSON Lines
   */
  public <T> JsonLines<T> lines(DocumentKind<T> kind) {
    return new JsonLines<>(this, Objects.requireNonNull(kind, "kind"));
  }

  /** The factory of parsers and generators, with the limits, strict and not closing sources. */
  JsonFactory factory() {
    return factory;
  }

  // ---------------------------------------------------------------------------------------------
  // writing

  /**
   * Writes a document as a string, compact (one line).
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param value the value
   * @return the JSON text
   */
  public <T> String write(DocumentKind<T> kind, T value) {
    // as ObjectMapper.writeValueAsString: segments from the factory's recycled buffers, no copying
    // as the text grows
    BufferRecycler recycler = factory._getBufferRecycler();
    try (SegmentedStringWriter text = new SegmentedStringWriter(recycler)) {
      write(kind, value, text);
      return text.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      recycler.releaseToPool();
    }
  }

  /**
   * Writes a document as UTF-8 bytes, compact (one line).
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param value the value
   * @return the JSON bytes
   */
  public <T> byte[] writeBytes(DocumentKind<T> kind, T value) {
    // as ObjectMapper.writeValueAsBytes: blocks from the factory's recycled buffers, no copying as
    // the document grows
    BufferRecycler recycler = factory._getBufferRecycler();
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(recycler)) {
      write(kind, value, bytes);
      byte[] written = bytes.toByteArray();
      bytes.release();
      return written;
    } finally {
      recycler.releaseToPool();
    }
  }

  /**
   * Writes a document to a stream as UTF-8, compact; the stream is flushed, not closed.
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param value the value
   * @param out the stream
   * @throws UncheckedIOException if writing fails
   */
  public <T> void write(DocumentKind<T> kind, T value, OutputStream out) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8)) {
      write(kind, value, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document to a writer, compact; the writer is flushed, not closed.
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param value the value
   * @param out the writer
   * @throws UncheckedIOException if writing fails
   */
  public <T> void write(DocumentKind<T> kind, T value, Writer out) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator generator = factory.createGenerator(out)) {
      write(kind, value, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document to a file as UTF-8, indented for people to read, ending with a line break.
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param value the value
   * @param file the file, created or replaced
   * @throws UncheckedIOException if writing fails
   */
  public <T> void write(DocumentKind<T> kind, T value, Path file) {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(writePretty(kind, value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document as a string indented for people to read (two spaces, one property a line),
   * ending with a line break: the form of the documents in a repository.
   *
   * @param <T> the document's value
   * @param kind the kind of document
   * @param value the value
   * @return the JSON text
   */
  public <T> String writePretty(DocumentKind<T> kind, T value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = factory.createGenerator(text)) {
      generator.setPrettyPrinter(PrettyJson.INSTANCE);
      write(kind, value, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.append('\n').toString();
  }

  private <T> void write(DocumentKind<T> kind, T value, JsonGenerator generator) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    codec(kind).write(new JsonOut(generator), value);
  }

  /**
   * The codec of a kind of document as this instance reads and writes it: a record's with the
   * names of {@link #rulesOf}'s rules; a profile's extending built-in profiles only.
   */
  @SuppressWarnings("unchecked") // the codec of DocumentKind.RECORD is a Codec<Deliberation>
  <T> Codec<T> codec(DocumentKind<T> kind) {
    return kind.equals(DocumentKind.RECORD) ? (Codec<T>) record : kind.codec();
  }

}
