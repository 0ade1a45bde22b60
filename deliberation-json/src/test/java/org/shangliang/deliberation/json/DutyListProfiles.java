package org.shangliang.deliberation.json;

import java.util.List;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.RecordRole;
import org.shangliang.deliberation.profile.DutyKind;
import org.shangliang.deliberation.profile.ForbiddenRoles;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;

/**
 * Jinan with a list of powers and duties, a negative list and linked party members required: a
 * profile that breaks the household-link and duty-list rules, which no built-in profile runs (the
 * articles give no lists for Jinan, Haidian or Bishan).
 */
final class DutyListProfiles {
  private DutyListProfiles() {}

  private static final Profile JINAN =
      Profiles.jinan()
          .withIdentity("jinan-duty-lists", LocalizedText.of("济南 含权责清单", "Jinan with duty lists"))
          .withDutyLists(
              List.of(
                  DutyKind.of(
                      "publicity",
                      LocalizedText.of("公开公示", "publicity"),
                      PartyKind.RESIDENTS_COMMITTEE,
                      PartyKind.PARTY_ORGANISATION),
                  DutyKind.of(
                      "works",
                      LocalizedText.of("工程施工组织", "organising works"),
                      PartyKind.PROPERTY_COMPANY,
                      PartyKind.GOVERNMENT_DEPARTMENT)),
              List.of(
                  ForbiddenRoles.of(
                      PartyKind.STAKEHOLDER,
                      RecordRole.CONVENER,
                      RecordRole.OBSERVER,
                      RecordRole.RESPONSIBLE),
                  ForbiddenRoles.of(
                      PartyKind.PROPERTY_COMPANY, RecordRole.RECORDER, RecordRole.RESPONSIBLE)),
              true);

  /**
   * Jinan with the lists.
   *
   * @return the profile
   */
  static Profile jinan() {
    return JINAN;
  }
}
