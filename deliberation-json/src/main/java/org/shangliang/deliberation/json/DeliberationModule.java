package org.shangliang.deliberation.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * A Jackson 2 databind module: an {@code ObjectMapper} with it reads and writes the value of
 * every {@link DocumentKind} ({@code Jurisdiction} …) exactly as {@link DeliberationJson} does,
 * through the same codecs — as a whole document, or as a property or element of your own classes.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new DeliberationModule());
 * String text = mapper.writeValueAsString(units);             // the facade's text, compact
 * Jurisdiction read = mapper.readValue(text, Jurisdiction.class);
 * }</pre>
 *
 * <p>{@link java.util.ServiceLoader} finds it ({@code ObjectMapper.findModules()}, {@code
 * findAndRegisterModules()}): the module declares it in its module descriptor and in {@code
 * META-INF/services}. Its name is {@value #NAME}; its version is this library's.
 *
 * <p><b>What it changes.</b> Only the serializer and deserializer of the documents' Java types
 * that belong to the deliberation model ({@code Jurisdiction}, …); never the mapper's features or
 * other settings, and so none of its other types. A kind whose value is a JDK type (a {@code List}
 * of obligations) is not served — it would take over every {@code List} — so read and write it
 * with {@link DeliberationJson}. If two kinds shared a Java type, the first declared would serve
 * it.
 *
 * <p><b>Strict as the facade.</b> The value is read exactly, whatever the mapper's settings: no
 * coercion (a number written as a string, a single value for a list, {@code 1} for {@code true}
 * are refused), unknown and duplicate properties refused, {@code null} refused inside the value
 * and as the whole document. A {@code null} property of your own class that holds a document is
 * your class's business, as for any other reference type, and so is anything after the value: the
 * mapper reads around the value with its own settings ({@code FAIL_ON_TRAILING_TOKENS} …), and its
 * parser's limits ({@code StreamReadConstraints}), not {@link JsonLimits}, bound the input.
 * Polymorphic type handling (default typing) is not supported for these types: documents name no
 * Java class.
 *
 * <p><b>What a databind user sees of bad input.</b> The mapper throws a {@code
 * JsonMappingException} (an {@code IOException}) whose message begins with the fault, as {@link
 * DeliberationJsonException} reads it, followed by Jackson's location (and reference chain, for a
 * value inside your classes), and whose {@code getCause()} is the {@code
 * DeliberationJsonException}: its {@link DeliberationJsonException#pointer() pointer} is the JSON
 * Pointer of the fault in the whole text the mapper reads ({@code /tree/units/0/level} for the
 * property {@code tree} of your class), with the line and column there:
 *
 * <pre>{@code
 * try {
 *   mapper.readValue(text, Jurisdiction.class);
 * } catch (JsonMappingException e) {
 *   if (e.getCause() instanceof DeliberationJsonException fault) {
 *     reply(400, fault.pointer(), fault.fault()); // "/units/0/level", "must be a string, was …"
 *   }
 * }
 * }</pre>
 *
 * <p><b>Writing</b> gives the facade's compact text, or the mapper's indentation if it indents;
 * generator settings that change values ({@code WRITE_NUMBERS_AS_STRINGS}) would write what no
 * reader reads — leave them off. {@code convertValue} keeps values equal. A {@code JsonNode} tree
 * ({@code valueToTree}, {@code treeToValue}) holds decimals as the mapper's tree settings say: by
 * default as doubles, which lose the scale ({@code 62.40} comes back {@code 62.4}, not equal); keep
 * documents as text, or enable {@code USE_BIG_DECIMAL_FOR_FLOATS} and disable {@code
 * JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES}. Immutable and thread-safe.
 */
public final class DeliberationModule extends Module {
  /** The module's name, as Jackson reports it. */
  public static final String NAME = "shangliang-deliberation";

  private static final Version VERSION = readVersion();

  private final Optional<ZoneId> localTimeZone;

  /**
   * A module that refuses local date-times written without an offset, as {@link
   * DeliberationJson#create()} does; the one {@link java.util.ServiceLoader} makes.
   */
  public DeliberationModule() {
    this.localTimeZone = Optional.empty();
  }

  /**
   * A module that reads local date-times written without an offset in this zone — the profile's —
   * as {@link DeliberationJson.Builder#localTimesIn(ZoneId)} does. Registered after the one found
   * by {@link java.util.ServiceLoader}, it takes its place.
   *
   * @param localTimeZone the zone
   */
  public DeliberationModule(ZoneId localTimeZone) {
    this.localTimeZone = Optional.of(Objects.requireNonNull(localTimeZone, "localTimeZone"));
  }

  /**
   * The module's name.
   *
   * @return {@value #NAME}
   */
  @Override
  public String getModuleName() {
    return NAME;
  }

  /**
   * This library's version (group {@code org.shangliang}, artifact {@code deliberation-json}), as
   * the build recorded it.
   *
   * @return the version
   */
  @Override
  public Version version() {
    return VERSION;
  }

  /**
   * What a mapper tells registrations apart by: the name, and the zone if given — registering a
   * module with another zone is not ignored as a duplicate, and takes precedence.
   *
   * @return the id
   */
  @Override
  public Object getTypeId() {
    return localTimeZone.map(zone -> NAME + "@" + zone.getId()).orElse(NAME);
  }

  /**
   * Adds the serializers and deserializers of the documents' Java types.
   *
   * @param context the mapper's setup
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    Set<Class<?>> served = new HashSet<>();
    for (DocumentKind<?> kind : DocumentKind.values()) {
      if (serves(kind.type()) && served.add(kind.type())) {
        add(kind, serializers, deserializers);
      }
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  /**
   * Whether the module serves a kind of this Java type: only a type of the deliberation model. A
   * kind whose value is a JDK type (a {@code List} of obligations) is left to the facade: serving
   * it would take over every value of that type the mapper reads and writes.
   */
  static boolean serves(Class<?> type) {
    return type.getName().startsWith("org.shangliang.deliberation.");
  }

  private <T> void add(DocumentKind<T> kind, SimpleSerializers serializers, SimpleDeserializers deserializers) {
    serializers.addSerializer(kind.type(), new DocumentSerializer<>(kind));
    deserializers.addDeserializer(kind.type(), new DocumentDeserializer<>(kind, localTimeZone));
  }

  @Override
  public String toString() {
    return "DeliberationModule[" + getTypeId() + " " + VERSION + "]";
  }

  private static Version readVersion() {
    try (InputStream in = DeliberationModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "");
      if (version.isEmpty() || version.startsWith("${")) {
        return Version.unknownVersion(); // built without resource filtering
      }
      return VersionUtil.parseVersion(
          version, properties.getProperty("groupId"), properties.getProperty("artifactId"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
