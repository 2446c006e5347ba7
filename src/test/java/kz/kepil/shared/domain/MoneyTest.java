package kz.kepil.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void moneyIsAlwaysScaleTwo() {
        assertThat(Money.of("5").amount().scale()).isEqualTo(2);
        assertThat(Money.of("1234.5")).hasToString("1234.50");
        assertThat(Money.of(new BigDecimal("7.1")).amount()).isEqualByComparingTo("7.10").hasScaleOf(2);
        assertThat(Money.ZERO).hasToString("0.00");
        assertThat(Money.of("1E+3")).hasToString("1000.00");
    }

    @Test
    void equalAmountsWithDifferentScaleAreEqual() {
        Money a = Money.of("1.5");
        Money b = Money.of(new BigDecimal("1.50"));
        Money c = Money.of(new BigDecimal("1.500"));
        assertThat(a).isEqualTo(b).isEqualTo(c).hasSameHashCodeAs(b).hasSameHashCodeAs(c);
        assertThat(a.compareTo(b)).isZero();
        assertThat(a).isNotEqualTo(Money.of("1.51"));
    }

    @Test
    void extraDecimalsAreRoundedHalfUp() {
        assertThat(Money.of("1.005")).hasToString("1.01");
        assertThat(Money.of("1.0049")).hasToString("1.00");
        assertThat(Money.of("-1.005")).hasToString("-1.01");
        assertThat(Money.of("-0.004")).isEqualTo(Money.ZERO);
    }

    @Test
    void additionIsExact() {
        assertThat(Money.of("0.1").plus(Money.of("0.2"))).isEqualTo(Money.of("0.30"));
        assertThat(Money.of("1000000000000.01").plus(Money.of("0.01"))).hasToString("1000000000000.02");
    }

    @Test
    void subtractionMayGoNegative() {
        Money difference = Money.of("100.00").minus(Money.of("150.25"));
        assertThat(difference).hasToString("-50.25");
        assertThat(difference.isNegative()).isTrue();
        assertThat(Money.ZERO.isNegative()).isFalse();
        assertThat(Money.of("0.01").isNegative()).isFalse();
        assertThat(Money.of("50").minus(Money.of("50.00")).isZero()).isTrue();
    }

    @Test
    void timesQuantityMultipliesExactly() {
        assertThat(Money.of("1234.50").times(3)).hasToString("3703.50");
        assertThat(Money.of("19.99").times(0)).isEqualTo(Money.ZERO);
        assertThat(Money.of("19.99").times(-2)).hasToString("-39.98");
    }

    @Test
    void timesFactorRoundsHalfUpToTiyn() {
        assertThat(Money.of("1000").times(new BigDecimal("0.125"))).hasToString("125.00");
        assertThat(Money.of("10.01").times(new BigDecimal("0.5"))).hasToString("5.01");
        assertThat(Money.of("10.03").times(new BigDecimal("0.5"))).hasToString("5.02");
        assertThat(Money.of("33.33").times(new BigDecimal("0.333"))).hasToString("11.10");
    }

    @Test
    void comparisonsFollowTheAmount() {
        Money small = Money.of("10.00");
        Money large = Money.of("10.01");
        assertThat(large.isGreaterThan(small)).isTrue();
        assertThat(small.isGreaterThan(large)).isFalse();
        assertThat(small.isGreaterThan(Money.of("10"))).isFalse();
        assertThat(small.min(large)).isSameAs(small);
        assertThat(small.max(large)).isSameAs(large);
        assertThat(Money.of("-5").min(Money.ZERO)).isEqualTo(Money.of("-5.00"));
        assertThat(small.compareTo(large)).isNegative();
        assertThat(large.compareTo(small)).isPositive();
    }

    @Test
    void missingOrMalformedAmountIsRefused() {
        assertThatThrownBy(() -> Money.of((String) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Money.of((BigDecimal) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Money.of("12,50")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Money.of("")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Money.of("1").times(null)).isInstanceOf(NullPointerException.class);
    }
}
