package org.shangliang.deliberation.topic;

import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.internal.Checks;

/**
 * Where a topic came from, with the reference that identifies it there: the ticket id of a 12345
 * hotline case (required for that kind), or an optional reference for the other kinds.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class TopicSource {
  TopicSource() {}

  /**
   * The kind of source.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract SourceKind kind();

  /**
   * The reference in the source system: the ticket id of a hotline case, or e.g. a visit record
   * number.
   *
   * @return the reference; always present for {@link SourceKind#HOTLINE_12345}
   */
  @Value.Parameter
  public abstract Optional<String> reference();

  /**
   * A source without a reference.
   *
   * @param kind the kind, not {@link SourceKind#HOTLINE_12345}
   * @return the source
   * @throws InvalidModelException for the hotline kind, which needs its ticket id
   */
  public static TopicSource of(SourceKind kind) {
    return ImmutableTopicSource.of(kind, Optional.empty());
  }

  /**
   * A source with a reference.
   *
   * @param kind the kind
   * @param reference the reference, not blank
   * @return the source
   * @throws InvalidModelException if the reference is blank or {@code null}
   */
  public static TopicSource of(SourceKind kind, String reference) {
    return ImmutableTopicSource.of(kind, Optional.of(Checks.notNull("reference", reference)));
  }

  /**
   * A 12345 hotline case.
   *
   * @param ticketId the case's ticket id, not blank
   * @return the source
   * @throws InvalidModelException if the ticket id is blank
   */
  public static TopicSource hotline(String ticketId) {
    return of(SourceKind.HOTLINE_12345, ticketId);
  }

  @Value.Check
  void check() {
    if (kind() == SourceKind.HOTLINE_12345 && reference().isEmpty()) {
      throw new InvalidModelException(
          Path.of("reference"), "a 12345 hotline case needs its ticket id, was empty");
    }
    reference().ifPresent(r -> Checks.notBlank("reference", r));
  }
}
