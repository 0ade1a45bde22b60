package org.shangliang.deliberation.json.internal;

import org.shangliang.deliberation.party.HouseholdLink;
import org.shangliang.deliberation.party.HouseholdLinks;

/** Household links (党员联户): which party member is linked to the households of which units. */
public final class HouseholdLinkCodecs {
  private HouseholdLinkCodecs() {}

  /**
   * Reads a link: {@code {"member", "units": [unit ids]}}.
   *
   * @param in the reader
   * @return the link
   */
  public static HouseholdLink readLink(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    HouseholdLink.Builder link = new HouseholdLink.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "member":
          link.member(PartyCodecs.readPartyId(in));
          break;
        case "units":
          link.addAllUnits(in.list(UnitCodecs::readUnitId));
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, link::build);
  }

  /**
   * Writes a link.
   *
   * @param out the writer
   * @param link the link
   */
  public static void writeLink(JsonOut out, HouseholdLink link) {
    out.beginObject();
    out.string("member", link.member().value());
    out.list("units", link.units(), UnitCodecs::writeUnitId);
    out.endObject();
  }

  /**
   * The household-links document: {@code {"schemaVersion", "links": [...]}}; no links, no {@code
   * links}.
   */
  public static final Codec<HouseholdLinks> HOUSEHOLD_LINKS =
      Codec.versionedList(
          "links",
          HouseholdLinkCodecs::readLink,
          HouseholdLinkCodecs::writeLink,
          HouseholdLinks::of,
          HouseholdLinks::links);
}
