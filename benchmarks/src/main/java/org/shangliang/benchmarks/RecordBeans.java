package org.shangliang.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The record document as a Jackson databind user would map it without deliberation-json: plain
 * mutable Java beans of the same shape (public no-arg constructors and public fields, {@code
 * List<…>}, {@link BigDecimal} for decimals, {@link String} for ids and enum tokens, {@code
 * java.time} values through jackson-datatype-jsr310), one class per object of the wire format and
 * every property the wire format has, in the wire format's order. The baseline of {@link
 * JsonBenchmark}.
 *
 * <p>{@link #mapper()} is as strict as databind allows by configuration alone: unknown properties,
 * duplicate keys, trailing tokens, {@code null} anywhere (values and list elements) and scalar
 * coercions (a number for a string, a string for a number or boolean, a float for an integer) are
 * refused. It does not check what needs code: required properties (a missing one stays {@code
 * null}), ids (any string), enum tokens (any string), bounds (negative counts, scores out of scale,
 * decimal scales), the document's {@code schemaVersion}, and none of the model's rules (parties
 * once each, times in order, a decision rule's fractions, units in the tree…).
 */
public final class RecordBeans {
  private RecordBeans() {}

  /**
   * The databind mapper of the beans, configured once: jsr310 for the instants, dates and durations
   * (written as ISO-8601 text, not timestamps), {@code null} properties left out when written, and
   * the strictness described in {@link RecordBeans}.
   *
   * @return a new mapper
   */
  public static ObjectMapper mapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
            .defaultLeniency(false)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    return mapper;
  }

  /** The record document. */
  public static class RecordBean {
    /** The schema version, {@code "1.0"}. */
    public String schemaVersion;
    /** The record's id. */
    public String id;
    /** The topic. */
    public TopicBean topic;
    /** The parties. */
    public List<PartyBean> parties;
    /** The deliberating unit's id. */
    public String deliberatingUnit;
    /** The admission, if decided. */
    public AdmissionBean admission;
    /** The planned meeting date. */
    public LocalDate plannedMeetingDate;
    /** The meetings. */
    public List<MeetingBean> meetings;
    /** The steps. */
    public List<StepBean> steps;
    /** The outcome. */
    public OutcomeBean outcome;
    /** The supervision. */
    public List<SupervisionBean> supervision;
    /** The escalations. */
    public List<EscalationBean> escalations;
    /** The revisits. */
    public List<RevisitBean> revisits;
    /** The appraisals. */
    public List<AppraisalBean> appraisals;
    /** The reopenings. */
    public List<ReopeningBean> reopenings;
    /** The hotline case. */
    public HotlineCaseBean hotlineCase;
    /** The event history. */
    public List<EventBean> events;
    /** The risk assessments. */
    public List<RiskAssessmentBean> riskAssessments;
    /** The party organisation's acts. */
    public List<PartyActBean> partyActs;

    /** An empty record. */
    public RecordBean() {}
  }

  /** A topic. */
  public static class TopicBean {
    /** The id. */
    public String id;
    /** The title. */
    public String title;
    /** The category token. */
    public String category;
    /** The catalogue entry. */
    public String catalogueEntry;
    /** The matter size token. */
    public String matterSize;
    /** The affected units' ids. */
    public List<String> affectedUnits;
    /** Where the topic came from. */
    public SourceBean source;
    /** When it was raised. */
    public Instant raisedAt;
    /** The public funds involved. */
    public PublicFundsBean publicFunds;
    /** Where it was already settled. */
    public SettledElsewhereBean settledElsewhere;
    /** The two-party dispute. */
    public DisputeBean dispute;

    /** An empty topic. */
    public TopicBean() {}
  }

  /** A topic's source. */
  public static class SourceBean {
    /** The source kind token. */
    public String kind;
    /** The reference. */
    public String reference;

    /** An empty source. */
    public SourceBean() {}
  }

  /** Public funds. */
  public static class PublicFundsBean {
    /** The amount. */
    public BigDecimal amount;

    /** Empty funds. */
    public PublicFundsBean() {}
  }

  /** A topic settled elsewhere. */
  public static class SettledElsewhereBean {
    /** The settling authority token. */
    public String by;
    /** The reference. */
    public String reference;

    /** Empty. */
    public SettledElsewhereBean() {}
  }

  /** A two-party dispute. */
  public static class DisputeBean {
    /** The mediator's party id. */
    public String mediator;

    /** Empty. */
    public DisputeBean() {}
  }

  /** A party. */
  public static class PartyBean {
    /** The id. */
    public String id;
    /** The kind token. */
    public String kind;
    /** The label of an other kind. */
    public String otherLabel;
    /** The unit's id. */
    public String unit;
    /** The role tokens. */
    public List<String> roles;
    /** The weight. */
    public BigDecimal weight;
    /** The display name. */
    public String displayName;

    /** An empty party. */
    public PartyBean() {}
  }

  /** An admission. */
  public static class AdmissionBean {
    /** The status token. */
    public String status;
    /** When it was decided. */
    public Instant decidedAt;
    /** The explanation to residents. */
    public String explanationToResidents;
    /** The approval. */
    public ApprovalBean approval;

    /** An empty admission. */
    public AdmissionBean() {}
  }

  /** An approval. */
  public static class ApprovalBean {
    /** When it was approved. */
    public Instant approvedAt;
    /** The reference. */
    public String reference;

    /** An empty approval. */
    public ApprovalBean() {}
  }

  /** A meeting. */
  public static class MeetingBean {
    /** The unit's id. */
    public String unit;
    /** The kind token. */
    public String kind;
    /** The scheduled date. */
    public LocalDate scheduledDate;
    /** The start. */
    public Instant startedAt;
    /** The end. */
    public Instant endedAt;
    /** The chair's party id. */
    public String chair;
    /** The recorder's party id. */
    public String recorder;
    /** The invited parties' ids. */
    public List<String> invited;
    /** The sign-ins. */
    public List<SignInBean> attendance;
    /** The stages. */
    public List<StageBean> stages;
    /** The speaking turns. */
    public List<SpeakingTurnBean> speakingTurns;
    /** The declared conflicts. */
    public List<ConflictBean> conflicts;
    /** The vote. */
    public VoteBean vote;
    /** The result. */
    public ResultBean result;
    /** The publicity. */
    public PublicityBean publicity;
    /** The problems raised. */
    public List<ProblemBean> problems;

    /** An empty meeting. */
    public MeetingBean() {}
  }

  /** A sign-in. */
  public static class SignInBean {
    /** The party's id. */
    public String party;
    /** When. */
    public Instant at;
    /** The evidence. */
    public String evidence;

    /** An empty sign-in. */
    public SignInBean() {}
  }

  /** A stage record. */
  public static class StageBean {
    /** The stage token. */
    public String stage;
    /** When it started. */
    public Instant startedAt;
    /** The summary. */
    public String summary;

    /** An empty stage. */
    public StageBean() {}
  }

  /** A speaking turn. */
  public static class SpeakingTurnBean {
    /** The party's id. */
    public String party;
    /** How long. */
    public Duration duration;

    /** An empty turn. */
    public SpeakingTurnBean() {}
  }

  /** A declared conflict of interest. */
  public static class ConflictBean {
    /** The party's id. */
    public String party;
    /** The description. */
    public String description;

    /** An empty conflict. */
    public ConflictBean() {}
  }

  /** A vote. */
  public static class VoteBean {
    /** The decision rule. */
    public DecisionRuleBean rule;
    /** The eligible voters. */
    public List<VoterBean> eligible;
    /** The ballots. */
    public List<BallotBean> ballots;
    /** The show of hands. */
    public ShowOfHandsBean showOfHands;
    /** When it closed. */
    public Instant closedAt;

    /** An empty vote. */
    public VoteBean() {}
  }

  /** A decision rule, tagged by {@code type}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = ConsensusBean.class, name = "consensus"),
    @JsonSubTypes.Type(value = MajorityBean.class, name = "majority"),
    @JsonSubTypes.Type(value = DoubleThresholdBean.class, name = "double-threshold"),
    @JsonSubTypes.Type(value = RestrictedBean.class, name = "restricted")
  })
  public abstract static class DecisionRuleBean {
    /** For the subclasses. */
    protected DecisionRuleBean() {}
  }

  /** A consensus rule. */
  public static class ConsensusBean extends DecisionRuleBean {
    /** How many noes block. */
    public int blockingNoCount;
    /** The participation required. */
    public ParticipationBean participation;

    /** An empty rule. */
    public ConsensusBean() {}
  }

  /** A majority rule (tagged as a vote's rule, untagged in a double threshold). */
  public static class MajorityBean extends DecisionRuleBean {
    /** The approval threshold. */
    public ThresholdBean approval;
    /** The minimum of yes votes. */
    public BigDecimal minimumYes;
    /** The participation required. */
    public ParticipationBean participation;

    /** An empty rule. */
    public MajorityBean() {}
  }

  /** A double threshold: two untagged majority rules. */
  public static class DoubleThresholdBean extends DecisionRuleBean {
    /** The rule by headcount. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
    public MajorityBean headcount;
    /** The rule by weight. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
    public MajorityBean weight;

    /** An empty rule. */
    public DoubleThresholdBean() {}
  }

  /** A vote restricted to one kind of party. */
  public static class RestrictedBean extends DecisionRuleBean {
    /** The voters' kind token. */
    public String kind;
    /** The rule, tagged. */
    public DecisionRuleBean rule;

    /** An empty rule. */
    public RestrictedBean() {}
  }

  /** A threshold. */
  public static class ThresholdBean {
    /** The fraction, {@code "p/q"}. */
    public String fraction;
    /** Whether strictly above. */
    public boolean strict;
    /** The base token. */
    public String base;
    /** The measure token. */
    public String measure;

    /** An empty threshold. */
    public ThresholdBean() {}
  }

  /** A participation requirement. */
  public static class ParticipationBean {
    /** The fraction, {@code "p/q"}. */
    public String fraction;
    /** Whether strictly above. */
    public boolean strict;
    /** The measure token. */
    public String measure;

    /** An empty requirement. */
    public ParticipationBean() {}
  }

  /** An eligible voter. */
  public static class VoterBean {
    /** The party's id. */
    public String party;
    /** The kind token. */
    public String kind;
    /** The weight. */
    public BigDecimal weight;

    /** An empty voter. */
    public VoterBean() {}
  }

  /** A ballot. */
  public static class BallotBean {
    /** The party's id. */
    public String party;
    /** The choice token. */
    public String choice;

    /** An empty ballot. */
    public BallotBean() {}
  }

  /** A show of hands. */
  public static class ShowOfHandsBean {
    /** Yes. */
    public int yes;
    /** No. */
    public int no;
    /** Abstentions. */
    public int abstain;
    /** The counter's party id. */
    public String counter;

    /** An empty count. */
    public ShowOfHandsBean() {}
  }

  /** A meeting's result. */
  public static class ResultBean {
    /** The text. */
    public String text;
    /** The outcome token. */
    public String outcome;

    /** An empty result. */
    public ResultBean() {}
  }

  /** A publicity (notice) period. */
  public static class PublicityBean {
    /** The channel. */
    public String channel;
    /** From. */
    public Instant from;
    /** Until. */
    public Instant until;

    /** An empty publicity. */
    public PublicityBean() {}
  }

  /** A problem raised in a meeting. */
  public static class ProblemBean {
    /** The description. */
    public String description;
    /** When raised. */
    public Instant raisedAt;
    /** Whether solved on the spot. */
    public boolean solvedOnTheSpot;
    /** When a solution was proposed. */
    public Instant solutionProposedAt;

    /** An empty problem. */
    public ProblemBean() {}
  }

  /** A step. */
  public static class StepBean {
    /** The step. */
    public String step;
    /** When entered. */
    public Instant enteredAt;
    /** When completed. */
    public Instant completedAt;
    /** The actor's party id. */
    public String actor;

    /** An empty step. */
    public StepBean() {}
  }

  /** An outcome record. */
  public static class OutcomeBean {
    /** The kind token. */
    public String kind;
    /** The facts. */
    public FactsBean facts;
    /** When classified. */
    public Instant classifiedAt;
    /** The duties. */
    public List<DutyBean> duties;
    /** The progress reports. */
    public List<PublicityBean> progressReports;
    /** The notice to residents. */
    public PublicityBean residentsNotice;
    /** When to take it up again. */
    public LocalDate takeUpAgainOn;
    /** The proposed solution. */
    public String proposedSolution;
    /** When solved. */
    public Instant solvedAt;

    /** An empty outcome. */
    public OutcomeBean() {}
  }

  /** An outcome's facts. */
  public static class FactsBean {
    /** Whether agreement was reached. */
    public boolean agreementReached;
    /** Whether within the unit's powers. */
    public boolean withinPowers;
    /** The blocking factors. */
    public List<String> blockingFactors;
    /** Rounds held. */
    public int roundsHeld;
    /** The disagreement token. */
    public String disagreement;
    /** Whether of wide scope or complex causes. */
    public boolean wideScopeOrComplexCauses;

    /** Empty facts. */
    public FactsBean() {}
  }

  /** A duty. */
  public static class DutyBean {
    /** The id. */
    public String id;
    /** The description. */
    public String description;
    /** The responsible party's id. */
    public String responsible;
    /** The measures. */
    public String measures;
    /** The deadline. */
    public Instant deadline;
    /** When completed. */
    public Instant completedAt;
    /** The completion record. */
    public String completionRecord;
    /** The duty kind's id on the profile's list of powers and duties. */
    public String kind;

    /** An empty duty. */
    public DutyBean() {}
  }

  /** A supervision. */
  public static class SupervisionBean {
    /** The phase token. */
    public String phase;
    /** The supervisor's party id. */
    public String supervisor;
    /** When. */
    public Instant at;
    /** The note. */
    public String note;

    /** An empty supervision. */
    public SupervisionBean() {}
  }

  /** An escalation. */
  public static class EscalationBean {
    /** From unit id. */
    public String fromUnit;
    /** To unit id. */
    public String toUnit;
    /** The reason. */
    public String reason;
    /** When escalated. */
    public Instant escalatedAt;
    /** The deadline. */
    public Instant deadline;
    /** The follower's party id. */
    public String follower;
    /** The follow-ups. */
    public List<FollowUpBean> followUps;
    /** When resolved. */
    public Instant resolvedAt;

    /** An empty escalation. */
    public EscalationBean() {}
  }

  /** A follow-up. */
  public static class FollowUpBean {
    /** When. */
    public Instant at;
    /** The note. */
    public String note;

    /** An empty follow-up. */
    public FollowUpBean() {}
  }

  /** A revisit. */
  public static class RevisitBean {
    /** When. */
    public Instant at;
    /** By whom (party id). */
    public String by;
    /** The feedback. */
    public String feedback;

    /** An empty revisit. */
    public RevisitBean() {}
  }

  /** A risk assessment (重大决策风险评估). */
  public static class RiskAssessmentBean {
    /** The assessor's party id. */
    public String assessor;
    /** When. */
    public Instant assessedAt;
    /** The level token. */
    public String level;
    /** The findings. */
    public String findings;
    /** The mitigation measures. */
    public List<String> measures;

    /** An empty risk assessment. */
    public RiskAssessmentBean() {}
  }

  /** An act of the party organisation (把关定向). */
  public static class PartyActBean {
    /** The kind token. */
    public String kind;
    /** The acting party's id. */
    public String actor;
    /** When. */
    public Instant at;
    /** The person named to organise, for a named-organiser act. */
    public String named;

    /** An empty act. */
    public PartyActBean() {}
  }

  /** An appraisal. */
  public static class AppraisalBean {
    /** When. */
    public Instant at;
    /** By whom (party id). */
    public String by;
    /** The score. */
    public int score;

    /** An empty appraisal. */
    public AppraisalBean() {}
  }

  /** A reopening. */
  public static class ReopeningBean {
    /** When. */
    public Instant at;
    /** The reason. */
    public String reason;

    /** An empty reopening. */
    public ReopeningBean() {}
  }

  /** A hotline case. */
  public static class HotlineCaseBean {
    /** The ticket id. */
    public String ticketId;
    /** When received. */
    public Instant receivedAt;
    /** The first contact's party id. */
    public String firstContact;
    /** The departments' party ids. */
    public List<String> departments;
    /** When forwarded. */
    public Instant forwardedAt;
    /** When coordination was convened. */
    public Instant coordinationConvenedAt;
    /** When replied. */
    public Instant repliedAt;
    /** When handled. */
    public Instant handledAt;

    /** An empty case. */
    public HotlineCaseBean() {}
  }

  /** An event of the history. */
  public static class EventBean {
    /** The type token. */
    public String type;
    /** When. */
    public Instant at;
    /** The actor's party id. */
    public String actor;
    /** The outcome kind token. */
    public String outcomeKind;

    /** An empty event. */
    public EventBean() {}
  }
}
