package org.shangliang.deliberation.outcome;

import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;
import org.shangliang.deliberation.LocalizedText;

/**
 * An outcome kind with the facts that decided it, each as a sentence in Chinese and English.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Classification {
  Classification() {}

  /** @return the kind */
  public abstract OutcomeKind kind();

  /** @return the facts that decided it, in the order the classifier weighed them */
  public abstract List<LocalizedText> reasons();

  /**
   * The classification as text: the kind, then each reason.
   *
   * @param locale Chinese for language {@code zh}, English otherwise
   * @return the text
   */
  public String explain(Locale locale) {
    StringBuilder text = new StringBuilder(kind().label(locale));
    for (LocalizedText reason : reasons()) {
      text.append("\n  ").append(reason.in(locale));
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return explain(Locale.ENGLISH);
  }

  /** A builder of classifications. */
  public static final class Builder extends ImmutableClassification.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
