package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.CheckKind;
import org.shangliang.deliberation.decision.Choice;
import org.shangliang.deliberation.decision.Measure;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.json.internal.ReportCodecs;
import org.shangliang.deliberation.json.internal.Tokens;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.outcome.Disagreement;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.process.Phase;
import org.shangliang.deliberation.process.StepRole;
import org.shangliang.deliberation.tier.CadenceKind;
import org.shangliang.deliberation.tier.NonWorkingDayRule;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.SettlingAuthority;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.validation.Severity;

/**
 * The schemas themselves: one for every document kind, each valid against the draft 2020-12
 * meta-schema, their enumerations the tokens of the Java enums, every object closed, every
 * reference resolved, and every title and description in English and Chinese.
 */
class JsonSchemasTest {
  private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

  /** The shared definition of each enum whose tokens the format uses. */
  private static final Map<String, Class<? extends Enum<?>>> ENUMS = enums();

  private static Map<String, Class<? extends Enum<?>>> enums() {
    Map<String, Class<? extends Enum<?>>> enums = new LinkedHashMap<>();
    enums.put("admissionStatus", AdmissionStatus.class);
    enums.put("base", Base.class);
    enums.put("cadenceKind", CadenceKind.class);
    enums.put("checkKind", CheckKind.class);
    enums.put("choice", Choice.class);
    enums.put("dayOfWeek", DayOfWeek.class);
    enums.put("disagreement", Disagreement.class);
    enums.put("eventType", EventType.class);
    enums.put("matterSize", MatterSize.class);
    enums.put("measure", Measure.class);
    enums.put("meetingKind", MeetingKind.class);
    enums.put("meetingStage", MeetingStage.class);
    enums.put("month", Month.class);
    enums.put("nonWorkingDayRule", NonWorkingDayRule.class);
    enums.put("outcome", Outcome.class);
    enums.put("outcomeKind", OutcomeKind.class);
    enums.put("partyActKind", org.shangliang.deliberation.process.PartyActKind.class);
    enums.put("partyKind", PartyKind.class);
    enums.put("partyRole", PartyRole.class);
    enums.put("phase", Phase.class);
    enums.put("recordRole", org.shangliang.deliberation.party.RecordRole.class);
    enums.put("riskLevel", org.shangliang.deliberation.process.RiskLevel.class);
    enums.put("settlingAuthority", SettlingAuthority.class);
    enums.put("severity", Severity.class);
    enums.put("sourceKind", SourceKind.class);
    enums.put("stepRole", StepRole.class);
    enums.put("supervisionPhase", SupervisionPhase.class);
    enums.put("tierLevel", TierLevel.class);
    return enums;
  }

  private static JsonNode common() {
    return SchemaHarness.tree(JsonSchemas.common());
  }

  private static Map<String, JsonNode> allSchemas() {
    Map<String, JsonNode> all = new LinkedHashMap<>();
    JsonSchemas.all().forEach((id, text) -> all.put(id.toString(), SchemaHarness.tree(text)));
    return all;
  }

