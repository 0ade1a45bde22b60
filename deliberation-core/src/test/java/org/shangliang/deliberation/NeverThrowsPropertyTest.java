package org.shangliang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.decision.Decision;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.Quorum;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.Vote;
import org.shangliang.deliberation.outcome.Classification;
import org.shangliang.deliberation.outcome.OutcomeClassifier;
import org.shangliang.deliberation.outcome.OutcomeFacts;
import org.shangliang.deliberation.query.RecurringClass;
import org.shangliang.deliberation.query.Libraries;
import org.shangliang.deliberation.query.LibraryContents;
import org.shangliang.deliberation.query.RecurringIssues;
import org.shangliang.deliberation.query.RecurringSettings;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.DeliberationHistory;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.rules.Obligations;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.tier.Cadence;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/**
 * The promise of issue 7 §2: on any value that could be built, validation, obligations, history
 * folding, every decision, messages and every {@code toString} return instead of throwing.
 *
 * <p>{@value #RECORDS} records ({@value #RECORDS_PER_PROFILE} for each of Jinan, Haidian and
 * Bishan, a quarter of them under variants of the profile) are built by {@link RecordGenerator}
 * from seed {@value #SEED}, with values at every documented bound. Each is validated at five
 * instants (the first and last instant a record may hold among them) and its obligations listed at
 * each; its history is folded; every vote is decided under its own rule, the profile's rules and
 * two random ones; every violation is rendered in zh-CN and en in UTC (and in the profile's zone
 * where it quotes an instant); its outcome facts are classified; every tier's cadence (and two
 * random ones) is asked about dates from 0001-01-01 to 9999-12-31; every value it holds, and every
 * result, is shown with {@code toString} and read through its accessors. Recurring issues are found
 * over the topics of every thousand records. Records a builder refuses are skipped and counted;
 * they must stay a minority.
 *
 * <p>Every distinct failure (operation, exception type, top frame of the library) is listed with
 * its count, the seed and index that rebuild the first record that shows it ({@link
 * RecordGenerator#generate(long, int)}), and the exception with its stack trace.
 */
class NeverThrowsPropertyTest {
  static final long SEED = 720_261_121L;
  static final int RECORDS_PER_PROFILE = 4_000;
  static final int RECORDS = 3 * RECORDS_PER_PROFILE;

  /** Recurring issues are found over the topics of each run of this many records. */
  private static final int RECURRING_BATCH = 1_000;

  private static final int TRACE_FRAMES = 24;

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;
  private static final Set<String> NOT_ACCESSORS =
      Set.of("hashCode", "toString", "getClass", "history");
  private static final Map<Class<?>, List<Method>> ACCESSORS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Optional<Class<?>>> PUBLIC_TYPES = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Boolean> GENERATED_TO_STRING = new ConcurrentHashMap<>();

  private final Map<String, Failure> failures = new LinkedHashMap<>();
  private int refused;
  private long seed;
  private int index;

  @Test
  void validationObligationsHistoryDecisionsMessagesAndToStringNeverThrowOnRecordsThatCanBeBuilt() {
    String failures = run(SEED, RECORDS);
    assertThat(failures)
        .as("%d records from seed %d (%d refused by a builder)", RECORDS, SEED, refused)
        .isEmpty();
    assertThat(refused)
        .as("records refused by a builder must stay a minority (generate well-formed values)")
        .isLessThan(RECORDS / 5);
  }

