package kz.kepil.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import kz.kepil.catalog.domain.Pricing;
import kz.kepil.shared.domain.Money;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The amounts an order or a monthly act fixes once signed, in tenge: the price and guaranteed sum of a
 * unit, and for the quantity what the state pays, the beneficiary's top-up and the total
 * ({@code price}, {@code guaranteed_sum}, {@code state_amount}, {@code top_up}, {@code total}).
 */
@Embeddable
public class FixedAmounts {

    @Column(name = "price", nullable = false, precision = 19, scale = 2)
    private BigDecimal price;

    @Column(name = "guaranteed_sum", nullable = false, precision = 19, scale = 2)
    private BigDecimal guaranteedSum;

    @Column(name = "state_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal stateAmount;

    @Column(name = "top_up", nullable = false, precision = 19, scale = 2)
    private BigDecimal topUp;

    @Column(name = "total", nullable = false, precision = 19, scale = 2)
    private BigDecimal total;

    protected FixedAmounts() {
    }

    /** The amounts of a quantity at {@code guaranteedSum} a unit. */
    public FixedAmounts(Pricing.Amounts a, Money guaranteedSum) {
        this.price = a.price().amount();
        this.guaranteedSum = guaranteedSum.amount();
        this.stateAmount = a.stateAmount().amount();
        this.topUp = a.topUp().amount();
        this.total = a.total().amount();
    }

    /** Whether {@code a}, at the sum in force {@code sum}, are these amounts to the tiyn. */
    public boolean sameAs(Pricing.Amounts a, Optional<Money> sum) {
        return a.total().amount().compareTo(total) == 0 && a.topUp().amount().compareTo(topUp) == 0
                && a.stateAmount().amount().compareTo(stateAmount) == 0
                && sum.map(s -> s.amount().compareTo(guaranteedSum) == 0).orElse(false);
    }

    public Money price() {
        return Money.of(price);
    }

    public Money guaranteedSum() {
        return Money.of(guaranteedSum);
    }

    public Money stateAmount() {
        return Money.of(stateAmount);
    }

    public Money topUp() {
        return Money.of(topUp);
    }

    public Money total() {
        return Money.of(total);
    }

    /** For the audit trail: {@code price= sum= state= topUp=}. */
    public String auditSummary() {
        return "price=" + price.toPlainString() + " sum=" + guaranteedSum.toPlainString() + " state=" + stateAmount.toPlainString()
                + " topUp=" + topUp.toPlainString();
    }
}
