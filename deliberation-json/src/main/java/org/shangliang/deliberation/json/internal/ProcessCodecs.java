package org.shangliang.deliberation.json.internal;

import java.time.Instant;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.process.Approval;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.process.PartyActKind;
import org.shangliang.deliberation.process.PartyOrganisationAct;
import org.shangliang.deliberation.process.Phase;
import org.shangliang.deliberation.process.RiskAssessment;
import org.shangliang.deliberation.process.RiskLevel;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.process.StepRole;

/**
 * The parts of a deliberation's process: its id, the admission of its topic, its steps and its
 * events. The deliberation record itself is read and written from all areas' codecs elsewhere.
 */
public final class ProcessCodecs {
  /** The tokens of {@link AdmissionStatus}. */
  public static final Tokens<AdmissionStatus> ADMISSION_STATUSES = Tokens.of(AdmissionStatus.class);

  /** The tokens of {@link EventType}. */
  public static final Tokens<EventType> EVENT_TYPES = Tokens.of(EventType.class);

  /** The tokens of {@link PartyActKind}. */
  public static final Tokens<PartyActKind> PARTY_ACT_KINDS = Tokens.of(PartyActKind.class);

  /** The tokens of {@link StepRole}. */
  public static final Tokens<StepRole> STEP_ROLES = Tokens.of(StepRole.class);

  /** The tokens of {@link Phase}. */
  public static final Tokens<Phase> PHASES = Tokens.of(Phase.class);

  /** The tokens of {@link RiskLevel}. */
  public static final Tokens<RiskLevel> RISK_LEVELS = Tokens.of(RiskLevel.class);

  private ProcessCodecs() {}

  /**
   * Reads a deliberation id: a string.
   *
   * @param in the reader
   * @return the id
   */
  public static DeliberationId readDeliberationId(JsonIn in) {
    return in.string(DeliberationId::of);
  }

  /**
   * Writes a deliberation id.
   *
   * @param out the writer
   * @param id the id
   */
  public static void writeDeliberationId(JsonOut out, DeliberationId id) {
    out.string(id.value());
  }