  /**
   * Builds and exercises records {@code 0} to {@code records - 1} of a seed.
   *
   * @return the failures, one paragraph each; empty if there is none
   */
  String run(long seed, int records) {
    Map<String, Map<TopicId, Topic>> topics = new LinkedHashMap<>();
    Map<String, ZoneId> zones = new LinkedHashMap<>();
    Map<String, Jurisdiction> jurisdictions = new LinkedHashMap<>();
    this.seed = seed;
    for (int i = 0; i < records; i++) {
      index = i;
      RecordGenerator.Generated generated;
      try {
        generated = RecordGenerator.generate(seed, i);
      } catch (RuntimeException | Error e) {
        fail("building a record (a builder threw something other than InvalidModelException)", e);
        continue;
      }
      if (generated.built().isEmpty()) {
        refused++;
        continue;
      }
      RecordGenerator.Case built = generated.built().get();
      exercise(built);
      String profile = built.profile().id();
      topics
          .computeIfAbsent(profile, p -> new LinkedHashMap<>())
          .putIfAbsent(built.record().topic().id(), built.record().topic());
      zones.putIfAbsent(profile, built.profile().zone());
      jurisdictions.putIfAbsent(profile, built.jurisdiction());
      if ((i + 1) % RECURRING_BATCH == 0 || i == records - 1) {
        index = -(i + 1);
        for (Map.Entry<String, Map<TopicId, Topic>> group : topics.entrySet()) {
          recurring(
              group.getValue().values(),
              zones.get(group.getKey()),
              jurisdictions.get(group.getKey()));
        }
        topics.clear();
        jurisdictions.clear();
      }
    }
    return report();
  }

  // ---------------------------------------------------------------------------------------------

  private void exercise(RecordGenerator.Case c) {
    Deliberation record = c.record();
    Profile profile = c.profile();
    Validator validator =
        get(
            "Validator.builder(profile).build()",
            () ->
                Validator.builder(profile)
                    .jurisdiction(c.jurisdiction())
                    .calendar(c.calendar())
                    .build());
    Obligations obligations = get("Obligations.of(profile)", () -> Obligations.of(profile));
    // the same violation or obligation found at several instants is rendered and walked once
    Set<Violation> violations = new LinkedHashSet<>();
    Set<Obligation> open = new LinkedHashSet<>();
    Libraries libraries =
        get("Libraries.of(profile, jurisdiction)", () -> Libraries.of(profile, c.jurisdiction()));
    for (Instant now : c.nows()) {
      if (libraries != null) {
        LibraryContents contents =
            get("Libraries.at(List.of(record), now)", () -> libraries.at(List.of(record), now));
        if (contents != null) {
          walk(contents);
        }
      }
      if (validator != null) {
        ValidationReport report =
            get("Validator.validate(record, now)", () -> validator.validate(record, now));
        if (report != null) {
          if (violations.isEmpty()) {
            check("ValidationReport.toString()", report::toString);
          }
          violations.addAll(report.violations());
        }
      }
      if (obligations != null) {
        List<Obligation> due =
            get("Obligations.at(record, now)", () -> obligations.at(record, now));
        if (due != null) {
          open.addAll(due);
        }
      }
    }
    for (Violation violation : violations) {
      render(violation, profile.zone());
      walk(violation);
    }
    for (Obligation obligation : open) {
      walk(obligation);
    }
    history(record);
    decisions(record, profile, c.rules());
    classify(record, c.facts());
    cadences(c);
    walk(record);
    walk(c.jurisdiction());
  }

  private void render(Violation violation, ZoneId zone) {
    String code = violation.code().value();
    // the zone matters only to instants: other messages are rendered once per language
    boolean zoned = !ZoneOffset.UTC.equals(zone) && holdsInstant(violation.args());
    for (Locale locale : List.of(ZH, EN)) {
      String language = locale.toLanguageTag();
      check(
          "Messages.render(violation, " + language + ") in UTC of " + code,
          () -> Messages.render(violation, locale));
      if (zoned) {
        check(
            "Messages.render(violation, " + language + ", profile zone) of " + code,
            () -> Messages.render(violation, locale, zone));
      }
    }
  }

  private static boolean holdsInstant(Collection<?> values) {
    for (Object value : values) {
      if (value instanceof Instant
          || value instanceof Collection<?> && holdsInstant((Collection<?>) value)) {
        return true;
      }
    }
    return false;
  }

