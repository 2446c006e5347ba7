package kz.kepil.ordering.domain;

import kz.kepil.catalog.domain.Pricing;
import kz.kepil.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The amounts an order fixes: what the draft showed is what is signed, to the tiyn, or nothing is. */
class FixedAmountsTest {

    private static final Money SUM = Money.of("61250.00");

    @Test
    void theAmountsOfAQuantityAreFixedWithTheSumPerUnit() {
        FixedAmounts fixed = new FixedAmounts(Pricing.of(Money.of("65000.00"), SUM).forQuantity(2), SUM);

        assertThat(fixed.price()).isEqualTo(Money.of("65000.00"));
        assertThat(fixed.guaranteedSum()).isEqualTo(SUM);
        assertThat(fixed.stateAmount()).isEqualTo(Money.of("122500.00"));
        assertThat(fixed.topUp()).isEqualTo(Money.of("7500.00"));
        assertThat(fixed.total()).isEqualTo(Money.of("130000.00"));
        assertThat(fixed.auditSummary()).isEqualTo("price=65000.00 sum=61250.00 state=122500.00 topUp=7500.00");
    }

    @Test
    void theSamePriceAndSumGiveTheSameAmounts() {
        Pricing pricing = Pricing.of(Money.of("65000.00"), SUM);
        FixedAmounts fixed = new FixedAmounts(pricing.forQuantity(2), SUM);

        assertThat(fixed.sameAs(pricing.forQuantity(2), Optional.of(Money.of("61250")))).isTrue();
    }

    @Test
    void aNewPriceANewSumOrNoSumAtAllAreOtherTerms() {
        Pricing pricing = Pricing.of(Money.of("65000.00"), SUM);
        FixedAmounts fixed = new FixedAmounts(pricing.forQuantity(2), SUM);
        Money newSum = Money.of("63000.00");

        assertThat(fixed.sameAs(Pricing.of(Money.of("65000.01"), SUM).forQuantity(2), Optional.of(SUM))).isFalse();
        assertThat(fixed.sameAs(Pricing.of(Money.of("65000.00"), newSum).forQuantity(2), Optional.of(newSum))).isFalse();
        assertThat(fixed.sameAs(pricing.forQuantity(2), Optional.empty())).isFalse();
    }

    @Test
    void aNewSumIsOtherTermsEvenWhenACheaperProductCostsTheStateTheSame() {
        Pricing cheap = Pricing.of(Money.of("50000.00"), SUM);
        FixedAmounts fixed = new FixedAmounts(cheap.forQuantity(1), SUM);
        Money newSum = Money.of("63000.00");

        assertThat(Pricing.of(Money.of("50000.00"), newSum).forQuantity(1).stateAmount()).isEqualTo(fixed.stateAmount());
        assertThat(fixed.sameAs(Pricing.of(Money.of("50000.00"), newSum).forQuantity(1), Optional.of(newSum))).isFalse();
    }
}
