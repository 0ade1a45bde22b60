package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.party.HouseholdLinks;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.Scenarios;

/** The household-links document (党员联户). */
class HouseholdLinksJsonTest {
  private static final DeliberationJson JSON = DeliberationJson.create();

  @Test
  void theLinksOfGeneratedScenariosReadBackEqualAndWriteBackTheSameText() {
    int links = 0;
    for (long seed = 0; seed < 40; seed++) {
      Scenario scenario = Scenarios.valid(DutyListProfiles.jinan()).generate(seed, (int) (seed % 30));
      HouseholdLinks value = scenario.householdLinks();
      String text = JSON.write(DocumentKind.HOUSEHOLD_LINKS, value);
      HouseholdLinks read = JSON.read(DocumentKind.HOUSEHOLD_LINKS, text);
      assertThat(read).as(text).isEqualTo(value);
      assertThat(JSON.write(DocumentKind.HOUSEHOLD_LINKS, read)).isEqualTo(text);
      links += value.links().size();
    }
    assertThat(links).isGreaterThan(40);
  }

  @Test
  void noLinksIsADocumentWithoutLinks() {
    assertThat(JSON.write(DocumentKind.HOUSEHOLD_LINKS, HouseholdLinks.none()))
        .isEqualTo("{\"schemaVersion\":\"1.0\"}");
    assertThat(JSON.read(DocumentKind.HOUSEHOLD_LINKS, "{\"schemaVersion\":\"1.0\"}"))
        .isEqualTo(HouseholdLinks.none());
  }

  @Test
  void aMemberLinkedTwiceIsReportedAtItsPointer() {
    String text =
        "{\"schemaVersion\":\"1.0\",\"links\":[{\"member\":\"pm-1\",\"units\":[\"b3\"]},"
            + "{\"member\":\"pm-1\",\"units\":[\"b4\"]}]}";
    assertThatThrownBy(() -> JSON.read(DocumentKind.HOUSEHOLD_LINKS, text))
        .isInstanceOfSatisfying(
            DeliberationJsonException.class,
            e -> assertThat(e.pointer()).isEqualTo("/links/1/member"));
  }

  @Test
  void aLinkWithoutUnitsIsRefused() {
    String text = "{\"schemaVersion\":\"1.0\",\"links\":[{\"member\":\"pm-1\",\"units\":[]}]}";
    assertThatThrownBy(() -> JSON.read(DocumentKind.HOUSEHOLD_LINKS, text))
        .isInstanceOfSatisfying(
            DeliberationJsonException.class,
            e -> assertThat(e.pointer()).isEqualTo("/links/0/units"));
  }
}