  private static List<DocumentKind<?>> declaredKinds() throws IllegalAccessException {
    List<DocumentKind<?>> kinds = new ArrayList<>();
    for (Field field : DocumentKind.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == DocumentKind.class) {
        kinds.add((DocumentKind<?>) field.get(null));
      }
    }
    return kinds;
  }

  @Test
  void everyDocumentKindHasASchemaUnderItsName() throws IllegalAccessException {
    List<DocumentKind<?>> kinds = declaredKinds();
    assertThat(kinds).hasSizeGreaterThanOrEqualTo(5);
    assertThat(JsonSchemas.kinds()).containsExactlyInAnyOrderElementsOf(kinds);
    for (DocumentKind<?> kind : kinds) {
      JsonNode schema = SchemaHarness.tree(kind.schema());
      assertThat(kind.schema()).isEqualTo(JsonSchemas.of(kind));
      assertThat(schema.path("$schema").asText()).isEqualTo(DRAFT);
      assertThat(schema.path("$id").asText())
          .isEqualTo(JsonSchemas.id(kind).toString())
          .isEqualTo("https://shangliang.org/schema/1/" + kind.name() + ".json");
      assertThat(schema.path("required").toString()).contains("\"schemaVersion\"");
      assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
    }
    assertThat(common().path("$id").asText()).isEqualTo(JsonSchemas.commonId().toString());
    assertThat(JsonSchemas.all().keySet()).hasSize(kinds.size() + 1).contains(JsonSchemas.commonId());
    assertThatThrownBy(() -> JsonSchemas.id(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void everySchemaIsValidAgainstTheDraft202012MetaSchema() {
    allSchemas()
        .forEach(
            (id, schema) -> {
              Set<ValidationMessage> errors = SchemaHarness.schema(DRAFT).validate(schema);
              assertThat(errors).as(id).isEmpty();
            });
    // and the meta-schema does refuse a broken schema
    assertThat(SchemaHarness.schema(DRAFT).validate(SchemaHarness.tree("{\"type\": \"word\"}"))).isNotEmpty();
  }

  @Test
  void everyEnumerationListsTheTokensOfItsJavaEnumInOrder() {
    JsonNode defs = common().path("$defs");
    Set<String> enumerations = new TreeSet<>();
    for (Map.Entry<String, JsonNode> def : defs.properties()) {
      if (def.getValue().has("enum")) {
        enumerations.add(def.getKey());
      }
    }
    Set<String> expected = new TreeSet<>(ENUMS.keySet());
    expected.add("enumName");
    assertThat(enumerations).isEqualTo(expected);
    ENUMS.forEach(
        (name, type) -> {
          List<String> listed = new ArrayList<>();
          defs.path(name).path("enum").forEach(token -> listed.add(token.asText()));
          assertThat(listed).as(name).isEqualTo(tokens(type));
        });
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<String> tokens(Class<? extends Enum<?>> type) {
    return Tokens.of((Class) type).all();
  }

  @Test
  void anEnumArgumentNamesItsEnumAsTheWriterDoesAndTakesThatEnumsTokens() {
    JsonNode defs = common().path("$defs");
    List<String> names = new ArrayList<>();
    defs.path("enumName").path("enum").forEach(name -> names.add(name.asText()));
    Map<String, String> tokensOf = new LinkedHashMap<>();
    for (JsonNode branch : defs.path("enumArgument").path("allOf")) {
      tokensOf.put(
          branch.path("if").path("properties").path("enum").path("const").asText(),
          branch.path("then").path("properties").path("value").path("$ref").asText());
    }
    Map<String, String> expected = new LinkedHashMap<>();
    ENUMS.forEach(
        (def, type) -> {
          String written = CodecHarness.write(ReportCodecs::writeArgument, type.getEnumConstants()[0]);
          String name = SchemaHarness.tree(written).path("enum").asText();
          expected.put(name, "#/$defs/" + def);
        });
    assertThat(tokensOf).isEqualTo(expected);
    assertThat(names).containsExactlyElementsOf(expected.keySet());
  }

  /** Calls {@code visit} with every object of a JSON tree and its JSON Pointer. */
  private static void walk(JsonNode node, String pointer, BiConsumer<String, JsonNode> visit) {
    if (node.isObject()) {
      visit.accept(pointer, node);
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        walk(field.getValue(), pointer + "/" + field.getKey(), visit);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, visit);
      }
    }
  }

  @Test
  void everyObjectIsClosedToUnknownPropertiesOrIsAMapOfConstrainedKeys() {
    List<String> open = new ArrayList<>();
    int objects = 0;
    for (Map.Entry<String, JsonNode> schema : allSchemas().entrySet()) {
      List<String> found = new ArrayList<>();
      walk(
          schema.getValue(),
          "",
          (pointer, node) -> {
            if ("object".equals(node.path("type").asText())) {
              found.add(pointer);
              // a map (rules by name) constrains its keys and gives its values' schema instead
              boolean map = node.has("propertyNames") && node.path("additionalProperties").isObject();
              if (node.path("additionalProperties").asBoolean(true) && !map) {
                open.add(schema.getKey() + "#" + pointer);
              }
            }
          });
      objects += found.size();
    }
    assertThat(open).isEmpty();
    assertThat(objects).isGreaterThan(40);
  }

  @Test
  void everyReferenceResolvesToADefinition() {
    Map<String, JsonNode> all = allSchemas();
    List<String> unresolved = new ArrayList<>();
    int references = 0;
    for (Map.Entry<String, JsonNode> schema : all.entrySet()) {
      List<String> refs = new ArrayList<>();
      walk(schema.getValue(), "", (pointer, node) -> {
        if (node.has("$ref")) {
          refs.add(node.path("$ref").asText());
        }
      });
      for (String ref : refs) {
        references++;
        URI target = URI.create(schema.getKey()).resolve(ref);
        String document = target.toString().substring(0, target.toString().indexOf('#'));
        JsonNode base = all.get(document);
        if (base == null || base.at(target.getFragment()).isMissingNode()) {
          unresolved.add(schema.getKey() + ": " + ref);
        }
      }
    }
    assertThat(unresolved).isEmpty();
    assertThat(references).isGreaterThan(100);
  }

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  @Test
  void everyTitleAndDescriptionIsInEnglishThenChinese() {
    List<String> faults = new ArrayList<>();
    int texts = 0;
    for (Map.Entry<String, JsonNode> schema : allSchemas().entrySet()) {
      JsonNode root = schema.getValue();
      List<String> required = new ArrayList<>(List.of(""));
      root.path("$defs").properties().forEach(def -> required.add("/$defs/" + def.getKey()));
      for (String pointer : required) {
        for (String keyword : List.of("title", "description")) {
          if (!root.at(pointer).has(keyword)) {
            faults.add(schema.getKey() + "#" + pointer + " lacks a " + keyword);
          }
        }
      }
      List<String[]> found = new ArrayList<>();
      walk(root, "", (pointer, node) -> {
        if (node.path("properties").isObject() && "object".equals(node.path("type").asText())) {
          node.path("properties").properties().forEach(property -> {
            if (property.getValue().isObject() && !property.getValue().has("description")) {
              found.add(new String[] {pointer + "/properties/" + property.getKey(), null});
            }
          });
        }
        for (String keyword : List.of("title", "description")) {
          if (node.path(keyword).isTextual()) {
            found.add(new String[] {pointer + "/" + keyword, node.path(keyword).asText()});
          }
        }
      });
      for (String[] text : found) {
        if (text[1] == null) {
          faults.add(schema.getKey() + "#" + text[0] + " lacks a description");
          continue;
        }
        texts++;
        String[] parts = text[1].split(" / ", -1);
        // the English may quote a Chinese term in brackets: "holidays and make-up working days (调休)"
        if (parts.length != 2
            || parts[0].isBlank()
            || HAN.matcher(parts[0].replaceAll("\\([^)]*\\)", "")).find()
            || !HAN.matcher(parts[1]).find()) {
          faults.add(schema.getKey() + "#" + text[0] + " is not \"English / 中文\": " + text[1]);
        }
      }
    }
    assertThat(faults).isEmpty();
    assertThat(texts).isGreaterThan(300);
  }
}
