package kz.kepil.catalog.domain;

import kz.kepil.shared.domain.Money;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which guaranteed sum is in force for a type, a region and a year. Sums run from 1 January of their
 * year until a later year's sum: the latest year not after the one asked wins. Within that year a
 * region's own sum beats the national one, and a sum the authority set beats one derived from the MCI
 * (types priced in MCI, such as the sign-language specialist's hour at 2.1 MCI, follow each year's index
 * unless the authority set an amount).
 */
public final class SumRule {

    private SumRule() {
    }

    /** A candidate: a year, a region or none, an amount, and whether it was derived from the MCI. */
    public record Candidate(int year, String regionCode, Money amount, boolean derived) {
    }

    public static Optional<Money> inForce(Collection<Candidate> candidates, String regionCode, int year) {
        return candidates.stream()
                .filter(c -> c.year() <= year)
                .filter(c -> c.regionCode() == null || c.regionCode().equals(regionCode))
                .max(Comparator.comparingInt(Candidate::year)
                        .thenComparing(c -> c.regionCode() != null)
                        .thenComparing(c -> !c.derived()))
                .map(Candidate::amount);
    }

    /** The candidate of one year's MCI for a type priced in MCI: factor × index, rounded to tiyn. */
    public static Candidate fromMci(BigDecimal factor, Mci mci) {
        return new Candidate(mci.year(), null, mci.amount().times(factor), true);
    }

    public static Candidate of(GuaranteedSum sum) {
        return new Candidate(sum.year(), sum.regionCode().orElse(null), sum.amount(), false);
    }
}
