package org.shangliang.deliberation.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.party.PartyId;

/** A ballot reads as its party and choice. */
class BallotTest {
  @Test
  void showsThePartyAndItsChoice() {
    assertThat(Ballot.of(PartyId.of("owner-1"), Choice.YES)).hasToString("owner-1:YES");
  }
}
