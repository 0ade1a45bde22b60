package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.meeting.SignIn;

/**
 * A record's times are well-formed or it cannot be built: in the years 1 to 9999, votes and sign-
 * ins within their meeting, lists in time order.
 */
class RecordTimesTest {
  @Test
  void rejectsInstantsAndDatesOutsideTheYearsOneToNineThousandNineHundredNinetyNine() {
    LiftCase c = new LiftCase();
    c.raisedAt = Instant.MAX;
    assertThatThrownBy(c::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("raisedAt: must be in the years 1 to 9999");
    LiftCase d = new LiftCase();
    d.planned = java.util.Optional.of(LocalDate.MAX);
    assertThatThrownBy(d::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("plannedMeetingDate: must be in the years 1 to 9999");
  }

  @Test
  void rejectsAVoteClosedOutsideTheMeetingOrASignInAfterIt() {
    MeetingCase c = new MeetingCase();
    c.voteClosedAt = MeetingCase.ENDED.plusSeconds(60);
    assertThatThrownBy(c::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("vote.closedAt: must be within the meeting");
    MeetingCase d = new MeetingCase();
    d.attendance.add(SignIn.of(org.shangliang.deliberation.party.PartyId.of("late"), MeetingCase.ENDED.plusSeconds(1)));
    assertThatThrownBy(d::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("attendance[");
  }
}
