package org.shangliang.deliberation.testkit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.shangliang.deliberation.outcome.HotlineCase;
import org.shangliang.deliberation.party.PartyId;

/**
 * A mutable copy of a 12345 hotline case ({@link HotlineCase}): every field of the value as a
 * public field, to change and build again. The core's builders are strict (a field is set once) and
 * have no copy methods, so a mutation or a minimizer rebuilds a value through its draft: {@code
 * HotlineCaseDraft.edit(value, d -> ...)}, or {@code HotlineCaseDraft.of(value)}, change, {@link
 * #build()}.
 *
 * <p>Optional fields are {@link Optional}s; list fields mutable {@link ArrayList}s in the value's
 * order.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class HotlineCaseDraft {
  /** The value's {@link HotlineCase#ticketId()}. */
  public String ticketId;

  /** The value's {@link HotlineCase#receivedAt()}. */
  public Instant receivedAt;

  /** The value's {@link HotlineCase#firstContact()}. */
  public PartyId firstContact;

  /** The value's {@link HotlineCase#departments()}, a mutable list. */
  public List<PartyId> departments;

  /** The value's {@link HotlineCase#forwardedAt()} (empty if absent). */
  public Optional<Instant> forwardedAt;

  /** The value's {@link HotlineCase#coordinationConvenedAt()} (empty if absent). */
  public Optional<Instant> coordinationConvenedAt;

  /** The value's {@link HotlineCase#repliedAt()} (empty if absent). */
  public Optional<Instant> repliedAt;

  /** The value's {@link HotlineCase#handledAt()} (empty if absent). */
  public Optional<Instant> handledAt;

  private HotlineCaseDraft(HotlineCase value) {
    this.ticketId = value.ticketId();
    this.receivedAt = value.receivedAt();
    this.firstContact = value.firstContact();
    this.departments = new ArrayList<>(value.departments());
    this.forwardedAt = value.forwardedAt();
    this.coordinationConvenedAt = value.coordinationConvenedAt();
    this.repliedAt = value.repliedAt();
    this.handledAt = value.handledAt();
  }

  /**
   * A draft holding every field of a value.
   *
   * @param value the value to copy
   * @return a new draft; {@link #build()} on it unchanged gives a value equal to {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static HotlineCaseDraft of(HotlineCase value) {
    return new HotlineCaseDraft(Objects.requireNonNull(value, "value"));
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
  public static HotlineCase edit(HotlineCase value, Consumer<? super HotlineCaseDraft> change) {
    HotlineCaseDraft draft = of(value);
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
  public HotlineCase build() {
    return new HotlineCase.Builder()
        .ticketId(ticketId)
        .receivedAt(receivedAt)
        .firstContact(firstContact)
        .addAllDepartments(departments)
        .forwardedAt(forwardedAt)
        .coordinationConvenedAt(coordinationConvenedAt)
        .repliedAt(repliedAt)
        .handledAt(handledAt)
        .build();
  }
}
