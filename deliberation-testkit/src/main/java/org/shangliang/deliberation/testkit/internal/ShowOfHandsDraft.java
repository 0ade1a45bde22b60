package org.shangliang.deliberation.testkit.internal;

import java.util.Objects;
import java.util.function.Consumer;
import org.shangliang.deliberation.meeting.ShowOfHands;
import org.shangliang.deliberation.party.PartyId;

/**
 * A mutable copy of the totals of a show of hands ({@link ShowOfHands}): every field of the value
 * as a public field, to change and build again. The core's builders are strict (a field is set
 * once) and have no copy methods, so a mutation or a minimizer rebuilds a value through its draft:
 * {@code ShowOfHandsDraft.edit(value, d -> ...)}, or {@code ShowOfHandsDraft.of(value)}, change,
 * {@link #build()}.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class ShowOfHandsDraft {
  /** The value's {@link ShowOfHands#yes()}. */
  public int yes;

  /** The value's {@link ShowOfHands#no()}. */
  public int no;

  /** The value's {@link ShowOfHands#abstain()}. */
  public int abstain;

  /** The value's {@link ShowOfHands#counter()}. */
  public PartyId counter;

  private ShowOfHandsDraft(ShowOfHands value) {
    this.yes = value.yes();
    this.no = value.no();
    this.abstain = value.abstain();
    this.counter = value.counter();
  }

  /**
   * A draft holding every field of a value.
   *
   * @param value the value to copy
   * @return a new draft; {@link #build()} on it unchanged gives a value equal to {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static ShowOfHandsDraft of(ShowOfHands value) {
    return new ShowOfHandsDraft(Objects.requireNonNull(value, "value"));
  }

  /**
   * A copy of a value with a change made to its draft.
   *
   * @param value the value to copy
   * @param change what to change on the draft
   * @return the value the changed draft builds
   * @throws org.shangliang.deliberation.InvalidModelException if the changed fields do not make a
   *     well-formed value
   * @throws NullPointerException if an argument is null
   */
  public static ShowOfHands edit(ShowOfHands value, Consumer<? super ShowOfHandsDraft> change) {
    ShowOfHandsDraft draft = of(value);
    Objects.requireNonNull(change, "change").accept(draft);
    return draft.build();
  }

  /**
   * Builds the value the fields describe.
   *
   * @return the value
   * @throws org.shangliang.deliberation.InvalidModelException if the fields do not make a
   *     well-formed value (a field null, a required part missing, a check of the value failing)
   */
  public ShowOfHands build() {
    return new ShowOfHands.Builder()
        .yes(yes)
        .no(no)
        .abstain(abstain)
        .counter(counter)
        .build();
  }
}