  private void history(Deliberation record) {
    DeliberationHistory history = get("Deliberation.history()", record::history);
    if (history != null) {
      check("DeliberationHistory.state()", history::state);
      check("DeliberationHistory.allowed()", history::allowed);
      walk(history);
    }
    DeliberationHistory folded = DeliberationHistory.empty();
    for (DeliberationEvent event : record.events()) {
      DeliberationHistory before = folded;
      Boolean accepted = get("DeliberationHistory.accepts(event)", () -> before.accepts(event));
      if (accepted == null || !accepted) {
        break;
      }
      folded = get("DeliberationHistory.apply(accepted event)", () -> before.apply(event));
      if (folded == null) {
        break;
      }
    }
  }

  private void decisions(Deliberation record, Profile profile, List<DecisionRule> moreRules) {
    List<DecisionRule> profileRules = new ArrayList<>(moreRules);
    profileRules.addAll(profile.decisionRules().values());
    profileRules.addAll(profile.entryDecisionRules().values());
    profile.decisionRule(record.topic()).ifPresent(profileRules::add);
    for (Meeting meeting : record.meetings()) {
      Set<org.shangliang.deliberation.party.PartyId> present = meeting.present();
      for (Quorum quorum : profile.quorums().values()) {
        check(
            "Quorum.isMetBy(signedIn, invited)",
            () -> quorum.isMetBy(meeting.attendance().size(), meeting.invited().size()));
      }
      if (meeting.vote().isEmpty()) {
        continue;
      }
      Vote vote = meeting.vote().get();
      decided("Vote.decide(present) under " + kind(vote.rule()), () -> vote.decide(present));
      check("Vote.voters()", vote::voters);
      check("Vote.votersPresent(present)", () -> vote.votersPresent(present));
      if (vote.showOfHands().isEmpty()) {
        decided(
            "DecisionRule.decide(ballots, present, eligible) under the vote's " + kind(vote.rule()),
            () -> vote.rule().decide(vote.ballots(), present, vote.eligible()));
        for (DecisionRule rule : profileRules) {
          decided(
              "DecisionRule.decide(ballots, present, eligible) under another " + kind(rule),
              () -> rule.decide(vote.ballots(), present, vote.eligible()));
        }
      }
    }
  }

  private void decided(String operation, Supplier<Decision> decide) {
    Decision decision = get(operation, decide);
    if (decision != null) {
      check("Decision.explain(zh-CN)", () -> decision.explain(ZH));
      check("Decision.explain(en)", () -> decision.explain(EN));
      walk(decision);
    }
  }

  private static String kind(DecisionRule rule) {
    return rule.getClass().getSuperclass().getSimpleName();
  }

  private void classify(Deliberation record, List<OutcomeFacts> facts) {
    List<OutcomeFacts> all = new ArrayList<>(facts);
    record.outcome().ifPresent(o -> all.add(o.facts()));
    for (OutcomeFacts f : all) {
      Classification classification =
          get("OutcomeClassifier.classify(facts)", () -> OutcomeClassifier.classify(f));
      if (classification != null) {
        check("Classification.explain(zh-CN)", () -> classification.explain(ZH));
        check("Classification.explain(en)", () -> classification.explain(EN));
        walk(classification);
      }
    }
  }

  private void cadences(RecordGenerator.Case c) {
    for (Cadence cadence : c.cadences()) {
      for (LocalDate date : c.dates()) {
        String name = cadence.kind() + "/" + cadence.onNonWorkingDay();
        check(
            "Cadence.nextOnOrAfter(date, calendar) for " + name,
            () -> cadence.nextOnOrAfter(date, c.calendar()));
        check(
            "Cadence.isRegularDate(date, calendar) for " + name,
            () -> cadence.isRegularDate(date, c.calendar()));
      }
      walk(cadence);
    }
  }

