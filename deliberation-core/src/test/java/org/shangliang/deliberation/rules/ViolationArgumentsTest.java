package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/**
 * A violation never shares a mutable object with the code that reported it: collections and arrays
 * are copied into immutable lists, whether reported through a rule's context or built directly, and
 * arguments of other types are refused, named by their place.
 */
class ViolationArgumentsTest {
  private static final RuleCode CODE = RuleCode.of("acme.noise.after-ten");

  /** A user's rule that reports whatever arguments it is given, once. */
  private static final class Reporting implements Rule {
    private final Function<RuleContext, Object[]> args;

    Reporting(Function<RuleContext, Object[]> args) {
      this.args = args;
    }

    @Override
    public RuleCode code() {
      return CODE;
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public String source() {
      return "acme";
    }

    @Override
    public void check(RuleContext context) {
      context.report(Path.root(), args.apply(context));
    }
  }

  private static ValidationReport validate(Object... args) {
    return Validator.builder(Profiles.jinan())
        .jurisdiction(LiftCase.JURISDICTION)
        .calendar(WorkCalendar.weekendsOnly())
        .addRule(new Reporting(context -> args))
        .build()
        .validate(new LiftCase().build(), MeetingCase.AFTER_ALL);
  }

  private static Violation built(Object... args) {
    return new Violation.Builder()
        .code(CODE)
        .severity(Severity.WARNING)
        .path(Path.root())
        .addArgs(args)
        .source("acme")
        .build();
  }

  private static Violation reported(Object... args) {
    return validate(args).violationsOf(CODE).get(0);
  }

  @Test
  void aListReportedByARuleIsCopied() {
    List<UnitId> units = new ArrayList<>(List.of(UnitId.of("u-1"), UnitId.of("u-2")));
    Violation violation = reported("x", units);
    units.add(UnitId.of("u-3"));
    units.set(0, UnitId.of("u-9"));
    assertThat(violation.args().get(1)).isEqualTo(List.of(UnitId.of("u-1"), UnitId.of("u-2")));
    assertThatThrownBy(() -> ((List<?>) violation.args().get(1)).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aListGivenToTheBuilderIsCopied() {
    List<Object> items = new ArrayList<>(List.of("a", "b"));
    Violation violation = built(items);
    items.clear();
    assertThat(violation.args()).containsExactly(List.of("a", "b"));
  }

  @Test
  void arraysBecomeListsInOrder() {
    String[] names = {"甲", "乙"};
    int[] counts = {3, 1};
    Violation violation = built(names, counts);
    names[0] = "丙";
    counts[0] = 9;
    assertThat(violation.args()).containsExactly(List.of("甲", "乙"), List.of(3, 1));
    assertThat(Messages.builtIn().with(CODE, "{0}：{1}", "{0}: {1}").format(violation, Locale.ENGLISH))
        .isEqualTo("甲, 乙: 3, 1");
  }

  @Test
  void setsAndNestedCollectionsBecomeImmutableListsInIterationOrder() {
    LinkedHashSet<Object> set = new LinkedHashSet<>(List.of("z", "a"));
    List<Object> nested = new ArrayList<>(List.of(new ArrayList<>(List.of(1, 2)), new Integer[] {3}));
    Violation violation = built(set, nested);
    set.add("m");
    ((List<?>) nested.get(0)).clear();
    assertThat(violation.args()).containsExactly(List.of("z", "a"), List.of(List.of(1, 2), List.of(3)));
  }

  @Test
  void keepsImmutableValuesAsTheyAre() {
    Instant at = Instant.parse("2026-12-11T01:00:00Z");
    List<Object> kept =
        List.of(
            "text", 3, 4L, BigInteger.TEN, new BigDecimal("240000.00"), PartyKind.AUDIT, at,
            Duration.ofMinutes(5), UnitId.of("u-1"), CODE, Path.of("topic"),
            LocalizedText.of("甲", "a"), Fraction.of(4, 6), true, 'x');
    Violation violation = built(kept.toArray());
    for (int i = 0; i < kept.size(); i++) {
      assertThat(violation.args().get(i)).isSameAs(kept.get(i));
    }
    List<Object> immutable = List.of("a", "b");
    assertThat(built(immutable).args().get(0)).isSameAs(immutable);
  }

  @Test
  void copiesASubclassOfAnExactNumberIntoThePlainClass() {
    BigDecimal sneaky = new BigDecimal("1.50") {};
    Object copy = built(sneaky).args().get(0);
    assertThat(copy.getClass()).isEqualTo(BigDecimal.class);
    assertThat(copy).isEqualTo(new BigDecimal("1.50"));
  }

  @Test
  void refusesOtherTypesNamingTheArgument() {
    for (Object other :
        List.of(new StringBuilder("x"), new Date(0), Map.of("k", "v"), Optional.of("x"),
            new AtomicLong(1), new Object())) {
      assertThatThrownBy(() -> built("ok", other))
          .as("%s", other.getClass())
          .isInstanceOfSatisfying(
              InvalidModelException.class,
              e -> {
                assertThat(e.path().toString()).isEqualTo("args[1]");
                assertThat(e.fault()).contains(other.getClass().getName());
              });
    }
  }

  @Test
  void refusesOtherTypesInsideACollectionNamingTheElement() {
    assertThatThrownBy(() -> built(List.of("ok", List.of(1, new StringBuilder()))))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> assertThat(e.path().toString()).isEqualTo("args[0][1][1]"));
    assertThatThrownBy(() -> built((Object) new String[] {"a", null}))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> {
              assertThat(e.path().toString()).isEqualTo("args[0][1]");
              assertThat(e.fault()).isEqualTo("must not be null");
            });
    assertThatThrownBy(() -> built(Arrays.asList("a", null)))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> assertThat(e.path().toString()).isEqualTo("args[0][1]"));
  }

  @Test
  void aRuleReportingAnotherTypeFailsNamingTheArgument() {
    assertThatThrownBy(() -> validate("ok", new StringBuilder("mutable")))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> assertThat(e.path().toString()).isEqualTo("args[1]"));
  }
}
