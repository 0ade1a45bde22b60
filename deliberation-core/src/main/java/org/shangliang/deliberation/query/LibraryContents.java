package org.shangliang.deliberation.query;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * Haidian's four libraries over a collection of records, at an instant ({@link Libraries#at}).
 *
 * <p>Source: Haidian 2025 (人民日报, 2025-09-10); docs/domain.md "The four libraries".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LibraryContents {
  LibraryContents() {}

  /** @return the instant the libraries were judged at */
  public abstract Instant at();

  /** @return 商量库: topics waiting to be deliberated, in the order of {@link Libraries#waiting} */
  public abstract List<WaitingTopic> waiting();

  /** @return 经验库: finished cases with good appraisals, in the order of {@link Libraries#experience} */
  public abstract List<ExperienceCase> experience();

  /** @return 痛点库: pain points, in the order of {@link Libraries#painPoints} */
  public abstract List<PainPoint> painPoints();

  /** @return 骨干库: key people, in the order of {@link Libraries#keyPeople} */
  public abstract List<KeyPerson> keyPeople();

  /** A builder of contents; {@code at} is required. */
  public static final class Builder extends ImmutableLibraryContents.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