  private void recurring(Collection<Topic> topics, ZoneId zone, Jurisdiction jurisdiction) {
    Instant first = RecordGenerator.MIN_INSTANT;
    Instant last = RecordGenerator.MAX_INSTANT;
    List<Instant> raised = new ArrayList<>();
    for (Topic topic : topics) {
      raised.add(topic.raisedAt());
    }
    raised.sort(Comparator.naturalOrder());
    Instant middle = raised.isEmpty() ? first : raised.get(raised.size() / 2);
    List<Supplier<List<RecurringClass>>> calls = new ArrayList<>();
    for (TierLevel level : TierLevel.values()) {
      RecurringIssues issues = RecurringIssues.of(jurisdiction, RecurringSettings.of(level, 1));
      calls.add(() -> issues.find(topics, first, last));
      calls.add(() -> issues.find(topics, YearMonth.from(middle.atZone(ZoneOffset.UTC)), zone));
    }
    RecurringIssues issues = RecurringIssues.of(jurisdiction, RecurringSettings.of(TierLevel.COURTYARD, 1));
    RecurringIssues atTwo = RecurringIssues.of(jurisdiction);
    RecurringIssues atMost = RecurringIssues.of(jurisdiction, RecurringSettings.of(TierLevel.CITY, Integer.MAX_VALUE));
    calls.add(() -> atTwo.find(topics, first, middle));
    calls.add(() -> atMost.find(topics, middle, last));
    calls.add(() -> issues.find(topics, last, last));
    for (ZoneId z : List.of(zone, ZoneOffset.UTC, ZoneOffset.MIN, ZoneOffset.MAX)) {
      calls.add(() -> issues.find(topics, YearMonth.of(1, 1), z));
      calls.add(() -> issues.find(topics, YearMonth.of(9999, 12), z));
      calls.add(() -> issues.find(topics, YearMonth.from(middle.atZone(ZoneOffset.UTC)), z));
    }
    for (Supplier<List<RecurringClass>> call : calls) {
      List<RecurringClass> classes =
          get("RecurringIssues.find over the topics of a thousand records", call);
      if (classes != null) {
        for (RecurringClass c : classes) {
          walk(c);
        }
      }
    }
    walk(issues);
  }

  // ---------------------------------------------------------------------------------------------
  // Every value: toString, and every no-argument accessor, recursively.

  private void walk(Object root) {
    walk(root, false, new IdentityHashMap<>(), 0);
  }

