package org.shangliang.deliberation.json.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The wire tokens of an enum: each constant's name in lower case with {@code _} as {@code -}
 * ({@code PARTY_ORGANISATION} is {@code party-organisation}). Tokens are stable: a constant is never
 * renamed on the wire. Immutable and thread-safe.
 *
 * @param <E> the enum
 */
public final class Tokens<E extends Enum<E>> {
  private final Map<E, String> tokens;
  private final Map<String, E> constants;
  private final List<String> all;

  /** The constants, and their tokens' characters, in the enum's order: looked up without a string. */
  private final E[] byIndex;

  private final char[][] characters;

  private Tokens(Class<E> type) {
    tokens = new EnumMap<>(type);
    constants = new HashMap<>();
    all = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      String token = token(constant.name());
      tokens.put(constant, token);
      constants.put(token, constant);
      all.add(token);
    }
    byIndex = type.getEnumConstants();
    characters = new char[byIndex.length][];
    for (int i = 0; i < byIndex.length; i++) {
      characters[i] = tokens.get(byIndex[i]).toCharArray();
    }
  }

  /**
   * The tokens of an enum.
   *
   * @param <E> the enum
   * @param type the enum's class
   * @return its tokens
   */
  public static <E extends Enum<E>> Tokens<E> of(Class<E> type) {
    return new Tokens<>(type);
  }

  /**
   * The token of a constant name.
   *
   * @param name an enum constant's name
   * @return its token
   */
  public static String token(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * A constant's token.
   *
   * @param constant the constant
   * @return the token
   */
  public String token(E constant) {
    return tokens.get(constant);
  }

  /**
   * The constant of a token.
   *
   * @param token the token
   * @return the constant, or {@code null} if no constant has it
   */
  public E constant(String token) {
    return constants.get(token);
  }

  /**
   * The constant of a token given as characters, as a parser holds them: no string is made (an
   * enum has a few dozen constants at most, compared one by one).
   *
   * @param text the characters
   * @param offset where the token begins
   * @param length its length
   * @return the constant, or {@code null} if no constant has it
   */
  public E constant(char[] text, int offset, int length) {
    for (int i = 0; i < characters.length; i++) {
      if (Arrays.equals(characters[i], 0, characters[i].length, text, offset, offset + length)) {
        return byIndex[i];
      }
    }
    return null;
  }

  /**
   * Every token, in the enum's order.
   *
   * @return the tokens
   */
  public List<String> all() {
    return List.copyOf(all);
  }
}
