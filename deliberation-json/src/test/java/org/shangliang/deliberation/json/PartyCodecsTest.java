package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.json.PartsJsonTesting.assertRoundTrip;
import static org.shangliang.deliberation.json.PartsJsonTesting.read;
import static org.shangliang.deliberation.json.PartsJsonTesting.refusal;
import static org.shangliang.deliberation.json.PartsJsonTesting.write;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.json.internal.PartyCodecs;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.unit.UnitId;

class PartyCodecsTest {
  private static final String PARTY =
      "{\"id\":\"p1\",\"kind\":\"resident-representative\",\"unit\":\"b3\",\"roles\":[\"deliberator\"]";

  /** Parties with every kind, every set of roles, weights of several scales and display names. */
  private static List<Party> handBuiltParties() {
    List<Party> parties = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(11);
    String[] weights = {"0", "85.50", "0.000001", "999999999999999.999999", "1E+3", "120"};
    String[] names = {"张三", "Wang Wei", "王\"小\"明\\", "😀 emoji", "\u0001tab\t"};
    int i = 0;
    for (PartyKind kind : PartyKind.values()) {
      for (int roleSet = 1; roleSet < 16; roleSet++) {
        Party.Builder party =
            new Party.Builder()
                .id(PartyId.of("p-" + i++))
                .kind(kind)
                .unit(UnitId.of("unit-" + roleSet));
        for (PartyRole role : PartyRole.values()) {
          if ((roleSet & (1 << role.ordinal())) != 0) {
            party.addRole(role);
          }
        }
        if (kind == PartyKind.OTHER) {
          party.otherLabel(random.nextBoolean() ? "志愿者" : "a \"volunteer\"");
        }
        if (random.nextBoolean()) {
          party.weight(new BigDecimal(weights[random.nextInt(weights.length)]));
        }
        if (random.nextBoolean()) {
          party.displayName(names[random.nextInt(names.length)]);
        }
        parties.add(party.build());
      }
    }
    return parties;
  }

  @Test
  void partiesOfEveryKindRoleSetWeightAndNameReadBackEqualAndWriteBackTheSameText() {
    List<Party> parties = handBuiltParties();
    for (Party party : parties) {
      assertRoundTrip(PartyCodecs::writeParty, PartyCodecs::readParty, party);
      assertRoundTrip(PartyCodecs::writePartyId, PartyCodecs::readPartyId, party.id());
    }
    assertRoundTrip(PartyCodecs::writePartyList, PartyCodecs::readPartyList, PartyList.of(parties));
    assertRoundTrip(
        PartyCodecs::writePartyList, PartyCodecs::readPartyList, PartyList.of(List.of()));
  }

  @Test
  void partyListsOfGeneratedRecordsReadBackEqualAndWriteBackTheSameText() {
    List<Deliberation> records = PartsJsonTesting.validRecords(250);
    records.addAll(PartsJsonTesting.breakingRecords(1));
    EnumSet<PartyKind> kinds = EnumSet.noneOf(PartyKind.class);
    int weighted = 0;
    for (Deliberation record : records) {
      PartyList list = record.parties();
      assertRoundTrip(PartyCodecs::writePartyList, PartyCodecs::readPartyList, list);
      for (Party party : list.parties()) {
        kinds.add(party.kind());
        weighted += party.weight().isPresent() ? 1 : 0;
      }
    }
    assertThat(kinds).contains(PartyKind.MEDIATOR, PartyKind.DISCIPLINE_INSPECTION);
    assertThat(weighted).isPositive();
  }

  @Test
  void aPartyIsWrittenInTheOrderOfItsAccessorsLeavingOutWhatIsEmpty() {
    Party full =
        new Party.Builder()
            .id(PartyId.of("p9"))
            .kind(PartyKind.OTHER)
            .otherLabel("志愿者")
            .unit(UnitId.of("b3"))
            .addRole(PartyRole.OBSERVER)
            .addRole(PartyRole.DELIBERATOR)
            .weight(new BigDecimal("85.50"))
            .displayName("张三")
            .build();
    assertThat(write(PartyCodecs::writeParty, full))
        .isEqualTo(
            "{\"id\":\"p9\",\"kind\":\"other\",\"otherLabel\":\"志愿者\",\"unit\":\"b3\","
                + "\"roles\":[\"deliberator\",\"observer\"],\"weight\":85.50,\"displayName\":\"张三\"}");
    assertThat(
            write(
                PartyCodecs::writeParty,
                Party.of(PartyId.of("p1"), PartyKind.RESIDENT_REPRESENTATIVE, UnitId.of("b3"))))
        .isEqualTo(PARTY + "}");
    assertThat(
            read(
                PartyCodecs::readParty,
                "{\"roles\":[\"observer\",\"deliberator\"],\"id\":\"p9\","
                    + "\"unit\":\"b3\",\"kind\":\"other\",\"otherLabel\":\"志愿者\",\"displayName\":\"张三\",\"weight\":85.50}"))
        .isEqualTo(full);
  }

