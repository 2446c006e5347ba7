package kz.kepil.catalog.domain;

import kz.kepil.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PricingTest {

    @Test
    void topUpIsPriceMinusGuaranteedSumPerUnit() {
        Pricing p = Pricing.of(Money.of("250.00"), Money.of("180.50"));
        assertThat(p.stateAmount()).isEqualTo(Money.of("180.50"));
        assertThat(p.topUp()).isEqualTo(Money.of("69.50"));
    }

    @Test
    void aCheaperProductIsPaidAtItsPriceAndTheDifferenceIsNeverPaidOut() {
        Pricing p = Pricing.of(Money.of("150.00"), Money.of("180.50"));
        assertThat(p.stateAmount()).isEqualTo(Money.of("150.00"));
        assertThat(p.topUp()).isEqualTo(Money.ZERO);
    }

    @Test
    void aProductPricedAtTheSumHasNoTopUp() {
        Pricing p = Pricing.of(Money.of("180.50"), Money.of("180.50"));
        assertThat(p.topUp()).isEqualTo(Money.ZERO);
        assertThat(p.stateAmount()).isEqualTo(Money.of("180.50"));
    }

    @Test
    void withoutASumInForceTheWholePriceIsTopUp() {
        Pricing p = new Pricing(Money.of("99.99"), Optional.empty());
        assertThat(p.stateAmount()).isEqualTo(Money.ZERO);
        assertThat(p.topUp()).isEqualTo(Money.of("99.99"));
    }

    @Test
    void quantityMultipliesEachPerUnitAmountAndStatePlusTopUpIsTheTotal() {
        Pricing.Amounts a = Pricing.of(Money.of("210.35"), Money.of("185.00")).forQuantity(120);
        assertThat(a.total()).isEqualTo(Money.of("25242.00"));
        assertThat(a.stateAmount()).isEqualTo(Money.of("22200.00"));
        assertThat(a.topUp()).isEqualTo(Money.of("3042.00"));
        assertThat(a.stateAmount().plus(a.topUp())).isEqualTo(a.total());
    }

    @Test
    void aPriceIsPositiveAndAQuantityToo() {
        assertThatThrownBy(() -> Pricing.of(Money.ZERO, Money.of("1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pricing.of(Money.of("1"), Money.of("1")).forQuantity(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unitsAboveTheNormAtOwnExpenseArePaidWhollyByTheBeneficiary() {
        Pricing.Amounts a = Pricing.of(Money.of("9500.00"), Money.of("9082.50")).forQuantity(16, 10);
        assertThat(a.stateAmount()).isEqualTo(Money.of("90825.00"));
        assertThat(a.total()).isEqualTo(Money.of("152000.00"));
        assertThat(a.topUp()).isEqualTo(Money.of("61175.00"));
    }
}
