package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/**
 * A record whose instants and dates lie at the edges of the years 1 to 9999, judged at the last
 * instant the model accepts and with a calendar without working days, is validated and its
 * violations are rendered without an exception: time limits added to such instants and regular dates
 * sought after them stay computable.
 */
class RecordsAtTheBoundsTest {
  private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private static void assertValidatesAndRenders(Validator validator, LiftCase record, Instant now) {
    ValidationReport[] report = new ValidationReport[1];
    assertThatCode(() -> report[0] = validator.validate(record.build(), now))
        .doesNotThrowAnyException();
    for (Violation violation : report[0].violations()) {
      for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
        assertThatCode(() -> Messages.render(violation, locale, validator.profile().zone()))
            .as(violation.code().value())
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void validatesARecordPlannedForTheLastDaysOfTheYear9999() {
    LiftCase c = new LiftCase();
    c.calendar = date -> false;
    c.raisedAt = Instant.parse("9999-12-29T00:00:00Z");
    c.admission = Optional.of(Admission.admitted(Instant.parse("9999-12-30T00:00:00Z")));
    c.planned = Optional.of(LocalDate.of(9999, 12, 30));
    assertValidatesAndRenders(c.validator(), c, LAST);
    assertThat(c.validate().violationsOf(RuleCodes.TIMING_NOT_REGULAR_DATE)).isNotEmpty();
  }

  @Test
  void validatesARecordOfTheFirstDaysOfTheYearOne() {
    LiftCase c = new LiftCase();
    c.calendar = WorkCalendar.weekendsOnly();
    c.raisedAt = Instant.parse("0001-01-01T00:00:00Z");
    c.admission = Optional.of(Admission.admitted(Instant.parse("0001-01-01T00:00:00Z")));
    c.planned = Optional.of(LocalDate.of(1, 1, 1));
    assertValidatesAndRenders(c.validator(), c, Instant.parse("0001-01-01T00:00:00Z"));
    assertValidatesAndRenders(c.validator(), c, LAST);
  }

  @Test
  void judgesAFullRecordAtTheLastInstantTheModelAccepts() {
    for (OutcomeCase c :
        List.of(new OutcomeCase(), new OutcomeCase().haidian())) {
      assertValidatesAndRenders(c.validator(), c, LAST);
    }
  }
}
