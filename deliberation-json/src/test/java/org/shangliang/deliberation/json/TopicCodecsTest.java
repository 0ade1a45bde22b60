package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.json.PartsJsonTesting.assertRoundTrip;
import static org.shangliang.deliberation.json.PartsJsonTesting.read;
import static org.shangliang.deliberation.json.PartsJsonTesting.refusal;
import static org.shangliang.deliberation.json.PartsJsonTesting.write;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.json.internal.TopicCodecs;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.PublicFunds;
import org.shangliang.deliberation.topic.SettledElsewhere;
import org.shangliang.deliberation.topic.SettlingAuthority;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.topic.TwoPartyDispute;
import org.shangliang.deliberation.unit.UnitId;

class TopicCodecsTest {
  private static final String SOURCE = "{\"kind\":\"resident-proposal\"}";
  private static final String TOPIC_START =
      "{\"id\":\"t1\",\"title\":\"3号楼加装电梯\",\"category\":\"lift\",\"matterSize\":\"major\","
          + "\"affectedUnits\":[\"b3\"],\"source\":"
          + SOURCE;
  private static final String RAISED = ",\"raisedAt\":\"2026-11-20T11:40:00Z\"";
  private static final String TOPIC = TOPIC_START + RAISED + "}";

  private static Topic.Builder minimal() {
    return new Topic.Builder()
        .id(TopicId.of("t1"))
        .title("3号楼加装电梯")
        .category("lift")
        .matterSize(MatterSize.MAJOR)
        .addAffectedUnit(UnitId.of("b3"))
        .source(TopicSource.of(SourceKind.RESIDENT_PROPOSAL))
        .raisedAt(Instant.parse("2026-11-20T11:40:00Z"));
  }

  /**
   * Topics with every optional fact, every source kind, size and authority, odd instants and
   * amounts.
   */
  private static List<Topic> handBuiltTopics() {
    List<Topic> topics = new ArrayList<>();
    String[] amounts = {"0", "1500.00", "0.000001", "999999999999999.999999", "2E+4"};
    String[] instants = {
      "0001-01-01T00:00:00Z",
      "9999-12-31T23:59:59.999999999Z",
      "2026-11-20T11:40:00.123Z",
      "2026-02-28T16:00:00Z"
    };
    int i = 0;
    for (SourceKind kind : SourceKind.values()) {
      for (MatterSize size : MatterSize.values()) {
        TopicSource source =
            kind == SourceKind.HOTLINE_12345
                ? TopicSource.hotline("BJ2026-" + i)
                : i % 2 == 0 ? TopicSource.of(kind) : TopicSource.of(kind, "走访记录 \"" + i + "\"");
        Topic.Builder topic =
            new Topic.Builder()
                .id(TopicId.of("topic-" + i))
                .title("标题 " + i + " \\ \"quoted\"\n")
                .category("category-" + (i % 3))
                .matterSize(size)
                .addAffectedUnit(UnitId.of("b" + i))
                .source(source)
                .raisedAt(Instant.parse(instants[i % instants.length]));
        if (i % 2 == 1) {
          topic.catalogueEntry("entry-" + i).addAffectedUnit(UnitId.of("c" + i));
        }
        if (i % 3 != 0) {
          topic.publicFunds(PublicFunds.of(new BigDecimal(amounts[i % amounts.length])));
        }
        if (i % 4 == 1) {
          SettlingAuthority by = SettlingAuthority.values()[i % SettlingAuthority.values().length];
          topic.settledElsewhere(SettledElsewhere.of(by, "《物权法》第七十六条"));
        }
        if (i % 5 == 2) {
          topic.dispute(
              i % 2 == 0
                  ? TwoPartyDispute.mediatedBy(PartyId.of("mediator-" + i))
                  : TwoPartyDispute.withoutMediator());
        }
        topics.add(topic.build());
        i++;
      }
    }
    return topics;
  }

  @Test
  void topicsWithEveryFactSourceAndSizeReadBackEqualAndWriteBackTheSameText() {
    for (Topic topic : handBuiltTopics()) {
      assertRoundTrip(TopicCodecs::writeTopic, TopicCodecs::readTopic, topic);
      assertRoundTrip(TopicCodecs::writeTopicId, TopicCodecs::readTopicId, topic.id());
      assertRoundTrip(TopicCodecs::writeTopicSource, TopicCodecs::readTopicSource, topic.source());
    }
    for (SettlingAuthority by : SettlingAuthority.values()) {
      assertRoundTrip(
          TopicCodecs::writeSettledElsewhere,
          TopicCodecs::readSettledElsewhere,
          SettledElsewhere.of(by, "ref"));
    }
    assertRoundTrip(
        TopicCodecs::writeTwoPartyDispute,
        TopicCodecs::readTwoPartyDispute,
        TwoPartyDispute.withoutMediator());
    assertRoundTrip(
        TopicCodecs::writeTwoPartyDispute,
        TopicCodecs::readTwoPartyDispute,
        TwoPartyDispute.mediatedBy(PartyId.of("m1")));
    assertRoundTrip(
        TopicCodecs::writePublicFunds,
        TopicCodecs::readPublicFunds,
        PublicFunds.of(new BigDecimal("1500.50")));
  }

