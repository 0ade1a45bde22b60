package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.json.internal.JsonIn;
import org.shangliang.deliberation.json.internal.JsonOut;
import org.shangliang.deliberation.json.internal.ProfileCodecs;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.StepPlan;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.tier.Cadence;
import org.shangliang.deliberation.tier.NonWorkingDayRule;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;

class ProfilePartsJsonTest {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final List<Profile> BUILT_INS =
      List.of(
          Profiles.jinan(), Profiles.haidian(), Profiles.bishan(), Profiles.jinanOwnersExample());

  static <T> String write(BiConsumer<JsonOut, T> write, T value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(text)) {
      write.accept(new JsonOut(generator), value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  static <T> T read(Function<JsonIn, T> read, String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonIn in = new JsonIn(parser, Optional.empty());
      T value = read.apply(in);
      in.end();
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> void roundTrip(BiConsumer<JsonOut, T> write, Function<JsonIn, T> read, T value) {
    String text = write(write, value);
    T back = read(read, text);
    assertThat(back).as(text).isEqualTo(value);
    assertThat(write(write, back)).isEqualTo(text);
  }

  private static DeliberationJsonException fault(Function<JsonIn, ?> read, String text) {
    try {
      read(read, text);
    } catch (DeliberationJsonException e) {
      return e;
    }
    throw new AssertionError("read without a fault: " + text);
  }

  @Test
  void everyCadenceReadsBackEqualAndWritesBackTheSameText() {
    List<Cadence> cadences = new ArrayList<>();
    cadences.add(Cadence.onDemand());
    for (NonWorkingDayRule rule : NonWorkingDayRule.values()) {
      for (int day = 1; day <= 31; day++) {
        cadences.add(Cadence.monthly(day, rule));
      }
      for (DayOfWeek day : DayOfWeek.values()) {
        cadences.add(Cadence.weekly(day, rule));
      }
    }
    for (Cadence cadence : cadences) {
      roundTrip(ProfileCodecs::writeCadence, ProfileCodecs::readCadence, cadence);
    }
    assertThat(write(ProfileCodecs::writeCadence, Cadence.onDemand()))
        .isEqualTo("{\"kind\":\"on-demand\"}");
    assertThat(
            write(
                ProfileCodecs::writeCadence,
                Cadence.monthly(11, NonWorkingDayRule.NEXT_WORKING_DAY)))
        .isEqualTo(
            "{\"kind\":\"monthly\",\"dayOfMonth\":11,\"onNonWorkingDay\":\"next-working-day\"}");
    assertThat(
            write(
                ProfileCodecs::writeCadence,
                Cadence.weekly(DayOfWeek.WEDNESDAY, NonWorkingDayRule.KEEP)))
        .isEqualTo(
            "{\"kind\":\"weekly\",\"dayOfWeek\":\"wednesday\",\"onNonWorkingDay\":\"keep\"}");
    assertThat(
            read(
                ProfileCodecs::readCadence,
                "{\"kind\":\"on-demand\",\"onNonWorkingDay\":\"keep\"}"))
        .isEqualTo(Cadence.onDemand());
  }

  @Test
  void theBuiltInsTiersCataloguesAndPlansReadBackEqual() {
    for (Profile profile : BUILT_INS) {
      roundTrip(
          ProfileCodecs::writeMeetingStages,
          ProfileCodecs::readMeetingStages,
          profile.meetingStages());
      for (TierRule tier : profile.tiers()) {
        roundTrip(ProfileCodecs::writeTierRule, ProfileCodecs::readTierRule, tier);
      }
      roundTrip(
          ProfileCodecs::writeTopicCatalogue,
          ProfileCodecs::readTopicCatalogue,
          profile.catalogue());
      profile
          .stepPlan()
          .ifPresent(
              plan -> roundTrip(ProfileCodecs::writeStepPlan, ProfileCodecs::readStepPlan, plan));
    }
  }

  @Test
  void aTierWithCategoriesAndNoEscalationReadsBackEqual() {
    TierRule tier =
        new TierRule.Builder()
            .level(TierLevel.COMMUNITY)
            .body(LocalizedText.of("社区议事会", "community council"))
            .convenerKind(PartyKind.RESIDENTS_COMMITTEE)
            .cadence(Cadence.weekly(DayOfWeek.FRIDAY, NonWorkingDayRule.PREVIOUS_WORKING_DAY))
            .addMatterSizes(MatterSize.URGENT, MatterSize.MAJOR)
            .addCategories("public-affairs", "daily-life-and-disputes")
            .build();
    roundTrip(ProfileCodecs::writeTierRule, ProfileCodecs::readTierRule, tier);
    assertThat(write(ProfileCodecs::writeTierRule, tier))
        .contains("\"matterSizes\":[\"major\",\"urgent\"]")
        .contains("\"categories\":[\"public-affairs\",\"daily-life-and-disputes\"]")
        .doesNotContain("escalatesTo");
  }

  @Test
  void ruleSettingsOffAndAtAnotherSeverityReadBackEqual() {
    roundTrip(
        ProfileCodecs::writeRuleSetting,
        ProfileCodecs::readRuleSetting,
        RuleSetting.off(RuleCodes.MEETING_QUORUM_NOT_MET));
    roundTrip(
        ProfileCodecs::writeRuleSetting,
        ProfileCodecs::readRuleSetting,
        RuleSetting.severity(RuleCodes.MEETING_SPEAKING_TIME_EXCEEDED, Severity.ERROR));
    assertThat(
            write(
                ProfileCodecs::writeRuleSetting,
                RuleSetting.severity(RuleCode.of("a.b"), Severity.WARNING)))
        .isEqualTo("{\"code\":\"a.b\",\"enabled\":true,\"severity\":\"warning\"}");
  }

  @Test
  void aCadenceMissingWhatItsKindNeedsOrHavingWhatItMayNotIsRefusedAtTheProperty() {
    assertThat(
            fault(
                ProfileCodecs::readCadence, "{\"kind\":\"monthly\",\"onNonWorkingDay\":\"keep\"}"))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/dayOfMonth");
              assertThat(e.fault()).isEqualTo("required, not set");
            });
    assertThat(
            fault(ProfileCodecs::readCadence, "{\"kind\":\"monthly\",\"dayOfMonth\":3}").pointer())
        .isEqualTo("/onNonWorkingDay");
    assertThat(
            fault(
                    ProfileCodecs::readCadence,
                    "{\"kind\":\"weekly\",\"dayOfMonth\":3,\"dayOfWeek\":\"monday\",\"onNonWorkingDay\":\"keep\"}")
                .pointer())
        .isEqualTo("/dayOfMonth");
    assertThat(
            fault(
                ProfileCodecs::readCadence,
                "{\"kind\":\"on-demand\",\"onNonWorkingDay\":\"next-working-day\"}"))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/onNonWorkingDay");
              assertThat(e.fault()).contains("must be keep");
            });
    assertThat(
            fault(
                ProfileCodecs::readCadence,
                "{\"kind\":\"monthly\",\"dayOfMonth\":32,\"onNonWorkingDay\":\"keep\"}"))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/dayOfMonth");
              assertThat(e.fault()).contains("must be 1 to 31, was 32");
            });
    assertThat(
            fault(
                ProfileCodecs::readCadence,
                "{\"kind\":\"weekly\",\"dayOfWeek\":\"mon\",\"onNonWorkingDay\":\"keep\"}"))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/dayOfWeek");
              assertThat(e.fault()).contains("must be one of [monday,");
            });
    assertThat(fault(ProfileCodecs::readCadence, "{\"kind\":\"yearly\"}").pointer())
        .isEqualTo("/kind");
    assertThat(fault(ProfileCodecs::readCadence, "{}").pointer()).isEqualTo("/kind");
    assertThat(fault(ProfileCodecs::readCadence, "{\"kind\":\"on-demand\",\"day\":1}").fault())
        .isEqualTo("unknown property \"day\"");
  }

  @Test
  void aTierWithAKindTwiceAWrongTypeOrAnEscalationDownwardsIsRefused() {
    String tier =
        "{\"level\":\"community\",\"body\":{\"zh\":\"社区\",\"en\":\"community\"},"
            + "\"convenerKind\":\"party-organisation\",\"cadence\":{\"kind\":\"on-demand\"},";
    assertThat(fault(ProfileCodecs::readTierRule, tier + "\"matterSizes\":[\"major\",\"major\"]}"))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/matterSizes/1");
              assertThat(e.fault()).isEqualTo("listed twice, was \"major\"");
            });
    assertThat(fault(ProfileCodecs::readTierRule, tier + "\"matterSizes\":[]}"))
        .satisfies(e -> assertThat(e.pointer()).isEqualTo("/matterSizes"));
    assertThat(fault(ProfileCodecs::readTierRule, tier + "\"matterSizes\":\"major\"}"))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/matterSizes");
              assertThat(e.fault()).isEqualTo("must be an array, was the string \"major\"");
            });
    assertThat(
            fault(
                ProfileCodecs::readTierRule,
                tier + "\"matterSizes\":[\"major\"],\"escalatesTo\":\"grid\"}"))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/escalatesTo");
              assertThat(e.fault()).contains("must be higher than");
            });
    assertThat(
            fault(
                ProfileCodecs::readTierRule,
                tier + "\"matterSizes\":[\"major\"],\"categories\":[\"a b\"]}"))
        .satisfies(e -> assertThat(e.pointer()).startsWith("/categories"));
    assertThat(fault(ProfileCodecs::readTierRule, "{\"level\":\"community\"}").fault())
        .contains("required, not set");
  }

  @Test
  void aCatalogueWithAnEntryOfAnUnknownCategoryOrABlankNameIsRefusedAtTheField() {
    String category = "{\"id\":\"c\",\"name\":{\"zh\":\"类\",\"en\":\"c\"}}";
    assertThat(
            fault(
                ProfileCodecs::readTopicCatalogue,
                "{\"categories\":["
                    + category
                    + "],\"entries\":[{\"id\":\"e\",\"category\":\"x\","
                    + "\"name\":{\"zh\":\"项\",\"en\":\"e\"},\"defaultMatterSize\":\"minor\"}]}"))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/entries/0/category");
              assertThat(e.fault()).contains("unknown category, was x");
            });
    assertThat(
            fault(
                    ProfileCodecs::readTopicCatalogue,
                    "{\"categories\":[{\"id\":\"c\",\"name\":{\"zh\":\" \",\"en\":\"c\"}}]}")
                .pointer())
        .isEqualTo("/categories/0/name/zh");
    assertThat(
            fault(
                    ProfileCodecs::readTopicCatalogue,
                    "{\"categories\":[{\"id\":\"c\",\"name\":{\"zh\":\"类\"}}]}")
                .pointer())
        .isEqualTo("/categories/0/name/en");
    assertThat(
            fault(
                    ProfileCodecs::readTopicCatalogue,
                    "{\"categories\":[" + category + "," + category + "]}")
                .fault())
        .contains("c");
    assertThat(
            fault(
                ProfileCodecs::readTopicCatalogue,
                "{\"categories\":[{\"id\":\"c\",\"name\":{\"zh\":\"类\",\"en\":\"c\"},\"requiredPartyKinds\":[\"mayor\"]}]}"))
        .satisfies(e -> assertThat(e.pointer()).isEqualTo("/categories/0/requiredPartyKinds/0"));
  }

  @Test
  void aStepPlanWithoutStepsOrAStepWithoutRoleIsRefused() {
    assertThat(
            fault(
                    ProfileCodecs::readStepPlan,
                    "{\"name\":{\"zh\":\"步\",\"en\":\"s\"},\"steps\":[]}")
                .pointer())
        .isEqualTo("/steps");
    assertThat(
            fault(
                ProfileCodecs::readStepPlan,
                "{\"name\":{\"zh\":\"步\",\"en\":\"s\"},\"steps\":[{\"id\":\"a\",\"name\":{\"zh\":\"甲\",\"en\":\"a\"}}]}"))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/steps/0/role");
              assertThat(e.fault()).isEqualTo("required, not set");
            });
    StepPlan plan = Profiles.jinan().stepPlan().orElseThrow();
    assertThat(write(ProfileCodecs::writeStepPlan, plan))
        .contains(
            "{\"id\":\"set-topic\",\"name\":{\"zh\":\"确定议题\",\"en\":\"set the"
                + " topic\"},\"role\":\"set-topic\"}");
  }

  @Test
  void aStageTwiceIsRefused() {
    assertThat(
            fault(ProfileCodecs::readMeetingStages, "[\"sign-in\",\"discussion\",\"sign-in\"]")
                .pointer())
        .isEqualTo("/2");
    assertThat(read(ProfileCodecs::readMeetingStages, "[\"discussion\",\"sign-in\"]"))
        .containsExactly(MeetingStage.DISCUSSION, MeetingStage.SIGN_IN);
  }

  @Test
  void aRuleSettingOffWithASeverityOrOnWithoutOneOrWithABadCodeIsRefused() {
    assertThat(
            fault(
                ProfileCodecs::readRuleSetting,
                "{\"code\":\"a.b\",\"enabled\":false,\"severity\":\"error\"}"))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/severity");
              assertThat(e.fault()).contains("a rule switched off has no severity");
            });
    assertThat(
            fault(ProfileCodecs::readRuleSetting, "{\"code\":\"a.b\",\"enabled\":true}").pointer())
        .isEqualTo("/severity");
    assertThat(fault(ProfileCodecs::readRuleSetting, "{\"code\":\"A\",\"enabled\":false}"))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/code");
              assertThat(e.fault()).contains("lower-case dotted segments");
            });
    assertThat(
            fault(ProfileCodecs::readRuleSetting, "{\"code\":\"a.b\",\"enabled\":\"no\"}").fault())
        .isEqualTo("must be true or false, was the string \"no\"");
    assertThat(fault(ProfileCodecs::readRuleSetting, "{\"code\":\"a.b\"}").pointer())
        .isEqualTo("/enabled");
  }
}
