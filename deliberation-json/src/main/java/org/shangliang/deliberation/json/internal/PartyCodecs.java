package org.shangliang.deliberation.json.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.party.PartyRole;

/**
 * Parties and party lists. A party's display name is personal data: no fault reported while reading
 * a party quotes it (the core's refusal names only the fault, and a number found in its place is
 * not repeated).
 */
public final class PartyCodecs {
  /** The tokens of {@link PartyKind}. */
  public static final Tokens<PartyKind> KINDS = Tokens.of(PartyKind.class);

  /** The tokens of {@link PartyRole}. */
  public static final Tokens<PartyRole> ROLES = Tokens.of(PartyRole.class);

  private PartyCodecs() {}

  /**
   * Reads a party id: a string.
   *
   * @param in the reader
   * @return the id
   */
  public static PartyId readPartyId(JsonIn in) {
    return in.string(PartyId::of);
  }

  /**
   * Writes a party id.
   *
   * @param out the writer
   * @param id the id
   */
  public static void writePartyId(JsonOut out, PartyId id) {
    out.string(id.value());
  }

  /**
   * Reads a party: {@code {"id", "kind", "otherLabel"?, "unit", "roles": [...], "weight"?,
   * "displayName"?}}; {@code roles} holds each role once, in any order.
   *
   * @param in the reader
   * @return the party
   */
  public static Party readParty(JsonIn in) {
    return readParty(in, null);
  }

  private static Party readParty(JsonIn in, List<JsonIn.Mark> marks) {
    JsonIn.Mark mark = in.beginObject();
    if (marks != null) {
      marks.add(mark);
    }
    Party.Builder party = new Party.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "id":
          party.id(readPartyId(in));
          break;
        case "kind":
          party.kind(in.token(KINDS));
          break;
        case "otherLabel":
          party.otherLabel(in.string());
          break;
        case "unit":
          party.unit(UnitCodecs.readUnitId(in));
          break;
        case "roles":
          party.addAllRoles(readRoles(in));
          break;
        case "weight":
          party.weight(in.decimal());
          break;
        case "displayName":
          party.displayName(CommonCodecs.personalString(in));
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, party::build);
  }

  private static Set<PartyRole> readRoles(JsonIn in) {
    Set<PartyRole> roles = EnumSet.noneOf(PartyRole.class);
    in.list(
        element -> {
          PartyRole role = element.token(ROLES);
          if (!roles.add(role)) {
            throw element.fail("duplicate, was " + ROLES.token(role));
          }
          return role;
        });
    return roles;
  }

  /**
   * Writes a party, its roles in the order of {@link PartyRole}.
   *
   * @param out the writer
   * @param party the party
   */
  public static void writeParty(JsonOut out, Party party) {
    out.beginObject();
    out.string("id", party.id().value());
    out.token("kind", KINDS, party.kind());
    out.string("otherLabel", party.otherLabel());
    out.string("unit", party.unit().value());
    out.list("roles", List.copyOf(party.roles()), (o, role) -> o.string(ROLES.token(role)));
    party.weight().ifPresent(w -> out.decimal("weight", w));
    out.string("displayName", party.displayName());
    out.endObject();
  }

  /**
   * Reads a party list: the array of its parties, in order, each id once. A repeated id is reported
   * at that party's {@code id}.
   *
   * @param in the reader
   * @return the list
   */
  public static PartyList readPartyList(JsonIn in) {
    List<JsonIn.Mark> marks = new ArrayList<>();
    List<Party> parties = in.list(element -> readParty(element, marks));
    try {
      return PartyList.of(parties);
    } catch (InvalidModelException e) {
      // the core names a party as parties[i]…; the array is the list's only property
      List<Object> segments = e.path().segments();
      if (segments.size() >= 2
          && "parties".equals(segments.get(0))
          && segments.get(1) instanceof Integer
          && (Integer) segments.get(1) < marks.size()) {
        Path rest = Path.root();
        for (Object segment : segments.subList(2, segments.size())) {
          rest =
              segment instanceof Integer
                  ? rest.index((Integer) segment)
                  : rest.child((String) segment);
        }
        Path inParty = rest;
        return in.build(
            marks.get((Integer) segments.get(1)),
            () -> {
              throw new InvalidModelException(inParty, e.fault());
            });
      }
      throw in.fail(e.fault());
    }
  }

  /**
   * Writes a party list: the array of its parties, in order.
   *
   * @param out the writer
   * @param list the list
   */
  public static void writePartyList(JsonOut out, PartyList list) {
    out.list(list.parties(), PartyCodecs::writeParty);
  }
}
