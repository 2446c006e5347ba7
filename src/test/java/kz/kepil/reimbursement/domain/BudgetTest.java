package kz.kepil.reimbursement.domain;

import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetTest {

    private static final Instant NOW = Instant.parse("2026-03-02T05:00:00Z");

    private static Budget allocated(String amount) {
        Budget b = new Budget("SD-75", 2026, NOW);
        b.allocate(Money.of(amount), NOW);
        return b;
    }

    @Test
    void availableIsAllocatedLessCommittedLessSpent() {
        Budget b = allocated("1000.00");
        b.reserve(Money.of("300.00"), NOW);
        b.reserve(Money.of("200.00"), NOW);
        b.spend(Money.of("200.00"), NOW);
        assertThat(b.committed()).isEqualTo(Money.of("300.00"));
        assertThat(b.spent()).isEqualTo(Money.of("200.00"));
        assertThat(b.available()).isEqualTo(Money.of("500.00"));
    }

    @Test
    void aReservationBeyondWhatIsAvailableIsRefusedAndChangesNothing() {
        Budget b = allocated("1000.00");
        b.reserve(Money.of("999.99"), NOW);
        assertThatThrownBy(() -> b.reserve(Money.of("0.02"), NOW)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("BUDGET_EXCEEDED");
        assertThat(b.committed()).isEqualTo(Money.of("999.99"));
        b.reserve(Money.of("0.01"), NOW);
        assertThat(b.available()).isEqualTo(Money.ZERO);
    }

    @Test
    void nothingAllocatedMeansNothingCanBeReserved() {
        Budget b = new Budget("SD-75", 2026, NOW);
        assertThatThrownBy(() -> b.reserve(Money.of("0.01"), NOW)).extracting(e -> ((DomainException) e).code())
                .isEqualTo("BUDGET_EXCEEDED");
    }

    @Test
    void aReleaseGivesBackTheCommitmentAndSpendingMovesItToSpent() {
        Budget b = allocated("1000.00");
        b.reserve(Money.of("400.00"), NOW);
        b.release(Money.of("400.00"), NOW);
        assertThat(b.available()).isEqualTo(Money.of("1000.00"));
        b.reserve(Money.of("400.00"), NOW);
        b.spend(Money.of("400.00"), NOW);
        assertThat(b.committed()).isEqualTo(Money.ZERO);
        assertThat(b.available()).isEqualTo(Money.of("600.00"));
    }

    @Test
    void moreThanIsCommittedIsNeverReleasedNorSpent() {
        Budget b = allocated("1000.00");
        b.reserve(Money.of("100.00"), NOW);
        assertThatThrownBy(() -> b.spend(Money.of("100.01"), NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> b.release(Money.of("100.01"), NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(b.committed()).isEqualTo(Money.of("100.00"));
    }

    @Test
    void theAllocationNeverFallsBelowWhatIsCommittedAndSpent() {
        Budget b = allocated("1000.00");
        b.reserve(Money.of("300.00"), NOW);
        b.spend(Money.of("100.00"), NOW);
        assertThatThrownBy(() -> b.allocate(Money.of("299.99"), NOW)).extracting(e -> ((DomainException) e).code())
                .isEqualTo("BUDGET_BELOW_COMMITMENTS");
        assertThat(b.allocate(Money.of("300.00"), NOW)).isEqualTo(Money.of("-700.00"));
        assertThat(b.available()).isEqualTo(Money.ZERO);
    }
}
