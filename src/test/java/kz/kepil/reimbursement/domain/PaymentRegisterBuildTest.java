package kz.kepil.reimbursement.domain;

import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A register built by the batch job: BUILDING with its progress, then a DRAFT whose total is the sum of its lines. */
class PaymentRegisterBuildTest {

    private static final Instant NOW = Instant.parse("2026-03-02T05:00:00Z");
    private static final LocalDate FROM = LocalDate.of(2026, 2, 1);
    private static final LocalDate TO = LocalDate.of(2026, 2, 28);
    private static final String MAKER = "850214300001";

    static PaymentRegister building(int claims) {
        return PaymentRegister.building("SD-75", null, FROM, TO, claims, 9_000, MAKER, NOW, NOW);
    }

    private static String code(Throwable e) {
        return ((DomainException) e).code();
    }

    @Test
    void aBuildingRegisterStartsWithoutLinesOverTheClaimsFound() {
        PaymentRegister r = building(250_000);
        assertThat(r.status()).isEqualTo(RegisterStatus.BUILDING);
        assertThat(r.lineCount()).isZero();
        assertThat(r.total()).isEqualTo(Money.ZERO);
        PaymentRegister.BuildProgress b = r.build().orElseThrow();
        assertThat(b.claimsToDo()).isEqualTo(250_000);
        assertThat(b.claimsDone()).isZero();
        assertThat(b.maxClaimId()).isEqualTo(9_000);
        assertThat(b.lastClaimId()).isEmpty();
        assertThat(b.percent()).isZero();
        assertThatThrownBy(() -> building(0)).satisfies(e -> assertThat(code(e)).isEqualTo("NO_READY_CLAIMS"));
        assertThatThrownBy(() -> PaymentRegister.building("SD-75", null, TO, FROM, 10, 1, MAKER, NOW, NOW))
                .satisfies(e -> assertThat(code(e)).isEqualTo("VALIDATION_FAILED"));
    }

    @Test
    void eachChunkAddsItsLinesAndMoneyAndMovesTheProgressPastItsLastClaim() {
        PaymentRegister r = building(3_000);
        r.buildStarted(41, NOW);
        r.chunkWritten(1_000, 1_000, Money.of("1500000.10"), 1_000, NOW);
        r.chunkWritten(1_000, 998, Money.of("1497000.05"), 2_004, NOW);
        PaymentRegister.BuildProgress b = r.build().orElseThrow();
        assertThat(b.claimsDone()).isEqualTo(2_000);
        assertThat(b.lastClaimId()).contains(2_004L);
        assertThat(b.percent()).isEqualTo(66);
        assertThat(b.executionId()).contains(41L);
        assertThat(b.attempts()).isEqualTo(1);
        assertThat(r.lineCount()).isEqualTo(1_998);
        assertThat(r.total()).isEqualTo(Money.of("2997000.15"));
        assertThatThrownBy(() -> r.chunkWritten(10, 11, Money.ZERO, 3_000, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLastStepMakesItADraftWithTheTotalTheDatabaseSummed() {
        PaymentRegister r = building(3);
        r.buildStarted(1, NOW);
        r.chunkWritten(3, 3, Money.of("30.00"), 3, NOW);
        r.built(3, Money.of("30.00"), NOW, NOW);
        assertThat(r.status()).isEqualTo(RegisterStatus.DRAFT);
        assertThat(r.total()).isEqualTo(Money.of("30.00"));
        assertThat(r.lineCount()).isEqualTo(3);
        assertThat(r.build().orElseThrow().builtAt()).contains(NOW);
        assertThat(r.build().orElseThrow().percent()).isEqualTo(100);
        assertThatThrownBy(() -> r.built(3, Money.of("30.00"), NOW, NOW)).satisfies(e -> assertThat(code(e)).isEqualTo("ILLEGAL_TRANSITION"));
        assertThatThrownBy(() -> r.chunkWritten(1, 1, Money.ZERO, 4, NOW)).satisfies(e -> assertThat(code(e)).isEqualTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void aBuildThatFoundEveryClaimTakenMeanwhileEndsDiscarded() {
        PaymentRegister r = building(2);
        r.chunkWritten(2, 0, Money.ZERO, 2, NOW);
        r.built(0, Money.ZERO, NOW, NOW);
        assertThat(r.status()).isEqualTo(RegisterStatus.DISCARDED);
    }

    @Test
    void aRegisterStillBuildingIsNeitherApprovedNorDiscarded() {
        PaymentRegister r = building(10);
        assertThatThrownBy(() -> r.approve("830422400003", 5, "ab".repeat(32), NOW))
                .satisfies(e -> assertThat(code(e)).isEqualTo("ILLEGAL_TRANSITION"));
        assertThatThrownBy(() -> r.discard(List.of(), MAKER)).satisfies(e -> assertThat(code(e)).isEqualTo("REGISTER_BUILDING"));
    }

    @Test
    void aBuildCountsAsStoppedOnlyOnceNoChunkWasWrittenForTheStaleTime() {
        PaymentRegister r = building(10);
        Duration stale = Duration.ofMinutes(1);
        assertThat(r.buildStale(NOW.plusSeconds(59), stale)).isFalse();
        assertThat(r.buildStale(NOW.plusSeconds(60), stale)).isTrue();
        r.chunkWritten(5, 5, Money.of("5.00"), 5, NOW.plusSeconds(50));
        assertThat(r.buildStale(NOW.plusSeconds(100), stale)).isFalse();
        r.buildInterrupted("execution 1 failed", NOW.plusSeconds(60));
        assertThat(r.build().orElseThrow().failure()).contains("execution 1 failed");
        assertThat(r.buildStale(NOW.plusSeconds(119), stale)).isFalse();
        r.buildResuming(NOW.plusSeconds(200));
        assertThat(r.buildStale(NOW.plusSeconds(259), stale)).isFalse();
        r.buildStarted(2, NOW.plusSeconds(201));
        assertThat(r.build().orElseThrow().failure()).isEmpty();
        assertThat(r.build().orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void aRegisterBuiltAtOnceHasNoBuildProgress() {
        Claim c = ClaimTest.claim();
        PaymentRegister r = new PaymentRegister("SD-75", null, FROM, TO, List.of(c), MAKER, NOW);
        assertThat(r.build()).isEmpty();
        assertThat(r.buildStale(NOW.plusSeconds(3600), Duration.ofMinutes(1))).isFalse();
    }
}
