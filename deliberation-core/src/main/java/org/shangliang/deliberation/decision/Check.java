package org.shangliang.deliberation.decision;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.internal.Checks;

/**
 * One exact comparison a decision rests on, e.g. "yes 5 of cast 6 ≥ 2/3: met". For a fraction the
 * comparison is {@code achieved × q ≥ p × whole} ({@code >} when strict); without one it is {@code
 * achieved ≥ whole} (a minimum) or {@code achieved < whole} (for {@link CheckKind#NO_BLOCK}).
 *
 * <p>A check on weight made on a tally that records no weights (a show of hands) is not {@link
 * #measured()}: it is never met, and its text says why.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Check {
  Check() {}

  /** @return what is checked */
  public abstract CheckKind kind();

  /** @return headcount or weight */
  public abstract Measure measure();

  /** @return what the whole is, for a fraction; empty for a minimum or a block */
  public abstract Optional<Base> base();

  /**
   * The count or weight reached.
   *
   * @return zero or more: at most 25 digits before the decimal point and 6 after (a total)
   */
  public abstract BigDecimal achieved();

  /**
   * The whole the fraction is of, or the minimum, or the blocking number.
   *
   * @return zero or more: at most 25 digits before the decimal point and 6 after (a total)
   */
  public abstract BigDecimal whole();

  /** @return the fraction required; empty for a minimum or a block */
  public abstract Optional<Fraction> fraction();

  /** @return whether the comparison is strict ({@code >}) */
  public abstract boolean strict();

  /** @return whether the comparison holds */
  public abstract boolean met();

  /**
   * Whether the measure could be taken: {@code false} for a check on {@link Measure#WEIGHT} made on a
   * tally that records no weights (a show of hands, {@link Tally#weighed()}). Such a check is never
   * met: a rule on weight cannot pass on heads alone.
   *
   * @return {@code true} unless set
   */
  @Value.Default
  public boolean measured() {
    return true;
  }

  /**
   * The comparison as text, e.g. {@code 赞成（人数）5 / 投票总数（含弃权） 6 ≥ 2/3：满足}.
   *
   * @param locale Chinese for language {@code zh}, English otherwise
   * @return the text
   */
  public String explain(Locale locale) {
    boolean zh = org.shangliang.deliberation.LocalizedText.isChinese(locale);
    StringBuilder text = new StringBuilder();
    text.append(kind().label(locale)).append(zh ? "（" : " (").append(measure().label(locale))
        .append(zh ? "）" : ") ").append(achieved().toPlainString());
    if (fraction().isPresent()) {
      text.append(" / ").append(base().map(b -> b.label(locale)).orElse("")).append(' ')
          .append(whole().toPlainString()).append(strict() ? " > " : " ≥ ").append(fraction().get());
    } else if (kind() == CheckKind.NO_BLOCK) {
      text.append(" < ").append(whole().toPlainString());
    } else {
      text.append(" ≥ ").append(whole().toPlainString());
    }
    text.append(zh ? "：" : ": ").append(met() ? (zh ? "满足" : "met") : (zh ? "不满足" : "not met"));
    if (!measured()) {
      text.append(zh ? "（举手表决不记权重，无法按权重计算）" : " (a show of hands records no weights)");
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return explain(Locale.ENGLISH);
  }

  @Value.Check
  void check() {
    Checks.total("achieved", achieved());
    Checks.notNegative("achieved", achieved());
    Checks.total("whole", whole());
    Checks.notNegative("whole", whole());
    if (fraction().isPresent() != base().isPresent()) {
      throw new InvalidModelException(
          Path.of("base"),
          "a fraction and its base go together, was fraction "
              + fraction().map(Fraction::toString).orElse("none") + ", base "
              + base().map(Base::name).orElse("none"));
    }
    if (!measured() && measure() != Measure.WEIGHT) {
      throw new InvalidModelException(
          Path.of("measured"), "only a check on weight can go unmeasured, was " + measure());
    }
    boolean holds;
    if (!measured()) {
      holds = false;
    } else if (fraction().isPresent()) {
      holds = fraction().get().isMetBy(achieved(), whole(), strict());
    } else if (kind() == CheckKind.NO_BLOCK) {
      holds = achieved().compareTo(whole()) < 0;
    } else {
      holds = achieved().compareTo(whole()) >= 0;
    }
    if (holds != met()) {
      throw new InvalidModelException(
          Path.of("met"), "contradicts the numbers " + explain(Locale.ENGLISH) + ", was " + met());
    }
  }

  /** A builder of checks. */
  public static final class Builder extends ImmutableCheck.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
