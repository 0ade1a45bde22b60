package org.shangliang.deliberation.testkit.internal.minimizing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.shangliang.deliberation.process.Deliberation;

/**
 * A place in a record that can be made smaller: a list to drop elements from ({@link #list(Part)}),
 * or one value with simpler values to put in its place ({@link #value(Part, BiFunction, String)}):
 * an optional part to drop, a text to shorten, a number or an instant to move toward its bound.
 * Immutable and thread-safe; the {@link Search} it reduces in is not.
 */
public abstract class Site {
  private Site() {}

  /**
   * A list to drop elements from: first the whole list, then halves, quarters, … and single
   * elements at last (delta debugging), keeping each drop after which the check still fails.
   *
   * @param <E> the elements' type
   * @param part the list
   * @return the site
   */
  public static <E> Site list(Part<List<E>> part) {
    return new ListSite<>(Objects.requireNonNull(part, "part"));
  }

  /**
   * A value with simpler values to put in its place, tried in the order given; after one is kept,
   * the simpler values of the new value are tried, until none of them still fails.
   *
   * @param <A> the value's type
   * @param part the value
   * @param simpler the simpler values of a value in a record, the simplest first; none equal to the
   *     value, each strictly closer to the value's bound, so that the steps end
   * @param verb what replacing the value is called, e.g. {@code shorten}
   * @return the site
   */
  public static <A> Site value(
      Part<A> part, BiFunction<Deliberation, A, List<A>> simpler, String verb) {
    return new ValueSite<>(
        Objects.requireNonNull(part, "part"),
        Objects.requireNonNull(simpler, "simpler"),
        Objects.requireNonNull(verb, "verb"));
  }

  /**
   * The path of the place from the record, e.g. {@code meetings[0].attendance}.
   *
   * @return the path
   */
  public abstract String path();

  /**
   * Makes the place as small as the search allows: keeps each step after which the check still
   * fails.
   *
   * @param search the search, holding the current record
   * @return whether any step was kept
   */
  abstract boolean reduce(Search search);

  /**
   * The single steps of this place in a record: each element of the list dropped alone, or each
   * simpler value. Empty where the record does not have the place.
   *
   * @param record the record
   * @return the steps
   */
  public abstract List<Step> steps(Deliberation record);

  @Override
  public String toString() {
    return path();
  }

  private static final class ListSite<E> extends Site {
    private final Part<List<E>> part;

    ListSite(Part<List<E>> part) {
      this.part = part;
    }

    @Override
    public String path() {
      return part.path();
    }

    @Override
    boolean reduce(Search search) {
      Optional<List<E>> found = part.get(search.current());
      if (found.isEmpty() || found.get().isEmpty()) {
        return false;
      }
      boolean kept = false;
      int chunk = found.get().size();
      while (!search.exhausted()) {
        int start = 0;
        while (!search.exhausted()) {
          Deliberation base = search.current();
          List<E> items = part.get(base).orElse(List.of());
          if (start >= items.size()) {
            break;
          }
          List<E> rest = without(items, start, Math.min(items.size(), start + chunk));
          if (search.attempt(() -> part.set(base, rest))) {
            kept = true;
          } else {
            start += chunk;
          }
        }
        if (chunk == 1) {
          break;
        }
        chunk = (chunk + 1) / 2;
      }
      return kept;
    }

    @Override
    public List<Step> steps(Deliberation record) {
      List<E> items = part.get(record).orElse(List.of());
      List<Step> steps = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        List<E> rest = without(items, i, i + 1);
        steps.add(new Step("remove " + part.path() + "[" + i + "]", () -> part.set(record, rest)));
      }
      return steps;
    }

    private static <E> List<E> without(List<E> items, int from, int to) {
      List<E> rest = new ArrayList<>(items.size() - (to - from));
      rest.addAll(items.subList(0, from));
      rest.addAll(items.subList(to, items.size()));
      return rest;
    }
  }

  private static final class ValueSite<A> extends Site {
    private final Part<A> part;
    private final BiFunction<Deliberation, A, List<A>> simpler;
    private final String verb;

    ValueSite(Part<A> part, BiFunction<Deliberation, A, List<A>> simpler, String verb) {
      this.part = part;
      this.simpler = simpler;
      this.verb = verb;
    }

    @Override
    public String path() {
      return part.path();
    }

    @Override
    boolean reduce(Search search) {
      boolean kept = false;
      boolean again = true;
      while (again && !search.exhausted()) {
        again = false;
        Deliberation base = search.current();
        Optional<A> value = part.get(base);
        if (value.isEmpty()) {
          break;
        }
        for (A candidate : simpler.apply(base, value.get())) {
          if (search.attempt(() -> part.set(base, candidate))) {
            kept = true;
            again = true;
            break;
          }
        }
      }
      return kept;
    }

    @Override
    public List<Step> steps(Deliberation record) {
      Optional<A> value = part.get(record);
      if (value.isEmpty()) {
        return List.of();
      }
      List<A> candidates = simpler.apply(record, value.get());
      List<Step> steps = new ArrayList<>(candidates.size());
      for (int i = 0; i < candidates.size(); i++) {
        A candidate = candidates.get(i);
        steps.add(
            new Step(
                verb + " " + part.path() + " (" + (i + 1) + " of " + candidates.size() + ")",
                () -> part.set(record, candidate)));
      }
      return steps;
    }
  }
}
