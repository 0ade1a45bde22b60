package org.shangliang.deliberation.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyList;

/**
 * A mutable copy of a party list ({@link PartyList}): every field of the value as a public field,
 * to change and build again. The core's builders are strict (a field is set once) and have no copy
 * methods, so a mutation or a minimizer rebuilds a value through its draft: {@code
 * PartyListDraft.edit(value, d -> ...)}, or {@code PartyListDraft.of(value)}, change, {@link
 * #build()}.
 *
 * <p>List fields mutable {@link ArrayList}s in the value's order.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class PartyListDraft {
  /** The value's {@link PartyList#parties()}, a mutable list. */
  public List<Party> parties;

  private PartyListDraft(PartyList value) {
    this.parties = new ArrayList<>(value.parties());
  }

  /**
   * A draft holding every field of a value.
   *
   * @param value the value to copy
   * @return a new draft; {@link #build()} on it unchanged gives a value equal to {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static PartyListDraft of(PartyList value) {
    return new PartyListDraft(Objects.requireNonNull(value, "value"));
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
  public static PartyList edit(PartyList value, Consumer<? super PartyListDraft> change) {
    PartyListDraft draft = of(value);
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
  public PartyList build() {
    return PartyList.of(parties);
  }
}
