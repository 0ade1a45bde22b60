package org.shangliang.deliberation.json.internal;

import java.time.Instant;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.AppraisalScale;
import org.shangliang.deliberation.outcome.Disagreement;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.FollowUp;
import org.shangliang.deliberation.outcome.HotlineCase;
import org.shangliang.deliberation.outcome.OutcomeFacts;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.party.PartyId;

/**
 * Outcomes and what follows them: the outcome record with its facts and agreed items (duties),
 * supervision, escalations with their follow-ups, revisits, appraisals and their scale, reopenings
 * and 12345 hotline cases.
 */
public final class OutcomeCodecs {
  /** The tokens of {@link OutcomeKind}. */
  public static final Tokens<OutcomeKind> KINDS = Tokens.of(OutcomeKind.class);

  /** The tokens of {@link Disagreement}. */
  public static final Tokens<Disagreement> DISAGREEMENTS = Tokens.of(Disagreement.class);

  /** The tokens of {@link SupervisionPhase}. */
  public static final Tokens<SupervisionPhase> PHASES = Tokens.of(SupervisionPhase.class);

  private OutcomeCodecs() {}

  // ---------------------------------------------------------------------------------------------
  // the outcome record

  /**
   * Reads an outcome record: {@code {"kind", "facts", "classifiedAt", "duties"?,
   * "progressReports"?, "residentsNotice"?, "takeUpAgainOn"?, "proposedSolution"?, "solvedAt"?}}.
   *
   * @param in the reader
   * @return the outcome record
   */
  public static OutcomeRecord readOutcomeRecord(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    OutcomeRecord.Builder outcome = new OutcomeRecord.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "kind":
          outcome.kind(in.token(KINDS));
          break;
        case "facts":
          outcome.facts(readOutcomeFacts(in));
          break;
        case "classifiedAt":
          outcome.classifiedAt(in.instant());
          break;
        case "duties":
          outcome.addAllDuties(in.list(OutcomeCodecs::readDuty));
          break;
        case "progressReports":
          outcome.addAllProgressReports(in.list(MeetingCodecs::readPublicity));
          break;
        case "residentsNotice":
          outcome.residentsNotice(MeetingCodecs.readPublicity(in));
          break;
        case "takeUpAgainOn":
          outcome.takeUpAgainOn(in.date());
          break;
        case "proposedSolution":
          outcome.proposedSolution(in.string());
          break;
        case "solvedAt":
          outcome.solvedAt(in.instant());
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, outcome::build);
  }

  /**
   * Writes an outcome record.
   *
   * @param out the writer
   * @param outcome the outcome record
   */
  public static void writeOutcomeRecord(JsonOut out, OutcomeRecord outcome) {
    out.beginObject();
    out.token("kind", KINDS, outcome.kind());
    out.field("facts");
    writeOutcomeFacts(out, outcome.facts());
    out.instant("classifiedAt", outcome.classifiedAt());
    out.listUnlessEmpty("duties", outcome.duties(), OutcomeCodecs::writeDuty);
    out.listUnlessEmpty("progressReports", outcome.progressReports(), MeetingCodecs::writePublicity);
    if (outcome.residentsNotice().isPresent()) {
      out.field("residentsNotice");
      MeetingCodecs.writePublicity(out, outcome.residentsNotice().get());
    }
    outcome.takeUpAgainOn().ifPresent(d -> out.date("takeUpAgainOn", d));
    out.string("proposedSolution", outcome.proposedSolution());
    outcome.solvedAt().ifPresent(at -> out.instant("solvedAt", at));
    out.endObject();
  }

  /**
   * Reads the facts an outcome is classified by: {@code {"agreementReached", "withinPowers",
   * "blockingFactors"?, "roundsHeld", "disagreement", "wideScopeOrComplexCauses"}}.
   *
   * @param in the reader
   * @return the facts
   */
  public static OutcomeFacts readOutcomeFacts(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    OutcomeFacts.Builder facts = new OutcomeFacts.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "agreementReached":
          facts.agreementReached(in.bool());
          break;
        case "withinPowers":
          facts.withinPowers(in.bool());
          break;
        case "blockingFactors":
          facts.addAllBlockingFactors(in.list(JsonIn::string));
          break;
        case "roundsHeld":
          facts.roundsHeld(in.integer());
          break;
        case "disagreement":
          facts.disagreement(in.token(DISAGREEMENTS));
          break;
        case "wideScopeOrComplexCauses":
          facts.wideScopeOrComplexCauses(in.bool());
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, facts::build);
  }

  /**
   * Writes the facts an outcome is classified by.
   *
   * @param out the writer
   * @param facts the facts
   */
  public static void writeOutcomeFacts(JsonOut out, OutcomeFacts facts) {
    out.beginObject();
    out.bool("agreementReached", facts.agreementReached());
    out.bool("withinPowers", facts.withinPowers());
    out.listUnlessEmpty("blockingFactors", facts.blockingFactors(), JsonOut::string);
    out.integer("roundsHeld", facts.roundsHeld());
    out.token("disagreement", DISAGREEMENTS, facts.disagreement());
    out.bool("wideScopeOrComplexCauses", facts.wideScopeOrComplexCauses());
    out.endObject();
  }

  /**
   * Reads an agreed item: {@code {"id", "description", "responsible"?, "measures"?, "deadline"?,
   * "completedAt"?, "completionRecord"?, "kind"?}}.
   *
   * @param in the reader
   * @return the item
   */
  public static Duty readDuty(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    Duty.Builder duty = new Duty.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "id":
          duty.id(in.string());
          break;
        case "description":
          duty.description(in.string());
          break;
        case "responsible":
          duty.responsible(PartyCodecs.readPartyId(in));
          break;
        case "measures":
          duty.measures(in.string());
          break;
        case "deadline":
          duty.deadline(in.instant());
          break;
        case "completedAt":
          duty.completedAt(in.instant());
          break;
        case "completionRecord":
          duty.completionRecord(in.string());
          break;
        case "kind":
          duty.kind(in.string());
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, duty::build);
  }

  /**
   * Writes an agreed item.
   *
   * @param out the writer
   * @param duty the item
   */
  public static void writeDuty(JsonOut out, Duty duty) {
    out.beginObject();
    out.string("id", duty.id());
    out.string("description", duty.description());
    duty.responsible().ifPresent(p -> out.string("responsible", p.value()));
    out.string("measures", duty.measures());
    duty.deadline().ifPresent(at -> out.instant("deadline", at));
    duty.completedAt().ifPresent(at -> out.instant("completedAt", at));
    out.string("completionRecord", duty.completionRecord());
    out.string("kind", duty.kind());
    out.endObject();
  }

  // ---------------------------------------------------------------------------------------------
  // supervision, escalation

  /**
   * Reads a supervision entry: {@code {"phase", "supervisor", "at", "note"}}.
   *
   * @param in the reader
   * @return the entry
   */
  public static Supervision readSupervision(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    SupervisionPhase phase = null;
    PartyId supervisor = null;
    Instant at = null;
    String note = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "phase":
          phase = in.token(PHASES);
          break;
        case "supervisor":
          supervisor = PartyCodecs.readPartyId(in);
          break;
        case "at":
          at = in.instant();
          break;
        case "note":
          note = in.string();
          break;
        default:
          throw in.unknown(field);
      }
    }
    required(in, mark, "phase", phase);
    required(in, mark, "supervisor", supervisor);
    required(in, mark, "at", at);
    required(in, mark, "note", note);
    SupervisionPhase p = phase;
    PartyId s = supervisor;
    Instant a = at;
    String n = note;
    return in.build(mark, () -> Supervision.of(p, s, a, n));
  }

  /**
   * Writes a supervision entry.
   *
   * @param out the writer
   * @param supervision the entry
   */
  public static void writeSupervision(JsonOut out, Supervision supervision) {
    out.beginObject();
    out.token("phase", PHASES, supervision.phase());
    out.string("supervisor", supervision.supervisor().value());
    out.instant("at", supervision.at());
    out.string("note", supervision.note());
    out.endObject();
  }

  /**
   * Reads an escalation: {@code {"fromUnit", "toUnit", "reason", "escalatedAt", "deadline",
   * "follower"?, "followUps"?, "resolvedAt"?}}.
   *
   * @param in the reader
   * @return the escalation
   */
  public static Escalation readEscalation(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    Escalation.Builder escalation = new Escalation.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "fromUnit":
          escalation.fromUnit(UnitCodecs.readUnitId(in));
          break;
        case "toUnit":
          escalation.toUnit(UnitCodecs.readUnitId(in));
          break;
        case "reason":
          escalation.reason(in.string());
          break;
        case "escalatedAt":
          escalation.escalatedAt(in.instant());
          break;
        case "deadline":
          escalation.deadline(in.instant());
          break;
        case "follower":
          escalation.follower(PartyCodecs.readPartyId(in));
          break;
        case "followUps":
          escalation.addAllFollowUps(in.list(OutcomeCodecs::readFollowUp));
          break;
        case "resolvedAt":
          escalation.resolvedAt(in.instant());
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, escalation::build);
  }

  /**
   * Writes an escalation.
   *
   * @param out the writer
   * @param escalation the escalation
   */
  public static void writeEscalation(JsonOut out, Escalation escalation) {
    out.beginObject();
    out.string("fromUnit", escalation.fromUnit().value());
    out.string("toUnit", escalation.toUnit().value());
    out.string("reason", escalation.reason());
    out.instant("escalatedAt", escalation.escalatedAt());
    out.instant("deadline", escalation.deadline());
    escalation.follower().ifPresent(p -> out.string("follower", p.value()));
    out.listUnlessEmpty("followUps", escalation.followUps(), OutcomeCodecs::writeFollowUp);
    escalation.resolvedAt().ifPresent(at -> out.instant("resolvedAt", at));
    out.endObject();
  }

  /**
   * Reads a follow-up of an escalation: {@code {"at", "note"}}.
   *
   * @param in the reader
   * @return the follow-up
   */
  public static FollowUp readFollowUp(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    Instant at = null;
    String note = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "at":
          at = in.instant();
          break;
        case "note":
          note = in.string();
          break;
        default:
          throw in.unknown(field);
      }
    }
    required(in, mark, "at", at);
    required(in, mark, "note", note);
    Instant a = at;
    String n = note;
    return in.build(mark, () -> FollowUp.of(a, n));
  }

  /**
   * Writes a follow-up of an escalation.
   *
   * @param out the writer
   * @param followUp the follow-up
   */
  public static void writeFollowUp(JsonOut out, FollowUp followUp) {
    out.beginObject();
    out.instant("at", followUp.at());
    out.string("note", followUp.note());
    out.endObject();
  }

  // ---------------------------------------------------------------------------------------------
  // revisits, appraisals, reopenings

  /**
   * Reads a revisit: {@code {"at", "by", "feedback"}}.
   *
   * @param in the reader
   * @return the revisit
   */
  public static Revisit readRevisit(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    Instant at = null;
    PartyId by = null;
    String feedback = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "at":
          at = in.instant();
          break;
        case "by":
          by = PartyCodecs.readPartyId(in);
          break;
        case "feedback":
          feedback = in.string();
          break;
        default:
          throw in.unknown(field);
      }
    }
    required(in, mark, "at", at);
    required(in, mark, "by", by);
    required(in, mark, "feedback", feedback);
    Instant a = at;
    PartyId b = by;
    String f = feedback;
    return in.build(mark, () -> Revisit.of(a, b, f));
  }

  /**
   * Writes a revisit.
   *
   * @param out the writer
   * @param revisit the revisit
   */
  public static void writeRevisit(JsonOut out, Revisit revisit) {
    out.beginObject();
    out.instant("at", revisit.at());
    out.string("by", revisit.by().value());
    out.string("feedback", revisit.feedback());
    out.endObject();
  }

  /**
   * Reads an appraisal: {@code {"at", "by", "score"}}.
   *
   * @param in the reader
   * @return the appraisal
   */
  public static Appraisal readAppraisal(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    Instant at = null;
    PartyId by = null;
    Integer score = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "at":
          at = in.instant();
          break;
        case "by":
          by = PartyCodecs.readPartyId(in);
          break;
        case "score":
          score = in.integer();
          break;
        default:
          throw in.unknown(field);
      }
    }
    required(in, mark, "at", at);
    required(in, mark, "by", by);
    required(in, mark, "score", score);
    Instant a = at;
    PartyId b = by;
    int s = score;
    return in.build(mark, () -> Appraisal.of(a, b, s));
  }

  /**
   * Writes an appraisal.
   *
   * @param out the writer
   * @param appraisal the appraisal
   */
  public static void writeAppraisal(JsonOut out, Appraisal appraisal) {
    out.beginObject();
    out.instant("at", appraisal.at());
    out.string("by", appraisal.by().value());
    out.integer("score", appraisal.score());
    out.endObject();
  }

  /**
   * Reads an appraisal scale: {@code {"min", "max", "poorAtMost"}}.
   *
   * @param in the reader
   * @return the scale
   */
  public static AppraisalScale readAppraisalScale(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    Integer min = null;
    Integer max = null;
    Integer poorAtMost = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "min":
          min = in.integer();
          break;
        case "max":
          max = in.integer();
          break;
        case "poorAtMost":
          poorAtMost = in.integer();
          break;
        default:
          throw in.unknown(field);
      }
    }
    required(in, mark, "min", min);
    required(in, mark, "max", max);
    required(in, mark, "poorAtMost", poorAtMost);
    int lowest = min;
    int highest = max;
    int poor = poorAtMost;
    return in.build(mark, () -> AppraisalScale.of(lowest, highest, poor));
  }

  /**
   * Writes an appraisal scale.
   *
   * @param out the writer
   * @param scale the scale
   */
  public static void writeAppraisalScale(JsonOut out, AppraisalScale scale) {
    out.beginObject();
    out.integer("min", scale.min());
    out.integer("max", scale.max());
    out.integer("poorAtMost", scale.poorAtMost());
    out.endObject();
  }

  /**
   * Reads a reopening: {@code {"at", "reason"}}.
   *
   * @param in the reader
   * @return the reopening
   */
  public static Reopening readReopening(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    Instant at = null;
    String reason = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "at":
          at = in.instant();
          break;
        case "reason":
          reason = in.string();
          break;
        default:
          throw in.unknown(field);
      }
    }
    required(in, mark, "at", at);
    required(in, mark, "reason", reason);
    Instant a = at;
    String r = reason;
    return in.build(mark, () -> Reopening.of(a, r));
  }

  /**
   * Writes a reopening.
   *
   * @param out the writer
   * @param reopening the reopening
   */
  public static void writeReopening(JsonOut out, Reopening reopening) {
    out.beginObject();
    out.instant("at", reopening.at());
    out.string("reason", reopening.reason());
    out.endObject();
  }

  // ---------------------------------------------------------------------------------------------
  // hotline

  /**
   * Reads a 12345 hotline case: {@code {"ticketId", "receivedAt", "firstContact", "departments",
   * "forwardedAt"?, "coordinationConvenedAt"?, "repliedAt"?, "handledAt"?}}.
   *
   * @param in the reader
   * @return the case
   */
  public static HotlineCase readHotlineCase(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    HotlineCase.Builder hotline = new HotlineCase.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "ticketId":
          hotline.ticketId(in.string());
          break;
        case "receivedAt":
          hotline.receivedAt(in.instant());
          break;
        case "firstContact":
          hotline.firstContact(PartyCodecs.readPartyId(in));
          break;
        case "departments":
          hotline.addAllDepartments(in.list(PartyCodecs::readPartyId));
          break;
        case "forwardedAt":
          hotline.forwardedAt(in.instant());
          break;
        case "coordinationConvenedAt":
          hotline.coordinationConvenedAt(in.instant());
          break;
        case "repliedAt":
          hotline.repliedAt(in.instant());
          break;
        case "handledAt":
          hotline.handledAt(in.instant());
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, hotline::build);
  }

  /**
   * Writes a 12345 hotline case.
   *
   * @param out the writer
   * @param hotline the case
   */
  public static void writeHotlineCase(JsonOut out, HotlineCase hotline) {
    out.beginObject();
    out.string("ticketId", hotline.ticketId());
    out.instant("receivedAt", hotline.receivedAt());
    out.string("firstContact", hotline.firstContact().value());
    out.list("departments", hotline.departments(), PartyCodecs::writePartyId);
    hotline.forwardedAt().ifPresent(at -> out.instant("forwardedAt", at));
    hotline.coordinationConvenedAt().ifPresent(at -> out.instant("coordinationConvenedAt", at));
    hotline.repliedAt().ifPresent(at -> out.instant("repliedAt", at));
    hotline.handledAt().ifPresent(at -> out.instant("handledAt", at));
    out.endObject();
  }

  /** Refuses an object that lacks a required property. */
  private static void required(JsonIn in, JsonIn.Mark mark, String name, Object value) {
    if (value == null) {
      throw in.fail(mark, "missing property " + JsonIn.quote(name));
    }
  }
}
