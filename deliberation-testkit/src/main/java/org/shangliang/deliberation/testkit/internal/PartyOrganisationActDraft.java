package org.shangliang.deliberation.testkit.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.PartyActKind;
import org.shangliang.deliberation.process.PartyOrganisationAct;

/**
 * A mutable copy of an act of the party organisation ({@link PartyOrganisationAct}): every field of
 * the value as a public field, to change and build again. The core's builders are strict (a field is
 * set once) and have no copy methods, so a mutation or a minimizer rebuilds a value through its draft:
 * {@code PartyOrganisationActDraft.edit(value, d -> ...)}, or {@code PartyOrganisationActDraft.of(value)},
 * change, {@link #build()}.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class PartyOrganisationActDraft {
  /** The value's {@link PartyOrganisationAct#kind()}. */
  public PartyActKind kind;

  /** The value's {@link PartyOrganisationAct#actor()}. */
  public PartyId actor;

  /** The value's {@link PartyOrganisationAct#at()}. */
  public Instant at;

  /** The value's {@link PartyOrganisationAct#named()} (empty if absent). */
  public Optional<PartyId> named;

  private PartyOrganisationActDraft(PartyOrganisationAct value) {
    this.kind = value.kind();
    this.actor = value.actor();
    this.at = value.at();
    this.named = value.named();
  }

  /**
   * A draft holding every field of a value.
   *
   * @param value the value to copy
   * @return a new draft; {@link #build()} on it unchanged gives a value equal to {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static PartyOrganisationActDraft of(PartyOrganisationAct value) {
    return new PartyOrganisationActDraft(Objects.requireNonNull(value, "value"));
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
  public static PartyOrganisationAct edit(
      PartyOrganisationAct value, Consumer<? super PartyOrganisationActDraft> change) {
    PartyOrganisationActDraft draft = of(value);
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
  public PartyOrganisationAct build() {
    return new PartyOrganisationAct.Builder().kind(kind).actor(actor).at(at).named(named).build();
  }
}
