package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.meeting.RaisedProblem;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.validation.RuleCode;

/**
 * Obligations carry the arguments of their messages and render in zh-CN and English, with every
 * instant in the profile's zone and units by name.
 */
class ObligationMessagesTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private static Deliberation bishanProblem(Instant raised) {
    MeetingCase c = new MeetingCase();
    c.profile = Profiles.bishan();
    c.problems.add(RaisedProblem.pending("楼道照明损坏", raised, Optional.empty()));
    return c.build();
  }

  @Test
  void rendersADueProblemInTheProfilesZoneInBothLanguages() {
    Instant raised = MeetingCase.at("01:40");
    Profile bishan = Profiles.bishan();
    Obligation due =
        Obligations.of(bishan).at(bishanProblem(raised), raised.plus(Duration.ofHours(12))).get(0);
    assertThat(due.args()).containsExactly(raised, raised.plus(Duration.ofHours(24)));
    assertThat(Messages.render(due, Locale.ENGLISH, bishan.zone()))
        .isEqualTo(
            "Due: The problem raised at 2026-12-11 09:40 +08:00 needs a proposed solution by"
                + " 2026-12-12 09:40 +08:00.");
    assertThat(Messages.render(due, ZH, bishan.zone()))
        .isEqualTo("待办：于 2026-12-11 09:40 +08:00 提出的问题，须在 2026-12-12 09:40 +08:00 前提出解决方案。");
  }

  @Test
  void marksAnOverdueObligation() {
    Instant raised = MeetingCase.at("01:40");
    Profile bishan = Profiles.bishan();
    Obligation overdue =
        Obligations.of(bishan).at(bishanProblem(raised), raised.plus(Duration.ofHours(30))).get(0);
    assertThat(Messages.render(overdue, Locale.ENGLISH, bishan.zone())).startsWith("Overdue: The problem");
    assertThat(Messages.render(overdue, ZH, bishan.zone())).startsWith("已逾期：于 2026-12-11 09:40 +08:00");
  }

  @Test
  void showsTheUnitAnEscalationAwaitsByName() {
    OutcomeCase c = openEscalation();
    Obligation answer =
        Obligations.of(c.profile).at(c.build(), OutcomeCase.ESCALATED.plus(Duration.ofDays(5))).stream()
            .filter(o -> o.code().equals(RuleCodes.ESCALATION_ANSWER_LATE))
            .findFirst()
            .orElseThrow();
    String id = answer.args().get(0).toString();
    String name =
        LiftCase.JURISDICTION.unit(org.shangliang.deliberation.unit.UnitId.of(id)).orElseThrow().name();
    assertThat(Messages.render(answer, Locale.ENGLISH, c.profile.zone(), LiftCase.JURISDICTION))
        .startsWith("Due: " + name + " (" + id + ") is to answer the matter sent up by ");
    assertThat(Messages.render(answer, ZH, c.profile.zone(), LiftCase.JURISDICTION))
        .startsWith("待办：" + name + "（" + id + "） 须于 ");
    assertThat(Messages.render(answer, Locale.ENGLISH, c.profile.zone()))
        .startsWith("Due: " + id + " is to answer");
  }

  /**
   * Every obligation the view lists, of every kind, has as many arguments as its patterns use, and
   * renders from its pattern with no placeholder left and no instant in UTC form.
   */
  @Test
  void everyKindOfObligationFillsItsMessage() {
    List<Obligation> all = new ArrayList<>();
    Instant raised = Instant.parse("2026-12-09T01:00:00Z");
    MeetingCase urgent = new MeetingCase().urgent(raised).withoutMeeting();
    all.addAll(Obligations.of(urgent.profile).at(urgent.build(), raised.plus(Duration.ofHours(1))));
    Instant problem = MeetingCase.at("01:40");
    all.addAll(Obligations.of(Profiles.bishan()).at(bishanProblem(problem), problem));
    OutcomeCase carrying = new OutcomeCase().carryingOut();
    all.addAll(Obligations.of(carrying.profile).at(carrying.build(), OutcomeCase.MID_WORKS));
    OutcomeCase committed = new OutcomeCase().committed();
    committed.progressReports.clear();
    committed.duties.get(1).open().deadline = Optional.of(Instant.parse("2027-06-30T09:00:00Z"));
    all.addAll(
        Obligations.of(committed.profile)
            .at(committed.build(), OutcomeCase.CLASSIFIED.plus(Duration.ofDays(10))));
    OutcomeCase escalation = openEscalation();
    all.addAll(
        Obligations.of(escalation.profile)
            .at(escalation.build(), OutcomeCase.ESCALATED.plus(Duration.ofDays(5))));
    OutcomeCase revisit = new OutcomeCase();
    revisit.revisits.clear();
    all.addAll(Obligations.of(revisit.profile).at(revisit.build(), MeetingCase.AFTER_ALL));
    OutcomeCase shelved = new OutcomeCase().shelved();
    all.addAll(Obligations.of(shelved.profile).at(shelved.build(), MeetingCase.AFTER_ALL));
    OutcomeCase unexplained = new OutcomeCase().shelved();
    unexplained.residentsNotice = Optional.empty();
    all.addAll(
        Obligations.of(unexplained.profile)
            .at(unexplained.build(), OutcomeCase.CLASSIFIED.plus(Duration.ofDays(1))));
    OutcomeCase untold = new OutcomeCase().recommendation();
    untold.residentsNotice = Optional.empty();
    all.addAll(
        Obligations.of(untold.profile)
            .at(untold.build(), OutcomeCase.RESOLVED.plus(Duration.ofDays(1))));
    OutcomeCase hotline = new OutcomeCase().withHotline();
    OutcomeCase.HotlineDraft draft = OutcomeCase.hotline();
    draft.repliedAt = Optional.empty();
    draft.handledAt = Optional.empty();
    hotline.hotlineCase = Optional.of(draft.build());
    all.addAll(Obligations.of(hotline.profile).at(hotline.build(), OutcomeCase.RECEIVED));

    Set<RuleCode> seen = new HashSet<>();
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    for (Obligation obligation : all) {
      seen.add(obligation.code());
      for (Locale locale : List.of(ZH, Locale.ENGLISH)) {
        String pattern = Messages.builtIn().obligationPattern(obligation.code(), locale).orElseThrow();
        assertThat(obligation.args())
            .as("%s", obligation)
            .hasSize(new MessageFormat(pattern, locale).getFormatsByArgumentIndex().length);
        String text = Messages.render(obligation, locale, zone, LiftCase.JURISDICTION);
        assertThat(text).as("%s", obligation).doesNotContain("{").doesNotContain("Z ").doesNotEndWith("Z");
        assertThat(text).doesNotContain(obligation.code().value());
      }
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(Obligations.codes());
  }

  private static OutcomeCase openEscalation() {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation();
    draft.followUps.clear();
    draft.resolvedAt = Optional.empty();
    OutcomeCase c = new OutcomeCase().recommendation();
    c.escalations.set(0, draft.build());
    c.solvedAt = Optional.empty();
    c.residentsNotice = Optional.empty();
    return c;
  }

}
