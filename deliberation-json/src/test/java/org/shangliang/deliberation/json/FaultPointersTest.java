package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.ScenarioGen;
import org.shangliang.deliberation.testkit.Scenarios;

/**
 * Faults found when an object is built (a required property missing) are reported at the JSON
 * Pointer of that object's property, at every depth of a record document: the pointers of the
 * objects being read are kept right however deep they are nested in objects and arrays.
 */
class FaultPointersTest {
  private static final DeliberationJson JSON = DeliberationJson.create();
  private static final ObjectMapper TREES =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  @Test
  void reportsAPropertyMissingFromAnyObjectOfARecordAtThatObjectOrProperty() throws Exception {
    int atProperty = 0;
    for (Profile profile : List.of(Profiles.jinan(), Profiles.jinanOwnersExample())) {
      ScenarioGen valid = Scenarios.valid(profile);
      for (long seed = 0; seed < 4; seed++) {
        JsonNode record =
            TREES.readTree(JSON.write(DocumentKind.RECORD, valid.generate(seed, 20).record()));
        List<String> objects = new ArrayList<>();
        collectObjects(record, "", objects);
        assertThat(objects).hasSizeGreaterThan(20);
        for (String object : objects) {
          List<String> properties = new ArrayList<>();
          for (Map.Entry<String, JsonNode> property : record.at(object).properties()) {
            properties.add(property.getKey());
          }
          for (String property : properties) {
            ObjectNode copy = record.deepCopy();
            ((ObjectNode) copy.at(object)).remove(property);
            DeliberationJsonException fault =
                catchThrowableOfType(
                    DeliberationJsonException.class,
                    () -> JSON.read(DocumentKind.RECORD, TREES.writeValueAsString(copy)));
            if (fault == null) {
              continue; // an optional property
            }
            String pointer = object + "/" + property;
            if (fault.fault().equals("required, not set") || fault.fault().equals("must not be empty")) {
              assertThat(fault.pointer()).as("%s without %s", object, property).isEqualTo(pointer);
              atProperty++;
            } else if (fault.fault().startsWith("missing property")
                || fault.fault().startsWith("a decision rule must begin")) {
              assertThat(fault.pointer()).as("%s without %s", object, property).isEqualTo(object);
            }
          }
        }
      }
    }
    assertThat(atProperty).isGreaterThan(500);
  }

  private static void collectObjects(JsonNode node, String pointer, List<String> objects) {
    if (node.isObject()) {
      objects.add(pointer);
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        collectObjects(property.getValue(), pointer + "/" + property.getKey(), objects);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectObjects(node.get(i), pointer + "/" + i, objects);
      }
    }
  }
}
