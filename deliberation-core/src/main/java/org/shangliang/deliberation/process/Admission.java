package org.shangliang.deliberation.process;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;

/**
 * The decision whether a topic is deliberated (议题审核): admitted or refused, when, the explanation
 * given to residents, and for a two-party dispute the party-organisation meeting's approval. The
 * community party organisation decides; matters settled by law or by a higher party committee are
 * explained to residents and not admitted.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13); docs/domain.md "Admission of a topic".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Admission {
  Admission() {}

  /**
   * Admitted or refused.
   *
   * @return the status
   */
  public abstract AdmissionStatus status();

  /**
   * When the decision was taken.
   *
   * @return the instant; in the years 1 to 9999 (UTC)
   */
  public abstract Instant decidedAt();

  /**
   * The explanation given to residents (e.g. why a settled matter is not deliberated).
   *
   * @return the explanation's text or the reference of its notice; empty if none was recorded
   */
  public abstract Optional<String> explanationToResidents();

  /**
   * The party-organisation meeting's approval, required to admit a two-party dispute.
   *
   * @return the approval, or empty if none was recorded
   */
  public abstract Optional<Approval> approval();

  /**
   * An admission without explanation or approval.
   *
   * @param decidedAt when the topic was admitted
   * @return the admission
   */
  public static Admission admitted(Instant decidedAt) {
    return new Builder().status(AdmissionStatus.ADMITTED).decidedAt(decidedAt).build();
  }

  /**
   * A refusal with its explanation to residents.
   *
   * @param decidedAt when the topic was refused
   * @param explanation the explanation given to residents, not blank
   * @return the refusal
   * @throws org.shangliang.deliberation.InvalidModelException if the explanation is blank
   */
  public static Admission refused(Instant decidedAt, String explanation) {
    return new Builder()
        .status(AdmissionStatus.REFUSED)
        .decidedAt(decidedAt)
        .explanationToResidents(explanation)
        .build();
  }

  /**
   * Whether the topic was admitted.
   *
   * @return {@code true} if the status is {@link AdmissionStatus#ADMITTED}
   */
  public boolean isAdmitted() {
    return status() == AdmissionStatus.ADMITTED;
  }

  @Value.Check
  void check() {
    Checks.instant("decidedAt", decidedAt());
    explanationToResidents().ifPresent(e -> Checks.notBlank("explanationToResidents", e));
  }

  /** A builder of admissions; {@code status} and {@code decidedAt} are required. */
  public static final class Builder extends ImmutableAdmission.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
