package org.shangliang.deliberation.json.internal;

import java.util.ArrayList;
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
   * Every token, in the enum's order.
   *
   * @return the tokens
   */
  public List<String> all() {
    return List.copyOf(all);
  }
}
