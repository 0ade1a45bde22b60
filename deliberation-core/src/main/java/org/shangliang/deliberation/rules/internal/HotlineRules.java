package org.shangliang.deliberation.rules.internal;

import java.time.Instant;
import java.util.Optional;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.outcome.HotlineCase;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;

/** Rules on 12345 hotline cases (hotline.*). */
final class HotlineRules {
  private HotlineRules() {}


  /** Base of the hotline rules: they look at the hotline case only when there is one. */
  abstract static class OnHotline extends BuiltInRule {
    OnHotline(RuleCode code) {
      super(code, Severity.ERROR, HOTLINE);
    }

    @Override
    public final void check(RuleContext context) {
      if (context.deliberation().hotlineCase().isPresent()) {
        check(context, context.deliberation().hotlineCase().get());
      }
    }

    abstract void check(RuleContext context, HotlineCase hotline);
  }

  static final Path HOTLINE_CASE = Path.of("hotlineCase");

  /** hotline.party-not-listed: the first-contact party and the departments are on the party list. */
  static final class HotlinePartyNotListed extends OnHotline {
    HotlinePartyNotListed() {
      super(RuleCodes.HOTLINE_PARTY_NOT_LISTED);
    }

    @Override
    void check(RuleContext context, HotlineCase hotline) {
      if (!context.deliberation().parties().has(hotline.firstContact())) {
        context.report(HOTLINE_CASE.child("firstContact"), hotline.firstContact());
      }
      for (int i = 0; i < hotline.departments().size(); i++) {
        if (!context.deliberation().parties().has(hotline.departments().get(i))) {
          context.report(HOTLINE_CASE.child("departments").index(i), hotline.departments().get(i));
        }
      }
    }
  }

  /** hotline.ticket-mismatch: the topic's source is this hotline case's ticket. */
  static final class HotlineTicketMismatch extends OnHotline {
    HotlineTicketMismatch() {
      super(RuleCodes.HOTLINE_TICKET_MISMATCH);
    }

    @Override
    void check(RuleContext context, HotlineCase hotline) {
      TopicSource source = context.deliberation().topic().source();
      boolean matches =
          source.kind() == SourceKind.HOTLINE_12345
              && source.reference().map(hotline.ticketId()::equals).orElse(false);
      if (!matches) {
        context.report(
            HOTLINE_CASE.child("ticketId"),
            hotline.ticketId(),
            source.reference().isPresent() ? source.reference().get() : TierRules.NONE);
      }
    }
  }

  /** hotline.not-forwarded: a case for one department is forwarded straight to it, and recorded. */
  static final class HotlineNotForwarded extends OnHotline {
    HotlineNotForwarded() {
      super(RuleCodes.HOTLINE_NOT_FORWARDED);
    }

    @Override
    void check(RuleContext context, HotlineCase hotline) {
      if (hotline.departments().size() == 1 && hotline.forwardedAt().isEmpty()) {
        context.report(HOTLINE_CASE.child("forwardedAt"), hotline.ticketId(), hotline.departments().get(0));
      }
    }
  }

  /** hotline.not-coordinated: a case for several departments goes to the coordination group. */
  static final class HotlineNotCoordinated extends OnHotline {
    HotlineNotCoordinated() {
      super(RuleCodes.HOTLINE_NOT_COORDINATED);
    }

    @Override
    void check(RuleContext context, HotlineCase hotline) {
      if (hotline.departments().size() > 1 && hotline.coordinationConvenedAt().isEmpty()) {
        context.report(
            HOTLINE_CASE.child("coordinationConvenedAt"),
            hotline.ticketId(),
            hotline.departments().size());
      }
    }
  }

  /** hotline.reply-late: the caller gets a reply within the profile's window (即时答复). */
  static final class HotlineReplyLate extends OnHotline {
    HotlineReplyLate() {
      super(RuleCodes.HOTLINE_REPLY_LATE);
    }

    @Override
    void check(RuleContext context, HotlineCase hotline) {
      late(context, hotline, Deadlines.hotlineReply(hotline, context.profile()), hotline.repliedAt(), "repliedAt");
    }
  }

  /** hotline.handling-late: the case is handled within the profile's window (限时办理). */
  static final class HotlineHandlingLate extends OnHotline {
    HotlineHandlingLate() {
      super(RuleCodes.HOTLINE_HANDLING_LATE);
    }

    @Override
    void check(RuleContext context, HotlineCase hotline) {
      late(context, hotline, Deadlines.hotlineHandling(hotline, context.profile()), hotline.handledAt(), "handledAt");
    }
  }

  static void late(
      RuleContext context,
      HotlineCase hotline,
      Optional<Instant> dueAt,
      Optional<Instant> done,
      String field) {
    if (dueAt.isEmpty()) {
      return;
    }
    Instant due = dueAt.get();
    if (done.orElse(context.now()).isAfter(due)) {
      context.report(HOTLINE_CASE.child(field), hotline.ticketId(), hotline.receivedAt(), due);
    }
  }
}