  /**
   * Reads an admission: {@code {"status", "decidedAt", "explanationToResidents"?, "approval"?}}.
   *
   * @param in the reader
   * @return the admission
   */
  public static Admission readAdmission(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    Admission.Builder admission = new Admission.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "status":
          admission.status(in.token(ADMISSION_STATUSES));
          break;
        case "decidedAt":
          admission.decidedAt(in.instant());
          break;
        case "explanationToResidents":
          admission.explanationToResidents(in.string());
          break;
        case "approval":
          admission.approval(readApproval(in));
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, admission::build);
  }

  /**
   * Writes an admission.
   *
   * @param out the writer
   * @param admission the admission
   */
  public static void writeAdmission(JsonOut out, Admission admission) {
    out.beginObject();
    out.token("status", ADMISSION_STATUSES, admission.status());
    out.instant("decidedAt", admission.decidedAt());
    out.string("explanationToResidents", admission.explanationToResidents());
    if (admission.approval().isPresent()) {
      out.field("approval");
      writeApproval(out, admission.approval().get());
    }
    out.endObject();
  }

  /**
   * Reads a party-organisation meeting's approval: {@code {"approvedAt", "reference"}}.
   *
   * @param in the reader
   * @return the approval
   */
  public static Approval readApproval(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    Instant approvedAt = null;
    String reference = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "approvedAt":
          approvedAt = in.instant();
          break;
        case "reference":
          reference = in.string();
          break;
        default:
          throw in.unknown(field);
      }
    }
    Instant approvedAtRead = CommonCodecs.required(in, mark, "approvedAt", approvedAt);
    String referenceRead = CommonCodecs.required(in, mark, "reference", reference);
    return in.build(mark, () -> Approval.of(approvedAtRead, referenceRead));
  }

  /**
   * Writes an approval.
   *
   * @param out the writer
   * @param approval the approval
   */
  public static void writeApproval(JsonOut out, Approval approval) {
    out.beginObject();
    out.instant("approvedAt", approval.approvedAt());
    out.string("reference", approval.reference());
    out.endObject();
  }

  /**
   * Reads a step event: {@code {"step", "enteredAt", "completedAt"?, "actor"}}.
   *
   * @param in the reader
   * @return the event
   */
  public static StepEvent readStepEvent(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    StepEvent.Builder event = new StepEvent.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "step":
          event.step(in.string());
          break;
        case "enteredAt":
          event.enteredAt(in.instant());
          break;
        case "completedAt":
          event.completedAt(in.instant());
          break;
        case "actor":
          event.actor(PartyCodecs.readPartyId(in));
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, event::build);
  }

  /**
   * Writes a step event.
   *
   * @param out the writer
   * @param event the event
   */
  public static void writeStepEvent(JsonOut out, StepEvent event) {
    out.beginObject();
    out.string("step", event.step());
    out.instant("enteredAt", event.enteredAt());
    event.completedAt().ifPresent(at -> out.instant("completedAt", at));
    out.string("actor", event.actor().value());
    out.endObject();
  }

  /**
   * Reads a deliberation event: {@code {"type", "at", "actor", "outcomeKind"?}}; the outcome kind
   * belongs to an {@code outcome-classified} event and to no other.
   *
   * @param in the reader
   * @return the event
   */
  public static DeliberationEvent readDeliberationEvent(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    DeliberationEvent.Builder event = new DeliberationEvent.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "type":
          event.type(in.token(EVENT_TYPES));
          break;
        case "at":
          event.at(in.instant());
          break;
        case "actor":
          event.actor(PartyCodecs.readPartyId(in));
          break;
        case "outcomeKind":
          event.outcomeKind(in.token(OutcomeCodecs.KINDS));
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, event::build);
  }

  /**
   * Writes a deliberation event.
   *
   * @param out the writer
   * @param event the event
   */
  public static void writeDeliberationEvent(JsonOut out, DeliberationEvent event) {
    out.beginObject();
    out.token("type", EVENT_TYPES, event.type());
    out.instant("at", event.at());
    out.string("actor", event.actor().value());
    event.outcomeKind().ifPresent(kind -> out.token("outcomeKind", OutcomeCodecs.KINDS, kind));
    out.endObject();
  }

  /**
   * Reads a risk assessment: {@code {"assessor", "assessedAt", "level", "findings", "measures"?}}.
   *
   * @param in the reader
   * @return the assessment
   */
  public static RiskAssessment readRiskAssessment(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    RiskAssessment.Builder assessment = new RiskAssessment.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "assessor":
          assessment.assessor(PartyCodecs.readPartyId(in));
          break;
        case "assessedAt":
          assessment.assessedAt(in.instant());
          break;
        case "level":
          assessment.level(in.token(RISK_LEVELS));
          break;
        case "findings":
          assessment.findings(in.string());
          break;
        case "measures":
          assessment.addAllMeasures(in.list(JsonIn::string));
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, assessment::build);
  }

  /**
   * Writes a risk assessment.
   *
   * @param out the writer
   * @param assessment the assessment
   */
  public static void writeRiskAssessment(JsonOut out, RiskAssessment assessment) {
    out.beginObject();
    out.string("assessor", assessment.assessor().value());
    out.instant("assessedAt", assessment.assessedAt());
    out.token("level", RISK_LEVELS, assessment.level());
    out.string("findings", assessment.findings());
    out.listUnlessEmpty("measures", assessment.measures(), JsonOut::string);
    out.endObject();
  }

  /**
   * Reads an act of the party organisation: {@code {"kind", "actor", "at", "named"?}}; the named
   * person belongs to a {@code named-organiser} act and to no other.
   *
   * @param in the reader
   * @return the act
   */
  public static PartyOrganisationAct readPartyOrganisationAct(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    PartyOrganisationAct.Builder act = new PartyOrganisationAct.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "kind":
          act.kind(in.token(PARTY_ACT_KINDS));
          break;
        case "actor":
          act.actor(PartyCodecs.readPartyId(in));
          break;
        case "at":
          act.at(in.instant());
          break;
        case "named":
          act.named(PartyCodecs.readPartyId(in));
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, act::build);
  }

  /**
   * Writes an act of the party organisation.
   *
   * @param out the writer
   * @param act the act
   */
  public static void writePartyOrganisationAct(JsonOut out, PartyOrganisationAct act) {
    out.beginObject();
    out.token("kind", PARTY_ACT_KINDS, act.kind());
    out.string("actor", act.actor().value());
    out.instant("at", act.at());
    act.named().ifPresent(named -> out.string("named", named.value()));
    out.endObject();
  }
}
