package org.shangliang.deliberation;

/**
 * Thrown when a value of the model cannot exist: a required field is missing or {@code null}, an
 * identifier is blank or holds a character outside its alphabet, a number, instant or duration is
 * out of its range, a collection holds duplicates, or a unit tree is malformed.
 *
 * <p>This is the one exception type for <em>malformed</em> input, everywhere in the library: every
 * factory, builder and check of the model throws it (or an internal subclass of it) and nothing
 * else for a malformed value, and so do the builder of a validator and the queries that take an
 * argument the value does not know (a unit not in a jurisdiction). It names where the fault is as a
 * {@link #path()} in the same form as a violation's path ({@code ballots[3].weight}), relative to
 * the value being built (a field of the type itself is just {@code endedAt}; a container's check on
 * its elements names the element, {@code attendance[2].at}), and the {@link #fault()}, which quotes
 * the offending value (at most 64 characters of it, then {@code …} and its full length) unless the
 * field holds personal data, in which case only the fault is named. The message is the path, a
 * colon and the fault ({@code weight: must not be negative, was -2}), or the fault alone at the
 * root path. A caller that builds a value inside a larger one (a reader of JSON, say) can anchor
 * the path with {@link #under(Path)}.
 *
 * <p>A record that is well formed but breaks a procedure rule is never reported by an exception: it
 * yields a violation in a validation report. A {@code null} argument to an operation (not a field
 * of a value) may still raise {@link NullPointerException}, as documented where it does.
 */
public class InvalidModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The path, kept as text so that the exception stays serializable. */
  private final String path;

  private final String fault;

  /**
   * Creates the exception.
   *
   * @param path where the fault is, relative to the value being built; the root path for the value
   *     as a whole
   * @param fault what is wrong, e.g. {@code "must not be negative, was -2"}
   */
  public InvalidModelException(Path path, String fault) {
    super(message(path.toString(), fault));
    this.path = path.toString();
    this.fault = fault;
  }

  private static String message(String path, String fault) {
    return path.isEmpty() ? fault : path + ": " + fault;
  }

  /**
   * Where the fault is, relative to the value that was being built.
   *
   * @return the path; the root path when the value as a whole is at fault
   */
  public Path path() {
    return Path.parse(path);
  }

  /**
   * What is wrong, without the path.
   *
   * @return the fault, e.g. {@code "must not be negative, was -2"}
   */
  public String fault() {
    return fault;
  }

  /**
   * The same fault, with its path anchored under a parent path: {@code
   * e.under(Path.of("meetings").index(0))} turns {@code ballots[3].weight} into {@code
   * meetings[0].ballots[3].weight}.
   *
   * @param parent the path of the value that holds the one at fault
   * @return a new exception with the longer path, the same fault and this one as its cause
   */
  public InvalidModelException under(Path parent) {
    InvalidModelException anchored = new InvalidModelException(parent.resolve(path()), fault);
    anchored.initCause(this);
    return anchored;
  }
}
