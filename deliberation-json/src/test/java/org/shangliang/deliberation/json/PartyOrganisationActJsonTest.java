package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.json.PartsJsonTesting.assertRoundTrip;
import static org.shangliang.deliberation.json.PartsJsonTesting.refusal;
import static org.shangliang.deliberation.json.PartsJsonTesting.write;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.json.internal.ProcessCodecs;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.PartyActKind;
import org.shangliang.deliberation.process.PartyOrganisationAct;
import org.shangliang.deliberation.profile.Profiles;

/** The party organisation's acts (把关定向) on the wire: {@code partyActs} and {@code requiredPartyActs}. */
class PartyOrganisationActJsonTest {
  private static final Instant AT = Instant.parse("2026-11-20T11:40:00Z");
  private static final PartyId PO = PartyId.of("po-1");

  @Test
  void actsOfGeneratedRecordsReadBackEqualAndWriteBackTheSameText() {
    EnumSet<PartyActKind> kinds = EnumSet.noneOf(PartyActKind.class);
    for (Deliberation record : PartsJsonTesting.validRecords(200)) {
      for (PartyOrganisationAct act : record.partyActs()) {
        assertRoundTrip(
            ProcessCodecs::writePartyOrganisationAct, ProcessCodecs::readPartyOrganisationAct, act);
        kinds.add(act.kind());
      }
    }
    assertThat(kinds).containsExactlyInAnyOrder(PartyActKind.values());
  }

  @Test
  void writesTheKindAsATokenAndTheNamedPersonOnlyForTheOrganiser() {
    assertThat(
            write(
                ProcessCodecs::writePartyOrganisationAct,
                PartyOrganisationAct.of(PartyActKind.REVIEWED_TOPIC, PO, AT)))
        .isEqualTo("{\"kind\":\"reviewed-topic\",\"actor\":\"po-1\",\"at\":\"2026-11-20T11:40:00Z\"}");
    assertThat(
            write(
                ProcessCodecs::writePartyOrganisationAct,
                PartyOrganisationAct.namedOrganiser(PO, AT, PartyId.of("rc-1"))))
        .isEqualTo(
            "{\"kind\":\"named-organiser\",\"actor\":\"po-1\",\"at\":\"2026-11-20T11:40:00Z\","
                + "\"named\":\"rc-1\"}");
    assertThat(ProcessCodecs.PARTY_ACT_KINDS.all())
        .containsExactly("reviewed-topic", "set-procedure", "named-organiser");
  }

  @Test
  void refusesANamedPersonOnAReviewAndAnOrganiserWithoutOne() {
    DeliberationJsonException named =
        refusal(
            ProcessCodecs::readPartyOrganisationAct,
            "{\"kind\":\"reviewed-topic\",\"actor\":\"po-1\",\"at\":\"2026-11-20T11:40:00Z\",\"named\":\"rc-1\"}");
    assertThat(named.pointer()).isEqualTo("/named");
    assertThat(named.fault()).isEqualTo("only for NAMED_ORGANISER, was rc-1 on REVIEWED_TOPIC");
    DeliberationJsonException missing =
        refusal(
            ProcessCodecs::readPartyOrganisationAct,
            "{\"kind\":\"named-organiser\",\"actor\":\"po-1\",\"at\":\"2026-11-20T11:40:00Z\"}");
    assertThat(missing.pointer()).isEqualTo("/named");
  }

  @Test
  void writesTheRequiredActsOfTheBuiltInProfiles() {
    DeliberationJson json = DeliberationJson.create();
    for (var profile : List.of(Profiles.jinan(), Profiles.haidian(), Profiles.bishan())) {
      String text = json.write(DocumentKind.PROFILE, profile);
      assertThat(json.read(DocumentKind.PROFILE, text).requiredPartyActs())
          .isEqualTo(profile.requiredPartyActs());
    }
  }
}
