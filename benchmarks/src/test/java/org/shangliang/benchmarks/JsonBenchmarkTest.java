package org.shangliang.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.ScenarioGen;
import org.shangliang.deliberation.testkit.Scenarios;

/**
 * Both sides of {@link JsonBenchmark} carry the same data: every document read into {@link
 * RecordBeans} and written back by databind is the same JSON (the same tree, decimals with their
 * scale, and the same text) as our writer writes of the record read from it.
 */
class JsonBenchmarkTest {
  private static final DeliberationJson JSON = DeliberationJson.create();
  private static final ObjectMapper BEANS = RecordBeans.mapper();

  /** Reads trees for comparison: decimals exact, trailing zeros kept. */
  private static final ObjectMapper TREES =
      JsonMapper.builder()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private static void assertBeansWriteWhatWeWrite(byte[] document) throws IOException {
    Deliberation record = JSON.read(DocumentKind.RECORD, document);
    byte[] ours = JSON.writeBytes(DocumentKind.RECORD, record);
    byte[] beans = BEANS.writeValueAsBytes(BEANS.readValue(document, RecordBeans.RecordBean.class));
    JsonNode ourTree = TREES.readTree(ours);
    assertThat(TREES.readTree(beans)).isEqualTo(ourTree);
    assertThat(new String(beans, StandardCharsets.UTF_8))
        .isEqualTo(new String(ours, StandardCharsets.UTF_8));
  }

  @Test
  void beansReadAndWrittenGiveTheSameJsonAsOurWriterForEveryBenchmarkDocument() throws IOException {
    List<byte[]> documents = JsonBenchmark.documents(JSON);
    assertThat(documents).hasSize(JsonBenchmark.DOCUMENTS);
    for (byte[] document : documents) {
      assertBeansWriteWhatWeWrite(document);
    }
  }

  @Test
  void beansCoverTheRecordsOfTheOtherBuiltInProfiles() throws IOException {
    // double thresholds with participation (the owners' example) and other structures
    for (Profile profile :
        List.of(Profiles.haidian(), Profiles.bishan(), Profiles.jinanOwnersExample())) {
      ScenarioGen valid = Scenarios.valid(profile);
      for (long seed = 0; seed < 40; seed++) {
        assertBeansWriteWhatWeWrite(
            JSON.writeBytes(DocumentKind.RECORD, valid.generate(seed, 20).record()));
      }
    }
  }

  @Test
  void beanMapperRefusesUnknownPropertiesDuplicateKeysNullsAndCoercions() throws IOException {
    String document =
        new String(JsonBenchmark.documents(JSON).get(0), StandardCharsets.UTF_8);
    assertThat(BEANS.readValue(document, RecordBeans.RecordBean.class).id).isNotEmpty();
    for (String bad :
        List.of(
            document.replaceFirst("\"id\":", "\"identifier\":"),
            document.replaceFirst("\\{", "{\"schemaVersion\":\"1.0\","),
            document.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":null"),
            document.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":12"),
            document + " {}")) {
      assertThat(bad).isNotEqualTo(document);
      assertThatThrownBy(() -> BEANS.readValue(bad, RecordBeans.RecordBean.class))
          .isInstanceOf(JsonProcessingException.class);
    }
  }
}
