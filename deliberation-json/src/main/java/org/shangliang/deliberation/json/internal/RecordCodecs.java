package org.shangliang.deliberation.json.internal;

import org.shangliang.deliberation.process.Deliberation;

/** The deliberation record, from its parts' codecs. */
public final class RecordCodecs {
  private RecordCodecs() {}

  /**
   * Reads a record: {@code {"id", "topic", "parties", "deliberatingUnit", "admission"?,
   * "plannedMeetingDate"?, "meetings"?, "steps"?, "outcome"?, "supervision"?, "escalations"?,
   * "revisits"?, "appraisals"?, "reopenings"?, "hotlineCase"?, "events"?, "riskAssessments"?, "partyActs"?}}.
   *
   * @param in the reader
   * @return the record
   */
  public static Deliberation readDeliberation(JsonIn in) {
    return read(in, false, RuleNames.NONE);
  }

  private static Deliberation read(JsonIn in, boolean document, RuleNames names) {
    JsonIn.Mark mark = in.beginObject();
    Deliberation.Builder record = new Deliberation.Builder();
    boolean version = false;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "schemaVersion":
          if (!document) {
            throw in.unknown(field);
          }
          Versions.read(in);
          version = true;
          break;
        case "id":
          record.id(ProcessCodecs.readDeliberationId(in));
          break;
        case "topic":
          record.topic(TopicCodecs.readTopic(in));
          break;
        case "parties":
          record.parties(PartyCodecs.readPartyList(in));
          break;
        case "deliberatingUnit":
          record.deliberatingUnit(UnitCodecs.readUnitId(in));
          break;
        case "admission":
          record.admission(ProcessCodecs.readAdmission(in));
          break;
        case "plannedMeetingDate":
          record.plannedMeetingDate(in.date());
          break;
        case "meetings":
          record.addAllMeetings(in.list(meeting -> MeetingCodecs.readMeeting(meeting, names)));
          break;
        case "steps":
          record.addAllSteps(in.list(ProcessCodecs::readStepEvent));
          break;
        case "outcome":
          record.outcome(OutcomeCodecs.readOutcomeRecord(in));
          break;
        case "supervision":
          record.addAllSupervision(in.list(OutcomeCodecs::readSupervision));
          break;
        case "escalations":
          record.addAllEscalations(in.list(OutcomeCodecs::readEscalation));
          break;
        case "revisits":
          record.addAllRevisits(in.list(OutcomeCodecs::readRevisit));
          break;
        case "appraisals":
          record.addAllAppraisals(in.list(OutcomeCodecs::readAppraisal));
          break;
        case "reopenings":
          record.addAllReopenings(in.list(OutcomeCodecs::readReopening));
          break;
        case "hotlineCase":
          record.hotlineCase(OutcomeCodecs.readHotlineCase(in));
          break;
        case "events":
          record.addAllEvents(in.list(ProcessCodecs::readDeliberationEvent));
          break;
        case "riskAssessments":
          record.addAllRiskAssessments(in.list(ProcessCodecs::readRiskAssessment));
          break;
        case "partyActs":
          record.addAllPartyActs(in.list(ProcessCodecs::readPartyOrganisationAct));
          break;
        default:
          throw in.unknown(field);
      }
    }
    if (document) {
      Versions.require(in, mark, version);
    }
    return in.build(mark, record::build);
  }

  /**
   * Writes a record.
   *
   * @param out the writer
   * @param record the record
   */
  public static void writeDeliberation(JsonOut out, Deliberation record) {
    write(out, record, false, RuleNames.NONE);
  }

  private static void write(
      JsonOut out, Deliberation record, boolean document, RuleNames names) {
    out.beginObject();
    if (document) {
      Versions.write(out);
    }
    out.field("id");
    ProcessCodecs.writeDeliberationId(out, record.id());
    out.field("topic");
    TopicCodecs.writeTopic(out, record.topic());
    out.field("parties");
    PartyCodecs.writePartyList(out, record.parties());
    out.field("deliberatingUnit");
    UnitCodecs.writeUnitId(out, record.deliberatingUnit());
    if (record.admission().isPresent()) {
      out.field("admission");
      ProcessCodecs.writeAdmission(out, record.admission().get());
    }
    if (record.plannedMeetingDate().isPresent()) {
      out.date("plannedMeetingDate", record.plannedMeetingDate().get());
    }
    RuleNames atTopic = names.at(record.topic());
    out.listUnlessEmpty(
        "meetings", record.meetings(), (o, meeting) -> MeetingCodecs.writeMeeting(o, meeting, atTopic));
    out.listUnlessEmpty("steps", record.steps(), ProcessCodecs::writeStepEvent);
    if (record.outcome().isPresent()) {
      out.field("outcome");
      OutcomeCodecs.writeOutcomeRecord(out, record.outcome().get());
    }
    out.listUnlessEmpty("supervision", record.supervision(), OutcomeCodecs::writeSupervision);
    out.listUnlessEmpty("escalations", record.escalations(), OutcomeCodecs::writeEscalation);
    out.listUnlessEmpty("revisits", record.revisits(), OutcomeCodecs::writeRevisit);
    out.listUnlessEmpty("appraisals", record.appraisals(), OutcomeCodecs::writeAppraisal);
    out.listUnlessEmpty("reopenings", record.reopenings(), OutcomeCodecs::writeReopening);
    if (record.hotlineCase().isPresent()) {
      out.field("hotlineCase");
      OutcomeCodecs.writeHotlineCase(out, record.hotlineCase().get());
    }
    out.listUnlessEmpty("events", record.events(), ProcessCodecs::writeDeliberationEvent);
    out.listUnlessEmpty(
        "riskAssessments", record.riskAssessments(), ProcessCodecs::writeRiskAssessment);
    out.listUnlessEmpty(
        "partyActs", record.partyActs(), ProcessCodecs::writePartyOrganisationAct);
    out.endObject();
  }

  /**
   * The record document: the record's properties and {@code schemaVersion}; a vote's rule is
   * always tagged, and a rule's name is refused.
   */
  public static final Codec<Deliberation> RECORD = record(RuleNames.NONE);

  /**
   * The record document whose votes may name the rules of a profile: a vote's rule is read from a
   * name of {@code names} ({@code "major"}, {@code "entry:lift-installation"}), and written as the
   * name of the profile's rule for the record's topic when it is that rule.
   *
   * @param names the names of the profile's rules, or {@link RuleNames#NONE}
   * @return the codec
   */
  public static Codec<Deliberation> record(RuleNames names) {
    return new Codec<>() {
      @Override
      public Deliberation read(JsonIn in) {
        return RecordCodecs.read(in, true, names);
      }

      @Override
      public void write(JsonOut out, Deliberation value) {
        RecordCodecs.write(out, value, true, names);
      }
    };
  }
}
