package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.json.internal.JsonIn;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.Gen;
import org.shangliang.deliberation.testkit.Generators;
import org.shangliang.deliberation.unit.Jurisdiction;

class DeliberationModuleTest {
  private static final DeliberationJson JSON = DeliberationJson.create();
  private static final Gen<Jurisdiction> TREES = Generators.jurisdictions(Profiles.jinan());

  /** A class of a databind user holding a document. */
  record Holder(String name, Jurisdiction tree) {}

  private static ObjectMapper mapper() {
    return new ObjectMapper().registerModule(new DeliberationModule());
  }

  private static DeliberationJsonException fault(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof DeliberationJsonException) {
        return (DeliberationJsonException) t;
      }
    }
    throw new AssertionError("no DeliberationJsonException in the cause chain of " + thrown);
  }

  // ---------------------------------------------------------------------------------------------
  // reading and writing

  @Test
  void aMapperWritesTheFacadesTextAndReadsItBackEqual() throws IOException {
    ObjectMapper mapper = mapper();
    for (int seed = 0; seed < 300; seed++) {
      Jurisdiction tree = TREES.sample(seed, seed % 200);
      String text = JSON.write(DocumentKind.JURISDICTION, tree);
      assertThat(mapper.writeValueAsString(tree)).isEqualTo(text);
      assertThat(mapper.readValue(text, Jurisdiction.class)).isEqualTo(tree);
      assertThat(mapper.readValue(JSON.writePretty(DocumentKind.JURISDICTION, tree), Jurisdiction.class))
          .isEqualTo(tree);
    }
  }

  @Test
  void documentsInsideTheCallersClassesAndListsReadBackEqual() throws IOException {
    ObjectMapper mapper = mapper();
    Jurisdiction first = TREES.sample(1, 50);
    Jurisdiction second = TREES.sample(2, 50);
    Holder holder = new Holder("a", first);
    String text = mapper.writeValueAsString(holder);
    assertThat(text).isEqualTo("{\"name\":\"a\",\"tree\":" + JSON.write(DocumentKind.JURISDICTION, first) + "}");
    assertThat(mapper.readValue(text, Holder.class)).isEqualTo(holder);

    String list = mapper.writeValueAsString(List.of(first, second));
    assertThat(mapper.readValue(list, new TypeReference<List<Jurisdiction>>() {})).containsExactly(first, second);
    assertThat(mapper.readValue("{\"name\":\"b\",\"tree\":null}", Holder.class)).isEqualTo(new Holder("b", null));
  }

  @Test
  void everyDocumentKindOfAModelTypeHasTheModulesSerializerAndDeserializer() throws IOException {
    ObjectMapper mapper = mapper();
    assertThat(DocumentKind.values()).contains(DocumentKind.JURISDICTION);
    for (DocumentKind<?> kind : DocumentKind.values()) {
      if (!DeliberationModule.serves(kind.type())) {
        continue;
      }
      assertThat(mapper.getSerializerProviderInstance().findValueSerializer(kind.type()))
          .as("serializer of %s", kind)
          .isInstanceOf(DocumentSerializer.class);
      // every document is an object: the module's deserializer says so in the facade's words
      assertThatThrownBy(() -> mapper.readValue("\"x\"", kind.type()))
          .as("deserializer of %s", kind)
          .isInstanceOf(JsonMappingException.class)
          .satisfies(e -> assertThat(fault(e).fault()).isEqualTo("must be an object, was the string \"x\""));
    }
  }

  @Test
  void onlyTypesOfTheModelAreServedSoJdkTypesKeepTheMappersHandling() throws IOException {
    assertThat(DeliberationModule.serves(Jurisdiction.class)).isTrue();
    assertThat(DeliberationModule.serves(List.class)).isFalse();
    assertThat(DeliberationModule.serves(String.class)).isFalse();
    ObjectMapper mapper = mapper();
    assertThat(mapper.readValue("[\"a\",\"b\"]", new TypeReference<List<String>>() {})).containsExactly("a", "b");
    assertThat(mapper.writeValueAsString(List.of("a", Map.of("k", 1)))).isEqualTo("[\"a\",{\"k\":1}]");
  }

  @Test
  void valuesConvertedThroughATokenBufferReadBackEqual() {
    ObjectMapper mapper = mapper();
    for (int seed = 0; seed < 50; seed++) {
      Jurisdiction tree = TREES.sample(seed, 100);
      assertThat(mapper.convertValue(tree, Jurisdiction.class)).isEqualTo(tree);
    }
  }

  @Test
  void integersATokenBufferHoldsAsLongsOrBigIntegersAreReadIfTheyFit() throws IOException {
    TokenBuffer buffer = new TokenBuffer((ObjectCodec) null, false);
    buffer.writeNumber(3L);
    buffer.writeNumber(3_000_000_000L);
    buffer.writeNumber(BigInteger.valueOf(-5));
    buffer.writeNumber(BigInteger.ONE.shiftLeft(70));
    JsonIn in = new JsonIn(buffer.asParser(), Optional.empty());
    assertThat(in.integer()).isEqualTo(3);
    assertThatThrownBy(in::integer)
        .isInstanceOf(DeliberationJsonException.class)
        .hasMessageContaining("must be an integer from -2147483648 to 2147483647, was \"3000000000\"");
    assertThat(in.longInteger()).isEqualTo(-5L);
    assertThatThrownBy(in::longInteger)
        .isInstanceOf(DeliberationJsonException.class)
        .hasMessageContaining("must be an integer from -9223372036854775808 to 9223372036854775807");
  }

  // ---------------------------------------------------------------------------------------------
  // bad input

  @Test
  void badInputRaisesAMappingExceptionCausedByTheFaultWithItsPointer() {
    String text = "{\"schemaVersion\":\"1.0\",\"units\":[\n{\"id\":\"c\",\"level\":3,\"name\":\"C\"}]}";
    assertThatThrownBy(() -> mapper().readValue(text, Jurisdiction.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("/units/0/level (line 2, column 19): must be a string, was the number 3")
        .satisfies(
            e -> {
              assertThat(e.getCause()).isInstanceOf(DeliberationJsonException.class);
              DeliberationJsonException fault = fault(e);
              assertThat(fault.pointer()).isEqualTo("/units/0/level");
              assertThat(fault.line()).isEqualTo(2);
              assertThat(fault.column()).isEqualTo(19);
            });
  }

  @Test
  void aFaultInsideTheCallersClassHasThePointerInTheWholeDocument() {
    String text =
        "{\"name\":\"a\",\"tree\":{\"schemaVersion\":\"1.0\",\"units\":[{\"id\":\"d\",\"level\":\"district\","
            + "\"name\":\"D\",\"parent\":\"x\"}]}}";
    assertThatThrownBy(() -> mapper().readValue(text, Holder.class))
        .isInstanceOf(JsonMappingException.class)
        .satisfies(
            e -> {
              JsonMappingException mapping = (JsonMappingException) e;
              assertThat(mapping.getPath()).extracting(JsonMappingException.Reference::getFieldName).contains("tree");
              DeliberationJsonException fault = fault(e);
              assertThat(fault.pointer()).isEqualTo("/tree/units/0/parent");
              assertThat(fault.fault()).contains("unknown unit");
            });
  }

  @Test
  void readingIsStrictWhateverTheMappersSettings() {
    ObjectMapper lenient =
        JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert))
            .addModule(new DeliberationModule())
            .build();

    assertThatThrownBy(() -> lenient.readValue("{\"schemaVersion\":\"1.0\",\"units\":[],\"extra\":1}", Jurisdiction.class))
        .satisfies(e -> assertThat(fault(e).fault()).isEqualTo("unknown property \"extra\""));
    assertThatThrownBy(() -> lenient.readValue("{\"schemaVersion\":\"1.0\",\"units\":[],\"units\":[]}", Jurisdiction.class))
        .satisfies(e -> assertThat(fault(e).fault()).isEqualTo("Duplicate field 'units'"));
    assertThatThrownBy(() -> lenient.readValue(
            "{\"schemaVersion\":\"1.0\",\"units\":{\"id\":\"c\",\"level\":\"city\",\"name\":\"C\"}}", Jurisdiction.class))
        .satisfies(e -> assertThat(fault(e).pointer()).isEqualTo("/units"));
    assertThatThrownBy(() -> lenient.readValue(
            "{\"schemaVersion\":\"1.0\",\"units\":[{\"id\":\"c\",\"level\":\"city\",\"name\":1}]}", Jurisdiction.class))
        .satisfies(e -> assertThat(fault(e).fault()).isEqualTo("must be a string, was the number 1"));
    assertThatThrownBy(() -> lenient.readValue("{\"schemaVersion\":\"1.0\",\"units\":null}", Jurisdiction.class))
        .satisfies(e -> assertThat(fault(e).fault()).isEqualTo("must be an array, was null"));
    assertThatThrownBy(() -> lenient.readValue("null", Jurisdiction.class))
        .isInstanceOf(JsonMappingException.class)
        .satisfies(e -> assertThat(fault(e).fault()).isEqualTo("must be an object (a jurisdiction document), was null"));
    // and the same text reads with the strict default
    assertThatThrownBy(() -> JSON.read(DocumentKind.JURISDICTION, "null")).isInstanceOf(DeliberationJsonException.class);
  }

  @Test
  void aModuleGivenAZoneIsRegisteredBesideTheOneWithoutNotIgnoredAsADuplicate() {
    DeliberationModule found = new DeliberationModule();
    DeliberationModule zoned = new DeliberationModule(java.time.ZoneId.of("Asia/Shanghai"));
    assertThat(zoned.getTypeId()).isNotEqualTo(found.getTypeId());
    ObjectMapper mapper = new ObjectMapper().registerModule(found).registerModule(zoned);
    assertThat(mapper.getRegisteredModuleIds()).contains(found.getTypeId(), zoned.getTypeId());
  }

  // ---------------------------------------------------------------------------------------------
  // the module itself

  @Test
  void registeringTheModuleChangesNoneOfTheMappersFeatures() {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Object> before = settings(mapper);
    mapper.registerModule(new DeliberationModule());
    assertThat(mapper.getRegisteredModuleIds()).contains(DeliberationModule.NAME);
    assertThat(settings(mapper)).isEqualTo(before);
  }

  private static Map<String, Object> settings(ObjectMapper mapper) {
    Map<String, Object> settings = new LinkedHashMap<>();
    for (MapperFeature f : MapperFeature.values()) {
      settings.put("MapperFeature." + f, mapper.isEnabled(f));
    }
    for (SerializationFeature f : SerializationFeature.values()) {
      settings.put("SerializationFeature." + f, mapper.isEnabled(f));
    }
    for (DeserializationFeature f : DeserializationFeature.values()) {
      settings.put("DeserializationFeature." + f, mapper.isEnabled(f));
    }
    for (JsonParser.Feature f : JsonParser.Feature.values()) {
      settings.put("JsonParser.Feature." + f, mapper.isEnabled(f));
    }
    for (JsonGenerator.Feature f : JsonGenerator.Feature.values()) {
      settings.put("JsonGenerator.Feature." + f, mapper.isEnabled(f));
    }
    for (StreamReadFeature f : StreamReadFeature.values()) {
      settings.put("StreamReadFeature." + f, mapper.isEnabled(f));
    }
    for (StreamWriteFeature f : StreamWriteFeature.values()) {
      settings.put("StreamWriteFeature." + f, mapper.isEnabled(f));
    }
    for (JsonFactory.Feature f : JsonFactory.Feature.values()) {
      settings.put("JsonFactory.Feature." + f, mapper.isEnabled(f));
    }
    settings.put("inclusion", mapper.getSerializationConfig().getDefaultPropertyInclusion());
    settings.put("naming", mapper.getPropertyNamingStrategy());
    settings.put("timeZone", mapper.getSerializationConfig().getTimeZone());
    settings.put("dateFormat", mapper.getDateFormat());
    settings.put("visibility", mapper.getVisibilityChecker().toString());
    settings.put("typeValidator", mapper.getPolymorphicTypeValidator());
    settings.put("readConstraints", mapper.getFactory().streamReadConstraints().getMaxNestingDepth());
    settings.put("nullCoercion", mapper.getDeserializationConfig().getDefaultSetterInfo());
    return settings;
  }

  @Test
  void theModuleHasItsNameAndTheProjectsVersion() {
    DeliberationModule module = new DeliberationModule();
    assertThat(module.getModuleName()).isEqualTo("shangliang-deliberation");
    Version version = module.version();
    assertThat(version.isUnknownVersion()).isFalse();
    assertThat(version.getGroupId()).isEqualTo("org.shangliang");
    assertThat(version.getArtifactId()).isEqualTo("deliberation-json");
    String projectVersion = System.getProperty("deliberation.projectVersion");
    assertThat(projectVersion).as("set by the build (surefire)").isNotBlank();
    assertThat(version.toString()).isEqualTo(projectVersion);
  }

  @Test
  void theServiceLoaderFindsTheModule() {
    List<Module> found = ObjectMapper.findModules();
    assertThat(found).anySatisfy(m -> assertThat(m).isInstanceOf(DeliberationModule.class));
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains(DeliberationModule.NAME);
  }

  @Test
  void theModuleDescriptorProvidesTheModuleToJackson() throws Exception {
    Path classes = Path.of(DeliberationModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertThat(descriptor.name()).isEqualTo("org.shangliang.deliberation.json");
    Map<String, List<String>> provides =
        descriptor.provides().stream()
            .collect(Collectors.toMap(ModuleDescriptor.Provides::service, ModuleDescriptor.Provides::providers));
    assertThat(provides).containsEntry(Module.class.getName(), List.of(DeliberationModule.class.getName()));
  }
}
