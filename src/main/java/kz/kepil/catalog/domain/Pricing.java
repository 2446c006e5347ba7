package kz.kepil.catalog.domain;

import kz.kepil.shared.domain.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * What a unit costs whom. The state pays at most the guaranteed sum per unit; the beneficiary pays the
 * top-up, {@code max(0, price − guaranteed sum)}; a product cheaper than the sum is paid at its price
 * and the difference is never paid out. Without a sum in force the state pays nothing and the whole
 * price is the top-up.
 */
public record Pricing(Money price, Optional<Money> guaranteedSum) {

    public Pricing {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(guaranteedSum, "guaranteedSum");
        if (price.isNegative() || price.isZero()) {
            throw new IllegalArgumentException("a price is positive");
        }
    }

    public static Pricing of(Money price, Money guaranteedSum) {
        return new Pricing(price, Optional.ofNullable(guaranteedSum));
    }

    /** What the state pays for one unit. */
    public Money stateAmount() {
        return guaranteedSum.map(price::min).orElse(Money.ZERO);
    }

    /** What the beneficiary pays for one unit. */
    public Money topUp() {
        return price.minus(stateAmount());
    }

    /** The amounts of an order of {@code quantity} units: each per-unit amount times the quantity. */
    public Amounts forQuantity(int quantity) {
        return forQuantity(quantity, quantity);
    }

    /**
     * The amounts of an order of which only {@code covered} units are within the yearly norm: the state
     * pays for those; the beneficiary pays the rest in full (types whose excess is at own expense).
     */
    public Amounts forQuantity(int quantity, int covered) {
        if (quantity <= 0 || covered < 0 || covered > quantity) {
            throw new IllegalArgumentException("a quantity is positive and covers at most itself");
        }
        Money state = stateAmount().times(covered);
        Money total = price.times(quantity);
        return new Amounts(price, guaranteedSum, quantity, state, total.minus(state), total);
    }

    /** Per-unit price and sum, and the totals of a quantity: state amount + top-up = total. */
    public record Amounts(Money price, Optional<Money> guaranteedSum, int quantity, Money stateAmount, Money topUp,
                          Money total) {
    }
}
