package org.shangliang.deliberation.topic;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;

/**
 * Public money a topic involves, in yuan (CNY). Where public money is spent, discipline inspection,
 * finance and audit join the supervision.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13); docs/domain.md "Duties and supervision".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class PublicFunds {
  PublicFunds() {}

  /**
   * The amount in yuan.
   *
   * @return the amount, zero or more, exactly as given (scale kept): at most 15 digits before the
   *     decimal point and 6 after
   */
  @Value.Parameter
  public abstract BigDecimal amount();

  /**
   * Public funds of an amount.
   *
   * @param amountYuan the amount in yuan, zero or more, at most 15 digits before the point and 6
   *     after
   * @return the funds
   * @throws org.shangliang.deliberation.InvalidModelException if the amount is negative or has more
   *     digits
   */
  public static PublicFunds of(BigDecimal amountYuan) {
    return ImmutablePublicFunds.of(amountYuan);
  }

  @Value.Check
  void check() {
    Checks.decimal("amount", amount());
    Checks.notNegative("amount", amount());
  }
}
