package org.shangliang.deliberation.json.internal;

import java.math.BigDecimal;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.CheckKind;
import org.shangliang.deliberation.decision.Choice;
import org.shangliang.deliberation.decision.Consensus;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.DoubleThreshold;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.Measure;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.decision.Participation;
import org.shangliang.deliberation.decision.Quorum;
import org.shangliang.deliberation.decision.RestrictedVote;
import org.shangliang.deliberation.decision.Threshold;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;

/**
 * Decision rules, their thresholds and fractions, quorums, voters and ballots.
 *
 * <p>A fraction is the text {@code "p/q"} ({@code "2/3"}), its terms as given ({@code "4/6"} stays
 * {@code "4/6"}). A property whose type is {@link DecisionRule} holds a <em>tagged</em> rule: an
 * object whose first property is {@code "type"}, one of {@code consensus}, {@code majority}, {@code
 * double-threshold} and {@code restricted}, followed by the rule's own properties:
 *
 * <pre>{@code
 * {"type": "majority", "approval": {"fraction": "1/2", "strict": true, "base": "decisive",
 *   "measure": "headcount"}, "minimumYes": 0}
 * {"type": "restricted", "kind": "peoples-congress-deputy", "rule": {"type": "consensus",
 *   "blockingNoCount": 1}}
 * }</pre>
 *
 * <p>A property whose type is a concrete rule ({@link DoubleThreshold#headcount()}, a {@link
 * MajorityRule}) holds the rule's properties alone, untagged. The tag is {@code type}, not a
 * property of any rule, so every property keeps the model's name (a restricted vote's {@code kind}
 * is the kind of its voters). Defaults ({@link MajorityRule#minimumYes()}, {@link
 * Consensus#blockingNoCount()}, {@link Quorum#minimumCount()}, {@link Quorum#strict()}) are always
 * written and read as their default when absent.
 *
 * <p>Where a rule may be written as a name instead — a profile document's rules ({@link
 * ProfileCodecs}), a record's vote naming its profile's rule ({@link RuleNames}) — the codec of
 * that place reads the name and calls {@link #readDecisionRule} for anything else.
 */
public final class DecisionCodecs {
  /** The tokens of {@link Base}. */
  public static final Tokens<Base> BASES = Tokens.of(Base.class);

  /** The tokens of {@link Measure}. */
  public static final Tokens<Measure> MEASURES = Tokens.of(Measure.class);

  /** The tokens of {@link Choice}. */
  public static final Tokens<Choice> CHOICES = Tokens.of(Choice.class);

  /** The tokens of {@link Outcome}. */
  public static final Tokens<Outcome> OUTCOMES = Tokens.of(Outcome.class);

  /** The tokens of {@link CheckKind}. */
  public static final Tokens<CheckKind> CHECK_KINDS = Tokens.of(CheckKind.class);

  /** The tag of a decision rule: its first property. */
  public static final String RULE_TAG = "type";

  /** The property of a restricted vote naming the kind of its voters. */
  public static final String VOTER_KIND = "kind";

  /** The kinds of decision rule, whose tokens tag a rule. */
  private enum RuleKind {
    CONSENSUS,
    MAJORITY,
    DOUBLE_THRESHOLD,
    RESTRICTED
  }

  private static final Tokens<RuleKind> RULE_KINDS = Tokens.of(RuleKind.class);

  private DecisionCodecs() {}

  // ---------------------------------------------------------------------------------------------
  // fractions and thresholds

  /**
   * Reads a fraction: the text {@code "p/q"}, ASCII digits without sign, space or leading zero,
   * {@code q} from 1 to 1,000,000 and {@code p} from 0 to {@code q}.
   *
   * @param in the reader
   * @return the fraction
   */
  public static Fraction readFraction(JsonIn in) {
    return in.string(DecisionCodecs::parseFraction);
  }

  private static Fraction parseFraction(String text) {
    try {
      return Fraction.parse(text);
    } catch (InvalidModelException e) {
      // the text as a whole is at fault; a term out of range keeps its name (numerator: …)
      throw new InvalidModelException(
          Path.root(), e.path().equals(Path.of("text")) ? e.fault() : e.getMessage());
    }
  }

  /**
   * Writes a fraction as {@code "p/q"}.
   *
   * @param out the writer
   * @param fraction the fraction
   */
  public static void writeFraction(JsonOut out, Fraction fraction) {
    out.string(fraction.toString());
  }

