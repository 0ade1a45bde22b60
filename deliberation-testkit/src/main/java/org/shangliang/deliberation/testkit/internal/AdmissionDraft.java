package org.shangliang.deliberation.testkit.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.process.Approval;

/**
 * A mutable copy of an admission decision ({@link Admission}): every field of the value as a public
 * field, to change and build again. The core's builders are strict (a field is set once) and have
 * no copy methods, so a mutation or a minimizer rebuilds a value through its draft: {@code
 * AdmissionDraft.edit(value, d -> ...)}, or {@code AdmissionDraft.of(value)}, change, {@link
 * #build()}.
 *
 * <p>Optional fields are {@link Optional}s.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class AdmissionDraft {
  /** The value's {@link Admission#status()}. */
  public AdmissionStatus status;

  /** The value's {@link Admission#decidedAt()}. */
  public Instant decidedAt;

  /** The value's {@link Admission#explanationToResidents()} (empty if absent). */
  public Optional<String> explanationToResidents;

  /** The value's {@link Admission#approval()} (empty if absent). */
  public Optional<Approval> approval;

  private AdmissionDraft(Admission value) {
    this.status = value.status();
    this.decidedAt = value.decidedAt();
    this.explanationToResidents = value.explanationToResidents();
    this.approval = value.approval();
  }

  /**
   * A draft holding every field of a value.
   *
   * @param value the value to copy
   * @return a new draft; {@link #build()} on it unchanged gives a value equal to {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static AdmissionDraft of(Admission value) {
    return new AdmissionDraft(Objects.requireNonNull(value, "value"));
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
  public static Admission edit(Admission value, Consumer<? super AdmissionDraft> change) {
    AdmissionDraft draft = of(value);
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
  public Admission build() {
    return new Admission.Builder()
        .status(status)
        .decidedAt(decidedAt)
        .explanationToResidents(explanationToResidents)
        .approval(approval)
        .build();
  }
}
