package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.json.internal.Tokens;
import org.shangliang.deliberation.party.PartyKind;

/** Enum tokens looked up from a parser's characters are the constants their strings name. */
class TokensTest {
  private static final Tokens<PartyKind> KINDS = Tokens.of(PartyKind.class);

  private static PartyKind lookUp(String token) {
    char[] text = ("[\"" + token + "\"]").toCharArray();
    return KINDS.constant(text, 2, token.length());
  }

  @Test
  void everyTokenFoundInTheMiddleOfABufferIsItsConstant() {
    for (PartyKind kind : PartyKind.values()) {
      assertThat(lookUp(KINDS.token(kind))).isEqualTo(kind).isEqualTo(KINDS.constant(KINDS.token(kind)));
    }
  }

  @Test
  void prefixesLongerTextsOtherCasesAndNamesAreNoToken() {
    for (String text :
        new String[] {"", "party", "party-organisation-", "Party-organisation", "PARTY_ORGANISATION",
          "party_organisation", " party-organisation", "expertx", "expert "}) {
      assertThat(lookUp(text)).as(text).isNull();
      assertThat(KINDS.constant(text)).as(text).isNull();
    }
  }
}
