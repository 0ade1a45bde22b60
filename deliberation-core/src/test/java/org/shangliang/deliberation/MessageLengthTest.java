package org.shangliang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.topic.PublicFunds;
import org.shangliang.deliberation.unit.UnitId;

/**
 * A message quotes at most 64 characters of a value, then "…" and the value's full length, however
 * large the value is: a huge input never makes a huge message.
 */
class MessageLengthTest {

  @Test
  void quotesAtMost64CharactersOfALongIdThenItsLength() {
    String id = "a".repeat(50) + " " + "b".repeat(99_949);
    Throwable thrown = catchThrowable(() -> UnitId.of(id));
    assertThat(thrown).isInstanceOf(InvalidModelException.class);
    assertThat(thrown.getMessage())
        .isEqualTo("value: must be at most 128 characters, was 100000");

    String shortWithSpace = "a".repeat(100) + " b";
    assertThat(catchThrowable(() -> PartyId.of(shortWithSpace)))
        .hasMessage("value: must hold only letters, marks, numbers, punctuation and symbols, was \""
            + "a".repeat(64) + "…\" (102 characters) (U+0020 at index 100)");
  }

  @Test
  void quotesAtMost64CharactersOfALongBlankText() {
    String blank = " ".repeat(1_000_000);
    Throwable thrown =
        catchThrowable(() -> new Duty.Builder().id("lift-1").description(blank).build());
    assertThat(thrown)
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "description: must not be blank, was \"" + " ".repeat(64) + "…\" (1000000 characters)");
  }

  @Test
  void showsInvisibleCharactersOfAQuotedTextAsEscapes() {
    assertThat(catchThrowable(() -> new Duty.Builder().id("d").description("\u200B\u00A0").build()))
        .hasMessage("description: must not be blank, was \"\\u200B\\u00A0\"");
    assertThat(catchThrowable(() -> Fraction.parse("2/3\n")))
        .hasMessage("text: must be p/q such as 2/3, was \"2/3\\u000A\"");
  }

  @Test
  void writesAHugeNumberShortly() {
    BigDecimal huge = new BigDecimal(BigInteger.TEN.pow(20_000).negate(), -1_000_000);
    Throwable thrown = catchThrowable(() -> PublicFunds.of(huge));
    assertThat(thrown).isInstanceOf(InvalidModelException.class);
    assertThat(thrown.getMessage()).startsWith("amount: must have at most 15 digits").hasSizeLessThan(200);
  }

  @Test
  void quotesALongLabelOfAnotherKindShortly() {
    String label = "志".repeat(1000);
    Throwable onOther =
        catchThrowable(
            () -> new Party.Builder()
                .id(ModelSamples.PARTY)
                .kind(PartyKind.EXPERT)
                .unit(ModelSamples.UNIT)
                .addRole(org.shangliang.deliberation.party.PartyRole.DELIBERATOR)
                .otherLabel(label)
                .build());
    assertThat(onOther)
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("otherLabel: only for kind OTHER, was \"" + "志".repeat(64)
            + "…\" (1000 characters) on kind EXPERT");
  }
}