  /**
   * Shows a value and everything it holds. A value its holder's generated {@code toString} already
   * printed ({@code printed}) is not shown again, so that the walk stays linear in the record's
   * size.
   */
  private void walk(
      Object value, boolean printed, IdentityHashMap<Object, Boolean> seen, int depth) {
    if (value == null || depth > 40) {
      return;
    }
    if (value instanceof Optional<?>) {
      ((Optional<?>) value).ifPresent(v -> walk(v, printed, seen, depth + 1));
      return;
    }
    if (value instanceof Collection<?>) {
      for (Object element : (Collection<?>) value) {
        walk(element, printed, seen, depth + 1);
      }
      return;
    }
    if (value instanceof Map<?, ?>) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        walk(entry.getKey(), printed, seen, depth + 1);
        walk(entry.getValue(), printed, seen, depth + 1);
      }
      return;
    }
    Class<?> type =
        PUBLIC_TYPES
            .computeIfAbsent(value.getClass(), t -> Optional.ofNullable(publicType(t)))
            .orElse(null);
    if (type == null || !isLibrary(type) || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (!printed) {
      check("toString() of " + type.getSimpleName(), value::toString);
    }
    if (value instanceof Labelled) {
      check("label(zh-CN) of " + type.getSimpleName(), () -> ((Labelled) value).label(ZH));
    }
    boolean generated = generatedToString(value.getClass());
    for (Method accessor : accessors(type)) {
      Object result;
      try {
        result = accessor.invoke(value);
      } catch (InvocationTargetException e) {
        fail(type.getSimpleName() + "." + accessor.getName() + "()", e.getCause());
        continue;
      } catch (IllegalAccessException e) {
        throw new AssertionError("cannot call " + accessor, e);
      }
      // a generated toString prints every attribute (an abstract accessor), not derived values
      walk(result, generated && Modifier.isAbstract(accessor.getModifiers()), seen, depth + 1);
    }
  }

  private static boolean generatedToString(Class<?> type) {
    return GENERATED_TO_STRING.computeIfAbsent(
        type,
        t -> {
          try {
            return t.getMethod("toString")
                .getDeclaringClass()
                .getSimpleName()
                .startsWith("Immutable");
          } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
          }
        });
  }

  private static boolean isLibrary(Class<?> type) {
    return type.getName().startsWith("org.shangliang.deliberation.")
        && type != RecordGenerator.class
        && !type.getName().startsWith(NeverThrowsPropertyTest.class.getName());
  }

  /** The class itself, or its nearest public superclass (generated implementations are hidden). */
  private static Class<?> publicType(Class<?> type) {
    Class<?> t = type;
    while (t != null && !Modifier.isPublic(t.getModifiers())) {
      t = t.getSuperclass();
    }
    return t;
  }

  private static List<Method> accessors(Class<?> type) {
    return ACCESSORS.computeIfAbsent(
        type,
        t -> {
          List<Method> accessors = new ArrayList<>();
          for (Method method : t.getMethods()) {
            if (method.getParameterCount() == 0
                && !Modifier.isStatic(method.getModifiers())
                && method.getReturnType() != void.class
                && isLibrary(method.getDeclaringClass())
                && !NOT_ACCESSORS.contains(method.getName())) {
              accessors.add(method);
            }
          }
          accessors.sort(Comparator.comparing(Method::getName));
          return List.copyOf(accessors);
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Failures, grouped by operation, exception type and the library frame that threw.

  private void check(String operation, Supplier<?> action) {
    get(operation, action);
  }

  private <T> T get(String operation, Supplier<T> action) {
    try {
      return action.get();
    } catch (RuntimeException | Error e) {
      fail(operation, e);
      return null;
    }
  }

  private void fail(String operation, Throwable e) {
    String key = operation + " | " + e.getClass().getName() + " | " + topFrame(e);
    Failure failure = failures.get(key);
    if (failure == null) {
      failures.put(key, new Failure(operation, seed, index, e));
    } else {
      failure.count++;
    }
  }

  private static String topFrame(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      String name = frame.getClassName();
      if (name.startsWith("org.shangliang.deliberation.")
          && !name.startsWith(NeverThrowsPropertyTest.class.getName())
          && !name.startsWith(RecordGenerator.class.getName())) {
        return frame.toString();
      }
    }
    return e.getStackTrace().length > 0 ? e.getStackTrace()[0].toString() : "?";
  }

  private String report() {
    StringBuilder text = new StringBuilder();
    int n = 0;
    for (Failure failure : failures.values()) {
      n++;
      text.append("\n\n#")
          .append(n)
          .append(' ')
          .append(failure.operation)
          .append(" threw ")
          .append(failure.error.getClass().getName())
          .append(" in ")
          .append(failure.count)
          .append(" case(s)\n  first at: ");
      if (failure.index >= 0) {
        text.append("RecordGenerator.generate(")
            .append(failure.seed)
            .append("L, ")
            .append(failure.index)
            .append(')');
      } else {
        text.append("the topics of records up to index ")
            .append(-failure.index - 1)
            .append(" of seed ")
            .append(failure.seed);
      }
      text.append("\n  ").append(failure.error);
      StackTraceElement[] trace = failure.error.getStackTrace();
      for (int i = 0; i < Math.min(TRACE_FRAMES, trace.length); i++) {
        text.append("\n    at ").append(trace[i]);
      }
      for (Throwable cause = failure.error.getCause(); cause != null; cause = cause.getCause()) {
        text.append("\n  caused by ").append(cause);
      }
    }
    return text.toString();
  }

  private static final class Failure {
    final String operation;
    final long seed;
    final int index;
    final Throwable error;
    int count = 1;

    Failure(String operation, long seed, int index, Throwable error) {
      this.operation = operation;
      this.seed = seed;
      this.index = index;
      this.error = error;
    }
  }
}
