package kz.kepil.catalog.domain;

import kz.kepil.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SumRuleTest {

    private static SumRule.Candidate set(int year, String region, String amount) {
        return new SumRule.Candidate(year, region, Money.of(amount), false);
    }

    private final List<SumRule.Candidate> sums = List.of(
            set(2025, null, "100.00"), set(2026, null, "110.00"), set(2026, "KZ-75", "125.00"), set(2025, "KZ-71", "130.00"));

    @Test
    void theSumOfTheYearAskedIsInForce() {
        assertThat(SumRule.inForce(sums, null, 2025)).contains(Money.of("100.00"));
        assertThat(SumRule.inForce(sums, null, 2026)).contains(Money.of("110.00"));
    }

    @Test
    void aSumStaysInForceUntilALaterYearsSum() {
        assertThat(SumRule.inForce(sums, null, 2027)).contains(Money.of("110.00"));
        assertThat(SumRule.inForce(sums, null, 2024)).isEmpty();
    }

    @Test
    void aRegionsOwnSumBeatsTheNationalOneOfTheSameYear() {
        assertThat(SumRule.inForce(sums, "KZ-75", 2026)).contains(Money.of("125.00"));
        assertThat(SumRule.inForce(sums, "KZ-75", 2025)).contains(Money.of("100.00"));
        assertThat(SumRule.inForce(sums, "KZ-19", 2026)).contains(Money.of("110.00"));
    }

    @Test
    void aLaterNationalSumBeatsAnEarlierRegionalOne() {
        assertThat(SumRule.inForce(sums, "KZ-71", 2025)).contains(Money.of("130.00"));
        assertThat(SumRule.inForce(sums, "KZ-71", 2026)).contains(Money.of("110.00"));
    }

    @Test
    void aTypePricedInMciFollowsEachYearsIndexUnlessTheAuthoritySetAnAmount() {
        BigDecimal factor = new BigDecimal("2.100");
        List<SumRule.Candidate> candidates = List.of(
                SumRule.fromMci(factor, new Mci(2025, Money.of("3932.00"))),
                SumRule.fromMci(factor, new Mci(2026, Money.of("4325.00"))));
        assertThat(SumRule.inForce(candidates, null, 2025)).contains(Money.of("8257.20"));
        assertThat(SumRule.inForce(candidates, null, 2026)).contains(Money.of("9082.50"));
        List<SumRule.Candidate> withSet = new java.util.ArrayList<>(candidates);
        withSet.add(set(2026, null, "9500.00"));
        assertThat(SumRule.inForce(withSet, null, 2026)).contains(Money.of("9500.00"));
    }
}