  @Test
  void topicsOfGeneratedRecordsReadBackEqualAndWriteBackTheSameText() {
    List<Deliberation> records = PartsJsonTesting.validRecords(500);
    records.addAll(PartsJsonTesting.breakingRecords(1));
    int funds = 0;
    int settled = 0;
    int disputes = 0;
    int hotline = 0;
    for (Deliberation record : records) {
      Topic topic = record.topic();
      assertRoundTrip(TopicCodecs::writeTopic, TopicCodecs::readTopic, topic);
      funds += topic.publicFunds().isPresent() ? 1 : 0;
      settled += topic.settledElsewhere().isPresent() ? 1 : 0;
      disputes += topic.dispute().isPresent() ? 1 : 0;
      hotline += topic.source().kind() == SourceKind.HOTLINE_12345 ? 1 : 0;
    }
    assertThat(List.of(funds, settled, disputes, hotline)).allMatch(n -> n > 0);
  }

  @Test
  void aTopicIsWrittenInTheOrderOfItsAccessorsLeavingOutWhatIsEmpty() {
    assertThat(write(TopicCodecs::writeTopic, minimal().build())).isEqualTo(TOPIC);
    Topic full =
        minimal()
            .catalogueEntry("lift-install")
            .publicFunds(PublicFunds.of(new BigDecimal("1500.00")))
            .settledElsewhere(SettledElsewhere.of(SettlingAuthority.LAW, "art. 76"))
            .dispute(TwoPartyDispute.mediatedBy(PartyId.of("m1")))
            .build();
    assertThat(write(TopicCodecs::writeTopic, full))
        .isEqualTo(
            "{\"id\":\"t1\",\"title\":\"3号楼加装电梯\",\"category\":\"lift\",\"catalogueEntry\":\"lift-install\","
                + "\"matterSize\":\"major\",\"affectedUnits\":[\"b3\"],\"source\":"
                + SOURCE
                + RAISED
                + ",\"publicFunds\":{\"amount\":1500.00},\"settledElsewhere\":{\"by\":\"law\",\"reference\":\"art."
                + " 76\"},\"dispute\":{\"mediator\":\"m1\"}}");
    assertThat(write(TopicCodecs::writeTopicSource, TopicSource.hotline("BJ-1")))
        .isEqualTo("{\"kind\":\"hotline-12345\",\"reference\":\"BJ-1\"}");
    assertThat(write(TopicCodecs::writeTwoPartyDispute, TwoPartyDispute.withoutMediator()))
        .isEqualTo("{}");
    assertThat(
            read(
                TopicCodecs::readTopic,
                TOPIC.replace("\"Z\"", "\"+08:00\"").replace("11:40:00Z", "19:40:00+08:00")))
        .isEqualTo(minimal().build());
  }

  @Test
  void refusesAWrongTypeAnUnknownPropertyAndNull() {
    DeliberationJsonException units =
        refusal(TopicCodecs::readTopic, TOPIC.replace("[\"b3\"]", "\"b3\""));
    assertThat(units.pointer()).isEqualTo("/affectedUnits");
    assertThat(units.fault()).isEqualTo("must be an array, was the string \"b3\"");

    DeliberationJsonException amount =
        refusal(
            TopicCodecs::readTopic,
            TOPIC_START + RAISED + ",\"publicFunds\":{\"amount\":\"1500\"}}");
    assertThat(amount.pointer()).isEqualTo("/publicFunds/amount");
    assertThat(amount.fault()).isEqualTo("must be a number, was the string \"1500\"");

    DeliberationJsonException raised =
        refusal(TopicCodecs::readTopic, TOPIC_START + ",\"raisedAt\":\"2026-11-20T19:40:00\"}");
    assertThat(raised.pointer()).isEqualTo("/raisedAt");
    assertThat(raised.fault()).startsWith("must be an ISO-8601 instant with an offset");

    DeliberationJsonException unknown =
        refusal(TopicCodecs::readTopic, TOPIC_START + RAISED + ",\"status\":\"open\"}");
    assertThat(unknown.pointer()).isEqualTo("/status");
    assertThat(unknown.fault()).isEqualTo("unknown property \"status\"");

    DeliberationJsonException inSource =
        refusal(
            TopicCodecs::readTopic,
            TOPIC.replace(SOURCE, "{\"kind\":\"hotline\",\"reference\":\"x\"}"));
    assertThat(inSource.pointer()).isEqualTo("/source/kind");
    assertThat(inSource.fault()).contains("hotline-12345").endsWith("was \"hotline\"");

    DeliberationJsonException nulled =
        refusal(TopicCodecs::readTopic, TOPIC_START + RAISED + ",\"dispute\":null}");
    assertThat(nulled.pointer()).isEqualTo("/dispute");
    assertThat(nulled.fault()).isEqualTo("must be an object, was null");

    DeliberationJsonException by =
        refusal(TopicCodecs::readSettledElsewhere, "{\"by\":\"court\",\"reference\":\"r\"}");
    assertThat(by.pointer()).isEqualTo("/by");
    assertThat(by.fault()).isEqualTo("must be one of [law, higher-party-committee], was \"court\"");

    DeliberationJsonException mediator =
        refusal(TopicCodecs::readTwoPartyDispute, "{\"mediator\":7}");
    assertThat(mediator.pointer()).isEqualTo("/mediator");
    assertThat(refusal(TopicCodecs::readTwoPartyDispute, "{\"parties\":[]}").fault())
        .isEqualTo("unknown property \"parties\"");
  }