  @Test
  void refusesAWrongTypeAnUnknownTokenAndAnUnknownProperty() {
    DeliberationJsonException kind =
        refusal(
            PartyCodecs::readParty,
            "{\"id\":\"p1\",\"kind\":3,\"unit\":\"b3\",\"roles\":[\"deliberator\"]}");
    assertThat(kind.pointer()).isEqualTo("/kind");
    assertThat(kind.fault()).isEqualTo("must be a string, was the number 3");

    DeliberationJsonException weight =
        refusal(PartyCodecs::readParty, PARTY + ",\"weight\":\"85.5\"}");
    assertThat(weight.pointer()).isEqualTo("/weight");
    assertThat(weight.fault()).isEqualTo("must be a number, was the string \"85.5\"");

    DeliberationJsonException token =
        refusal(
            PartyCodecs::readParty,
            "{\"id\":\"p1\",\"kind\":\"owner\",\"unit\":\"b3\",\"roles\":[\"deliberator\"]}");
    assertThat(token.pointer()).isEqualTo("/kind");
    assertThat(token.fault())
        .startsWith("must be one of [party-organisation, residents-committee,")
        .endsWith(", was \"owner\"");

    DeliberationJsonException role =
        refusal(
            PartyCodecs::readParty,
            PARTY.replace("\"deliberator\"", "\"deliberator\",\"voter\"") + "}");
    assertThat(role.pointer()).isEqualTo("/roles/1");

    DeliberationJsonException unknown =
        refusal(PartyCodecs::readParty, PARTY + ",\"phone\":\"13812345678\"}");
    assertThat(unknown.pointer()).isEqualTo("/phone");
    assertThat(unknown.fault()).isEqualTo("unknown property \"phone\"");

    DeliberationJsonException nulled = refusal(PartyCodecs::readParty, PARTY + ",\"weight\":null}");
    assertThat(nulled.pointer()).isEqualTo("/weight");
    assertThat(nulled.fault()).isEqualTo("must be a number, was null");
  }

  @Test
  void refusesAMissingRequiredPropertyAtItsPointer() {
    DeliberationJsonException unit =
        refusal(
            PartyCodecs::readParty,
            "{\"id\":\"p1\",\"kind\":\"expert\",\"roles\":[\"deliberator\"]}");
    assertThat(unit.pointer()).isEqualTo("/unit");
    assertThat(unit.fault()).isEqualTo("required, not set");

    DeliberationJsonException roles =
        refusal(PartyCodecs::readParty, "{\"id\":\"p1\",\"kind\":\"expert\",\"unit\":\"b3\"}");
    assertThat(roles.pointer()).isEqualTo("/roles");
    assertThat(roles.fault()).isEqualTo("must not be empty");
  }

  @Test
  void refusesWhatTheCoreRefusesAtThePointerOfTheField() {
    DeliberationJsonException id =
        refusal(PartyCodecs::readParty, PARTY.replace("\"p1\"", "\"p 1\"") + "}");
    assertThat(id.pointer()).isEqualTo("/id");
    assertThat(id.fault())
        .contains("must hold only letters, marks, numbers, punctuation and symbols");

    DeliberationJsonException weight = refusal(PartyCodecs::readParty, PARTY + ",\"weight\":-2}");
    assertThat(weight.pointer()).isEqualTo("/weight");
    assertThat(weight.fault()).isEqualTo("must not be negative, was -2");

    DeliberationJsonException label =
        refusal(PartyCodecs::readParty, PARTY + ",\"otherLabel\":\"志愿者\"}");
    assertThat(label.pointer()).isEqualTo("/otherLabel");
    assertThat(label.fault()).startsWith("only for kind OTHER");

    DeliberationJsonException noLabel =
        refusal(
            PartyCodecs::readParty,
            "{\"id\":\"p1\",\"kind\":\"other\",\"unit\":\"b3\",\"roles\":[\"observer\"]}");
    assertThat(noLabel.pointer()).isEqualTo("/otherLabel");

    DeliberationJsonException roles =
        refusal(PartyCodecs::readParty, PARTY.replace("\"deliberator\"", "") + "}");
    assertThat(roles.pointer()).isEqualTo("/roles");
    assertThat(roles.fault()).isEqualTo("must not be empty");

    DeliberationJsonException twice =
        refusal(
            PartyCodecs::readParty,
            PARTY.replace("\"deliberator\"", "\"observer\",\"deliberator\",\"observer\"") + "}");
    assertThat(twice.pointer()).isEqualTo("/roles/2");
    assertThat(twice.fault()).isEqualTo("duplicate, was observer");
  }

  @Test
  void refusesARepeatedIdOnAListAtThatPartysId() {
    String list = "[" + PARTY + "},\n" + PARTY.replace("b3", "b4") + "}]";
    DeliberationJsonException e = refusal(PartyCodecs::readPartyList, list);
    assertThat(e.pointer()).isEqualTo("/1/id");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.fault()).isEqualTo("duplicate, was p1");

    DeliberationJsonException inner =
        refusal(PartyCodecs::readPartyList, "[" + PARTY + "},\n" + PARTY + ",\"weight\":-1}]");
    assertThat(inner.pointer()).isEqualTo("/1/weight");

    assertThat(refusal(PartyCodecs::readPartyList, "{\"parties\":[]}").fault())
        .isEqualTo("must be an array, was an object");
  }

  @Test
  void neverRepeatsADisplayNameInAFault() {
    DeliberationJsonException blank =
        refusal(PartyCodecs::readParty, PARTY + ",\"displayName\":\"\u3000\u200b\"}");
    assertThat(blank.pointer()).isEqualTo("/displayName");
    assertThat(blank.fault()).isEqualTo("must not be blank");
    assertThat(blank.getMessage())
        .doesNotContain("\u3000")
        .doesNotContain("\\u3000")
        .doesNotContain("\u200b");

    DeliberationJsonException number =
        refusal(PartyCodecs::readParty, PARTY + ",\"displayName\":13812345678}");
    assertThat(number.pointer()).isEqualTo("/displayName");
    assertThat(number.getMessage()).doesNotContain("13812345678");

    DeliberationJsonException elsewhere =
        refusal(PartyCodecs::readParty, PARTY + ",\"displayName\":\"张三丰\",\"weight\":-1}");
    assertThat(elsewhere.getMessage()).doesNotContain("张三丰");
    assertThat(elsewhere.getCause().getMessage()).doesNotContain("张三丰");
  }
}
