package kz.kepil.shared.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in tenge, always held with two decimals (tiyn). Anything with more decimals is rounded half-up
 * on the way in, so 1.5 and 1.50 are the same amount and compare, hash and print alike.
 *
 * <p>Negative amounts are allowed because differences (a refund, a correction, an overdrawn budget line) are
 * amounts too; callers for whom a negative is illegal ask {@link #isNegative()}.
 */
public final class Money implements Comparable<Money> {

    private static final int SCALE = 2;
    private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount.setScale(SCALE, ROUNDING);
    }

    public static Money of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        return new Money(amount);
    }

    /**
     * Parses a plain decimal such as "1234.5" or "-10".
     *
     * @throws NumberFormatException if the text is not a decimal number
     */
    public static Money of(String amount) {
        Objects.requireNonNull(amount, "amount");
        return new Money(new BigDecimal(amount));
    }

    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)));
    }

    /** Multiplies by a rate or share; the product is rounded half-up to tiyn. */
    public Money times(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        return new Money(amount.multiply(factor));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        // Both sides always have scale 2, so BigDecimal.equals agrees with compareTo here.
        return o instanceof Money && ((Money) o).amount.equals(amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /** Plain notation with two decimals, e.g. "1234.50"; never exponent notation. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