  /**
   * Reads an approval threshold: {@code {"fraction", "strict", "base", "measure"}}, all required.
   *
   * @param in the reader
   * @return the threshold
   */
  public static Threshold readThreshold(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    Fraction fraction = null;
    Boolean strict = null;
    Base base = null;
    Measure measure = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "fraction":
          fraction = readFraction(in);
          break;
        case "strict":
          strict = in.bool();
          break;
        case "base":
          base = in.token(BASES);
          break;
        case "measure":
          measure = in.token(MEASURES);
          break;
        default:
          throw in.unknown(field);
      }
    }
    Fraction f = fraction;
    Boolean s = strict;
    Base b = base;
    Measure m = measure;
    return in.build(
        mark,
        () ->
            Threshold.of(
                required("fraction", f),
                required("strict", s),
                required("base", b),
                required("measure", m)));
  }

  /**
   * Writes an approval threshold.
   *
   * @param out the writer
   * @param threshold the threshold
   */
  public static void writeThreshold(JsonOut out, Threshold threshold) {
    out.beginObject();
    out.field("fraction");
    writeFraction(out, threshold.fraction());
    out.bool("strict", threshold.strict());
    out.token("base", BASES, threshold.base());
    out.token("measure", MEASURES, threshold.measure());
    out.endObject();
  }

  /**
   * Reads a participation threshold: {@code {"fraction", "strict", "measure"}}, all required.
   *
   * @param in the reader
   * @return the threshold
   */
  public static Participation readParticipation(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    Fraction fraction = null;
    Boolean strict = null;
    Measure measure = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "fraction":
          fraction = readFraction(in);
          break;
        case "strict":
          strict = in.bool();
          break;
        case "measure":
          measure = in.token(MEASURES);
          break;
        default:
          throw in.unknown(field);
      }
    }
    Fraction f = fraction;
    Boolean s = strict;
    Measure m = measure;
    return in.build(
        mark,
        () ->
            Participation.of(
                required("fraction", f), required("strict", s), required("measure", m)));
  }

  /**
   * Writes a participation threshold.
   *
   * @param out the writer
   * @param participation the threshold
   */
  public static void writeParticipation(JsonOut out, Participation participation) {
    out.beginObject();
    out.field("fraction");
    writeFraction(out, participation.fraction());
    out.bool("strict", participation.strict());
    out.token("measure", MEASURES, participation.measure());
    out.endObject();
  }

  // ---------------------------------------------------------------------------------------------
  // decision rules

  /**
   * Reads a tagged decision rule: {@code {"type", …}}, {@code type} first (one of {@code
   * consensus}, {@code majority}, {@code double-threshold}, {@code restricted}), then the
   * properties of that rule.
   *
   * @param in the reader
   * @return the rule
   */
  public static DecisionRule readDecisionRule(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    String first = in.nextField();
    if (first == null) {
      throw in.fail(
          mark,
          "missing property \""
              + RULE_TAG
              + "\", the kind of decision rule: one of "
              + RULE_KINDS.all());
    }
    if (!first.equals(RULE_TAG)) {
      throw in.fail(
          mark,
          "a decision rule must begin with the property \""
              + RULE_TAG
              + "\" (one of "
              + RULE_KINDS.all()
              + "), but begins with "
              + JsonIn.quote(first));
    }
    switch (in.token(RULE_KINDS)) {
      case CONSENSUS:
        return consensus(in, mark);
      case MAJORITY:
        return majority(in, mark);
      case DOUBLE_THRESHOLD:
        return doubleThreshold(in, mark);
      case RESTRICTED:
        return restricted(in, mark);
      default:
        throw new AssertionError("every kind of rule is read");
    }
  }

  /**
   * Writes a tagged decision rule.
   *
   * @param out the writer
   * @param rule the rule: a {@link Consensus}, {@link MajorityRule}, {@link DoubleThreshold} or
   *     {@link RestrictedVote}
   * @throws IllegalArgumentException if the rule is of another type, which has no JSON form
   */
  public static void writeDecisionRule(JsonOut out, DecisionRule rule) {
    RuleKind kind = kindOf(rule);
    out.beginObject();
    out.token(RULE_TAG, RULE_KINDS, kind);
    switch (kind) {
      case CONSENSUS:
        consensusProperties(out, (Consensus) rule);
        break;
      case MAJORITY:
        majorityProperties(out, (MajorityRule) rule);
        break;
      case DOUBLE_THRESHOLD:
        doubleThresholdProperties(out, (DoubleThreshold) rule);
        break;
      case RESTRICTED:
        restrictedProperties(out, (RestrictedVote) rule);
        break;
      default:
        throw new AssertionError("every kind of rule is written");
    }
    out.endObject();
  }

  private static RuleKind kindOf(DecisionRule rule) {
    if (rule instanceof Consensus) {
      return RuleKind.CONSENSUS;
    }
    if (rule instanceof MajorityRule) {
      return RuleKind.MAJORITY;
    }
    if (rule instanceof DoubleThreshold) {
      return RuleKind.DOUBLE_THRESHOLD;
    }
    if (rule instanceof RestrictedVote) {
      return RuleKind.RESTRICTED;
    }
    throw new IllegalArgumentException(
        "a decision rule of type "
            + rule.getClass().getName()
            + " has no JSON form: only consensus, majority, double-threshold and restricted rules"
            + " are written");
  }

  /**
   * Reads a consensus rule, untagged: {@code {"blockingNoCount"?, "participation"?}}.
   *
   * @param in the reader
   * @return the rule
   */
  public static Consensus readConsensus(JsonIn in) {
    return consensus(in, in.beginObject());
  }

  private static Consensus consensus(JsonIn in, JsonIn.Mark mark) {
    Consensus.Builder rule = new Consensus.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "blockingNoCount":
          rule.blockingNoCount(in.integer());
          break;
        case "participation":
          rule.participation(readParticipation(in));
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, rule::build);
  }

  /**
   * Writes a consensus rule, untagged.
   *
   * @param out the writer
   * @param rule the rule
   */
  public static void writeConsensus(JsonOut out, Consensus rule) {
    out.beginObject();
    consensusProperties(out, rule);
    out.endObject();
  }

  private static void consensusProperties(JsonOut out, Consensus rule) {
    out.integer("blockingNoCount", rule.blockingNoCount());
    if (rule.participation().isPresent()) {
      out.field("participation");
      writeParticipation(out, rule.participation().get());
    }
  }

  /**
   * Reads a majority rule, untagged: {@code {"approval", "minimumYes"?, "participation"?}}.
   *
   * @param in the reader
   * @return the rule
   */
  public static MajorityRule readMajorityRule(JsonIn in) {
    return majority(in, in.beginObject());
  }

  private static MajorityRule majority(JsonIn in, JsonIn.Mark mark) {
    MajorityRule.Builder rule = new MajorityRule.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "approval":
          rule.approval(readThreshold(in));
          break;
        case "minimumYes":
          rule.minimumYes(in.decimal());
          break;
        case "participation":
          rule.participation(readParticipation(in));
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, rule::build);
  }

  /**
   * Writes a majority rule, untagged.
   *
   * @param out the writer
   * @param rule the rule
   */
  public static void writeMajorityRule(JsonOut out, MajorityRule rule) {
    out.beginObject();
    majorityProperties(out, rule);
    out.endObject();
  }

  private static void majorityProperties(JsonOut out, MajorityRule rule) {
    out.field("approval");
    writeThreshold(out, rule.approval());
    out.decimal("minimumYes", rule.minimumYes());
    if (rule.participation().isPresent()) {
      out.field("participation");
      writeParticipation(out, rule.participation().get());
    }
  }

  /**
   * Reads a double threshold, untagged: {@code {"headcount", "weight"}}, each an untagged majority
   * rule, both required.
   *
   * @param in the reader
   * @return the rule
   */
  public static DoubleThreshold readDoubleThreshold(JsonIn in) {
    return doubleThreshold(in, in.beginObject());
  }

  private static DoubleThreshold doubleThreshold(JsonIn in, JsonIn.Mark mark) {
    MajorityRule headcount = null;
    MajorityRule weight = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "headcount":
          headcount = readMajorityRule(in);
          break;
        case "weight":
          weight = readMajorityRule(in);
          break;
        default:
          throw in.unknown(field);
      }
    }
    MajorityRule h = headcount;
    MajorityRule w = weight;
    return in.build(
        mark, () -> DoubleThreshold.of(required("headcount", h), required("weight", w)));
  }

  /**
   * Writes a double threshold, untagged.
   *
   * @param out the writer
   * @param rule the rule
   */
  public static void writeDoubleThreshold(JsonOut out, DoubleThreshold rule) {
    out.beginObject();
    doubleThresholdProperties(out, rule);
    out.endObject();
  }

  private static void doubleThresholdProperties(JsonOut out, DoubleThreshold rule) {
    out.field("headcount");
    writeMajorityRule(out, rule.headcount());
    out.field("weight");
    writeMajorityRule(out, rule.weight());
  }

  /**
   * Reads a restricted vote, untagged: {@code {"kind", "rule"}}, the rule tagged, both
   * required.
   *
   * @param in the reader
   * @return the rule
   */
  public static RestrictedVote readRestrictedVote(JsonIn in) {
    return restricted(in, in.beginObject());
  }

  private static RestrictedVote restricted(JsonIn in, JsonIn.Mark mark) {
    PartyKind kind = null;
    DecisionRule rule = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case VOTER_KIND:
          kind = in.token(PartyCodecs.KINDS);
          break;
        case "rule":
          rule = readDecisionRule(in);
          break;
        default:
          throw in.unknown(field);
      }
    }
    PartyKind k = kind;
    DecisionRule r = rule;
    return in.build(mark, () -> RestrictedVote.of(required(VOTER_KIND, k), required("rule", r)));
  }

  /**
   * Writes a restricted vote, untagged.
   *
   * @param out the writer
   * @param rule the rule
   */
  public static void writeRestrictedVote(JsonOut out, RestrictedVote rule) {
    out.beginObject();
    restrictedProperties(out, rule);
    out.endObject();
  }

  private static void restrictedProperties(JsonOut out, RestrictedVote rule) {
    out.token(VOTER_KIND, PartyCodecs.KINDS, rule.kind());
    out.field("rule");
    writeDecisionRule(out, rule.rule());
  }

  // ---------------------------------------------------------------------------------------------
  // quorums, voters and ballots

  /**
   * Reads a quorum: {@code {"minimumCount"?, "fraction"?, "strict"?}}.
   *
   * @param in the reader
   * @return the quorum
   */
  public static Quorum readQuorum(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    Quorum.Builder quorum = new Quorum.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "minimumCount":
          quorum.minimumCount(in.integer());
          break;
        case "fraction":
          quorum.fraction(readFraction(in));
          break;
        case "strict":
          quorum.strict(in.bool());
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, quorum::build);
  }

  /**
   * Writes a quorum.
   *
   * @param out the writer
   * @param quorum the quorum
   */
  public static void writeQuorum(JsonOut out, Quorum quorum) {
    out.beginObject();
    out.integer("minimumCount", quorum.minimumCount());
    if (quorum.fraction().isPresent()) {
      out.field("fraction");
      writeFraction(out, quorum.fraction().get());
    }
    out.bool("strict", quorum.strict());
    out.endObject();
  }

  /**
   * Reads an eligible voter: {@code {"party", "kind", "weight"}}, all required.
   *
   * @param in the reader
   * @return the voter
   */
  public static Voter readVoter(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    PartyId party = null;
    PartyKind kind = null;
    BigDecimal weight = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "party":
          party = in.string(PartyId::of);
          break;
        case "kind":
          kind = in.token(PartyCodecs.KINDS);
          break;
        case "weight":
          weight = in.decimal();
          break;
        default:
          throw in.unknown(field);
      }
    }
    PartyId p = party;
    PartyKind k = kind;
    BigDecimal w = weight;
    return in.build(
        mark, () -> Voter.of(required("party", p), required("kind", k), required("weight", w)));
  }

  /**
   * Writes an eligible voter.
   *
   * @param out the writer
   * @param voter the voter
   */
  public static void writeVoter(JsonOut out, Voter voter) {
    out.beginObject();
    out.string("party", voter.party().value());
    out.token("kind", PartyCodecs.KINDS, voter.kind());
    out.decimal("weight", voter.weight());
    out.endObject();
  }

  /**
   * Reads a ballot: {@code {"party", "choice"}}, both required.
   *
   * @param in the reader
   * @return the ballot
   */
  public static Ballot readBallot(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    PartyId party = null;
    Choice choice = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "party":
          party = in.string(PartyId::of);
          break;
        case "choice":
          choice = in.token(CHOICES);
          break;
        default:
          throw in.unknown(field);
      }
    }
    PartyId p = party;
    Choice c = choice;
    return in.build(mark, () -> Ballot.of(required("party", p), required("choice", c)));
  }

  /**
   * Writes a ballot.
   *
   * @param out the writer
   * @param ballot the ballot
   */
  public static void writeBallot(JsonOut out, Ballot ballot) {
    out.beginObject();
    out.string("party", ballot.party().value());
    out.token("choice", CHOICES, ballot.choice());
    out.endObject();
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * A required property's value, refused as the builders refuse a field not set: at the property's
   * path, so that {@link JsonIn#build} reports it at its pointer.
   *
   * @param <T> the value's type
   * @param name the property
   * @param value the value read, or {@code null} if the property was absent
   * @return the value
   * @throws InvalidModelException if the value is {@code null}
   */
  static <T> T required(String name, T value) {
    if (value == null) {
      throw new InvalidModelException(Path.of(name), "required, not set");
    }
    return value;
  }
}
