package org.shangliang.deliberation.validation;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.topic.PublicFunds;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.unit.UnitId;

/**
 * The message arguments a {@link Violation} or an {@link Obligation} may hold, and their copying, so
 * that neither ever shares a mutable object with its caller.
 *
 * <p>Kept as they are (immutable values): {@link String}, {@link Boolean}, {@link Character}, {@link
 * Byte}, {@link Short}, {@link Integer}, {@link Long}, {@link BigInteger}, {@link BigDecimal} (a
 * subclass of either is copied into the plain class), enum constants, the {@code java.time} values
 * ({@link Instant}, {@link LocalDate}, {@link LocalTime}, {@link LocalDateTime}, {@link
 * OffsetDateTime}, {@link OffsetTime}, {@link ZonedDateTime}, {@link Duration}, {@link Period}, {@link
 * Year}, {@link YearMonth}, {@link MonthDay}, {@link ZoneId}), the ids {@link PartyId}, {@link UnitId},
 * {@link TopicId} and {@link DeliberationId}, {@link RuleCode}, {@link Path}, {@link LocalizedText},
 * {@link Fraction} and {@link PublicFunds}. Copied: any {@link Collection} (a list, a set…) and any
 * array, into an immutable list in iteration order whose elements follow the same rules. Refused with
 * an {@link InvalidModelException} naming the argument ({@code args[2]}, {@code args[2][0]}): {@code
 * null} elements and every other type (a {@code StringBuilder}, a {@code Date}, a map, an {@code
 * Optional}, floating point, one's own classes…), since the library cannot know them to be immutable;
 * pass such a value as its text, or as a {@link LocalizedText}.
 */
final class Arguments {
  private static final Set<Class<?>> VALUES =
      Set.of(
          String.class,
          Boolean.class,
          Character.class,
          Byte.class,
          Short.class,
          Integer.class,
          Long.class,
          BigInteger.class,
          BigDecimal.class,
          Instant.class,
          LocalDate.class,
          LocalTime.class,
          LocalDateTime.class,
          OffsetDateTime.class,
          OffsetTime.class,
          ZonedDateTime.class,
          Duration.class,
          Period.class,
          Year.class,
          YearMonth.class,
          MonthDay.class,
          Path.class);

  /** Abstract library values whose only implementations are the library's own immutable ones. */
  private static final List<Class<?>> LIBRARY_VALUES =
      List.of(
          PartyId.class,
          UnitId.class,
          TopicId.class,
          DeliberationId.class,
          RuleCode.class,
          LocalizedText.class,
          Fraction.class,
          PublicFunds.class,
          ZoneId.class);

  private Arguments() {}

  /**
   * The arguments as they may be kept: the same list when nothing needed copying.
   *
   * @param args the arguments
   * @return {@code args} itself if every argument is kept as it is; else a new list with the copies
   * @throws InvalidModelException naming the first argument of a type not allowed
   */
  static List<Object> copy(List<Object> args) {
    List<Object> copied = null;
    for (int i = 0; i < args.size(); i++) {
      Object arg = args.get(i);
      Object copy = copy(arg, Path.of("args").index(i));
      if (copy != arg && copied == null) {
        copied = new ArrayList<>(args.subList(0, i));
      }
      if (copied != null) {
        copied.add(copy);
      }
    }
    return copied == null ? args : copied;
  }

  private static Object copy(Object arg, Path path) {
    Class<?> type = arg.getClass();
    if (VALUES.contains(type) || arg instanceof Enum) {
      return arg;
    }
    for (Class<?> value : LIBRARY_VALUES) {
      if (value.isInstance(arg)) {
        return arg;
      }
    }
    if (arg instanceof BigDecimal) {
      BigDecimal decimal = (BigDecimal) arg;
      return new BigDecimal(new BigInteger(decimal.unscaledValue().toByteArray()), decimal.scale());
    }
    if (arg instanceof BigInteger) {
      return new BigInteger(((BigInteger) arg).toByteArray());
    }
    if (arg instanceof Collection) {
      List<Object> elements = new ArrayList<>(((Collection<?>) arg).size());
      for (Object element : (Collection<?>) arg) {
        if (element == null) {
          throw new InvalidModelException(path.index(elements.size()), "must not be null");
        }
        elements.add(element);
      }
      return copyElements(elements, arg, path);
    }
    if (type.isArray()) {
      int length = Array.getLength(arg);
      List<Object> elements = new ArrayList<>(length);
      for (int k = 0; k < length; k++) {
        Object element = Array.get(arg, k);
        if (element == null) {
          throw new InvalidModelException(path.index(k), "must not be null");
        }
        elements.add(element);
      }
      return copyElements(elements, arg, path);
    }
    throw new InvalidModelException(
        path,
        "must be an immutable value (text, a whole or exact number, an enum, a java.time value, an"
            + " id, a rule code, a path, a localized text, a fraction or public funds) or a"
            + " collection or array of them, was a "
            + type.getName());
  }

  /**
   * Copies the elements taken from {@code original} (a collection or an array, without nulls);
   * returns {@code original} itself when it is an immutable JDK list whose elements are all kept.
   */
  private static Object copyElements(List<Object> snapshot, Object original, Path path) {
    List<Object> elements = new ArrayList<>(snapshot.size());
    boolean same = original instanceof List && isImmutableList((List<?>) original);
    for (int k = 0; k < snapshot.size(); k++) {
      Object element = snapshot.get(k);
      Object copy = copy(element, path.index(k));
      same &= copy == element;
      elements.add(copy);
    }
    return same ? original : List.copyOf(elements);
  }

  private static boolean isImmutableList(List<?> list) {
    try {
      return List.copyOf(list) == list;
    } catch (NullPointerException withNull) {
      return false;
    }
  }
}