  @Test
  void refusesAMissingRequiredPropertyAtItsPointer() {
    DeliberationJsonException raised = refusal(TopicCodecs::readTopic, TOPIC_START + "}");
    assertThat(raised.pointer()).isEqualTo("/raisedAt");
    assertThat(raised.fault()).isEqualTo("required, not set");

    DeliberationJsonException units =
        refusal(TopicCodecs::readTopic, TOPIC.replace("\"affectedUnits\":[\"b3\"],", ""));
    assertThat(units.pointer()).isEqualTo("/affectedUnits");
    assertThat(units.fault()).isEqualTo("must not be empty");

    DeliberationJsonException kind =
        refusal(TopicCodecs::readTopic, TOPIC.replace(SOURCE, "{\"reference\":\"r\"}"));
    assertThat(kind.pointer()).isEqualTo("/source/kind");
    assertThat(kind.fault()).isEqualTo("required, not set");

    DeliberationJsonException amount = refusal(TopicCodecs::readPublicFunds, "{}");
    assertThat(amount.pointer()).isEqualTo("/amount");
    assertThat(amount.fault()).isEqualTo("required, not set");

    DeliberationJsonException reference =
        refusal(TopicCodecs::readSettledElsewhere, "{\"by\":\"law\"}");
    assertThat(reference.pointer()).isEqualTo("/reference");
    assertThat(refusal(TopicCodecs::readSettledElsewhere, "{\"reference\":\"r\"}").pointer())
        .isEqualTo("/by");
  }

  @Test
  void refusesWhatTheCoreRefusesAtThePointerOfTheField() {
    DeliberationJsonException duplicate =
        refusal(TopicCodecs::readTopic, TOPIC.replace("[\"b3\"]", "[\"b3\",\"b4\",\"b3\"]"));
    assertThat(duplicate.pointer()).isEqualTo("/affectedUnits/2");
    assertThat(duplicate.fault()).isEqualTo("duplicate, was b3");

    DeliberationJsonException title =
        refusal(TopicCodecs::readTopic, TOPIC.replace("3号楼加装电梯", " "));
    assertThat(title.pointer()).isEqualTo("/title");
    assertThat(title.fault()).isEqualTo("must not be blank, was \" \"");

    DeliberationJsonException raised =
        refusal(
            TopicCodecs::readTopic,
            TOPIC.replace("2026-11-20T11:40:00Z", "+10000-01-01T00:00:00Z"));
    assertThat(raised.pointer()).isEqualTo("/raisedAt");

    DeliberationJsonException category =
        refusal(TopicCodecs::readTopic, TOPIC.replace("\"lift\"", "\"lift install\""));
    assertThat(category.pointer()).isEqualTo("/category");

    DeliberationJsonException hotline =
        refusal(TopicCodecs::readTopic, TOPIC.replace(SOURCE, "{\"kind\":\"hotline-12345\"}"));
    assertThat(hotline.pointer()).isEqualTo("/source/reference");
    assertThat(hotline.fault()).isEqualTo("a 12345 hotline case needs its ticket id, was empty");

    DeliberationJsonException negative =
        refusal(
            TopicCodecs::readTopic, TOPIC_START + RAISED + ",\"publicFunds\":{\"amount\":-0.5}}");
    assertThat(negative.pointer()).isEqualTo("/publicFunds/amount");
    assertThat(negative.fault()).isEqualTo("must not be negative, was -0.5");

    DeliberationJsonException digits =
        refusal(TopicCodecs::readPublicFunds, "{\"amount\":1.0000001}");
    assertThat(digits.pointer()).isEqualTo("/amount");
    assertThat(digits.fault())
        .startsWith("must have at most 15 digits before the point and 6 after");

    DeliberationJsonException blank =
        refusal(TopicCodecs::readSettledElsewhere, "{\"by\":\"law\",\"reference\":\"\"}");
    assertThat(blank.pointer()).isEqualTo("/reference");
    assertThat(blank.fault()).isEqualTo("must not be blank, was \"\"");

    DeliberationJsonException id = refusal(TopicCodecs::readTopicId, "\"\"");
    assertThat(id.fault()).contains("must not be blank");
  }
}
