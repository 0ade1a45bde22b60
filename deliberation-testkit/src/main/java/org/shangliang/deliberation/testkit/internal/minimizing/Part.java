package org.shangliang.deliberation.testkit.internal.minimizing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.shangliang.deliberation.process.Deliberation;

/**
 * A way into one part of a deliberation record: read the part (if the record has it) and make a
 * record with another value in its place, rebuilding every value on the way through the drafts. A
 * part is named by its path from the record, e.g. {@code meetings[0].attendance}.
 *
 * <p>A part is found again in each record it is asked of: a part whose element index is past the
 * end of its list, or that goes through an absent optional, is simply not there ({@link
 * #get(Deliberation)} is empty). Immutable and thread-safe.
 *
 * @param <A> the type of the part
 */
public final class Part<A> {
  private static final Part<Deliberation> RECORD =
      new Part<>("", Optional::of, (record, value) -> value);

  private final String path;
  private final Function<Deliberation, Optional<A>> getter;
  private final BiFunction<Deliberation, A, Deliberation> setter;

  private Part(
      String path,
      Function<Deliberation, Optional<A>> getter,
      BiFunction<Deliberation, A, Deliberation> setter) {
    this.path = path;
    this.getter = getter;
    this.setter = setter;
  }

  /**
   * The whole record.
   *
   * @return the part that is the record itself
   */
  public static Part<Deliberation> record() {
    return RECORD;
  }

  /**
   * The part's path from the record, e.g. {@code meetings[0].attendance}; empty for the record.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Reads the part of a record.
   *
   * @param record the record
   * @return the part's value, or empty if the record does not have it
   */
  public Optional<A> get(Deliberation record) {
    return getter.apply(record);
  }

  /**
   * A record like the one given with another value in this part's place.
   *
   * @param record the record; it must have the part ({@link #get(Deliberation)} not empty)
   * @param value the new value
   * @return the new record
   * @throws org.shangliang.deliberation.InvalidModelException if the model refuses a value on the
   *     way (the new value does not fit the values around it)
   * @throws java.util.NoSuchElementException if the record does not have the part
   */
  public Deliberation set(Deliberation record, A value) {
    return setter.apply(record, value);
  }

  /**
   * A field of this part that every value of it has.
   *
   * @param <B> the field's type
   * @param name the field's name, for the path
   * @param get reads the field
   * @param set a copy of this part's value with another value of the field
   * @return the field's part
   */
  public <B> Part<B> field(String name, Function<A, B> get, BiFunction<A, B, A> set) {
    Objects.requireNonNull(get, "get");
    Objects.requireNonNull(set, "set");
    return new Part<>(
        join(name),
        record -> getter.apply(record).map(get),
        (record, value) ->
            setter.apply(record, set.apply(getter.apply(record).orElseThrow(), value)));
  }

  /**
   * The value of an optional field of this part, where it is present.
   *
   * @param <B> the type of the field's value
   * @param name the field's name, for the path
   * @param get reads the optional field
   * @param set a copy of this part's value with another value of the optional field
   * @return the part of the field's value (not there where the field is empty)
   */
  public <B> Part<B> present(
      String name, Function<A, Optional<B>> get, BiFunction<A, Optional<B>, A> set) {
    Objects.requireNonNull(get, "get");
    Objects.requireNonNull(set, "set");
    return new Part<>(
        join(name),
        record -> getter.apply(record).flatMap(get),
        (record, value) ->
            setter.apply(
                record, set.apply(getter.apply(record).orElseThrow(), Optional.of(value))));
  }

  /**
   * The element at an index of a list part.
   *
   * @param <E> the elements' type
   * @param list the list part
   * @param index the element's index
   * @return the element's part (not there where the list is shorter)
   */
  public static <E> Part<E> element(Part<List<E>> list, int index) {
    return new Part<>(
        list.path + "[" + index + "]",
        record -> list.get(record).filter(l -> index < l.size()).map(l -> l.get(index)),
        (record, value) -> {
          List<E> copy = new ArrayList<>(list.get(record).orElseThrow());
          copy.set(index, value);
          return list.set(record, copy);
        });
  }

  private String join(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  @Override
  public String toString() {
    return path.isEmpty() ? "record" : path;
  }
}
