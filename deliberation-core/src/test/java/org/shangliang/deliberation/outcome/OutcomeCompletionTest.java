package org.shangliang.deliberation.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An outcome is finished when every agreed item is, at the instant the last one was finished. */
class OutcomeCompletionTest {
  private static final Instant T0 = Instant.parse("2026-12-14T06:00:00Z");

  private static OutcomeRecord.Builder immediate() {
    return new OutcomeRecord.Builder()
        .kind(OutcomeKind.IMMEDIATE)
        .facts(
            new OutcomeFacts.Builder()
                .agreementReached(true)
                .withinPowers(true)
                .roundsHeld(1)
                .disagreement(Disagreement.NONE)
                .wideScopeOrComplexCauses(false)
                .build())
        .classifiedAt(T0);
  }

  private static Duty finished(String id, Instant at) {
    return new Duty.Builder().id(id).description("维修").completedAt(at).build();
  }

  @Test
  void isFinishedAtTheLatestCompletionWhateverTheOrderOfItsItems() {
    Instant early = T0.plusSeconds(60);
    Instant late = T0.plusSeconds(3600);
    assertThat(immediate().addDuties(finished("d-1", late), finished("d-2", early)).build().completedAt())
        .contains(late);
    assertThat(immediate().addDuties(finished("d-1", early), finished("d-2", late)).build().completedAt())
        .contains(late);
  }

  @Test
  void isNotFinishedWhileAnItemIsOpen() {
    OutcomeRecord open =
        immediate()
            .addDuties(
                finished("d-1", T0.plusSeconds(60)),
                new Duty.Builder().id("d-2").description("加装电梯").build())
            .build();
    assertThat(open.isCompleted()).isFalse();
    assertThat(open.completedAt()).isEmpty();
  }
}
