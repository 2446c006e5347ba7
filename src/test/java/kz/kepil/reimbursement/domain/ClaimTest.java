package kz.kepil.reimbursement.domain;

import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimTest {

    private static final Instant NOW = Instant.parse("2026-03-02T05:00:00Z");

    static Claim claim() {
        return new Claim(new Claim.Source(7, "O-7", "SD-75", 3, "850214300001", 11, "HYG-1", 30, Money.of("100.00"),
                Money.of("3000.00"), NOW, NOW, "ab".repeat(32), 1, 2, 3, 4), NOW);
    }

    private static String code(Throwable e) {
        return ((DomainException) e).code();
    }

    @Test
    void aClaimIsReadyOnlyWhenEveryCheckPassedAndFailedWithTheFirstReasonOtherwise() {
        Claim c = claim();
        assertThat(c.status()).isEqualTo(ClaimStatus.PENDING_CHECKS);
        c.checked(List.of(ClaimCheck.pass("A", "ok"), ClaimCheck.fail("B", "signature 4: SIGNATURE_INVALID"),
                ClaimCheck.fail("C", "later")), NOW);
        assertThat(c.status()).isEqualTo(ClaimStatus.FAILED);
        assertThat(c.failure()).contains("B: signature 4: SIGNATURE_INVALID");
        assertThat(c.checks()).extracting(ClaimCheck::name).containsExactly("A", "B", "C");
        c.checked(List.of(ClaimCheck.pass("A", "ok\tfine"), ClaimCheck.pass("B", "ok")), NOW);
        assertThat(c.status()).isEqualTo(ClaimStatus.READY);
        assertThat(c.failure()).isEmpty();
        assertThat(c.checks().get(0).detail()).isEqualTo("ok fine");
    }

    @Test
    void onlyAReadyClaimGoesIntoARegisterAndIsPaidOnceWithIt() {
        Claim c = claim();
        assertThatThrownBy(() -> c.registerIn(5)).satisfies(e -> assertThat(code(e)).isEqualTo("CLAIM_NOT_READY"));
        c.checked(List.of(ClaimCheck.pass("A", "ok")), NOW);
        c.registerIn(5);
        assertThat(c.status()).isEqualTo(ClaimStatus.IN_REGISTER);
        assertThatThrownBy(() -> c.registerIn(6)).satisfies(e -> assertThat(code(e)).isEqualTo("CLAIM_NOT_READY"));
        assertThatThrownBy(() -> c.reimbursed(6, NOW)).satisfies(e -> assertThat(code(e)).isEqualTo("ALREADY_PAID"));
        c.reimbursed(5, NOW);
        assertThat(c.status()).isEqualTo(ClaimStatus.REIMBURSED);
        assertThatThrownBy(() -> c.reimbursed(5, NOW)).satisfies(e -> assertThat(code(e)).isEqualTo("ALREADY_PAID"));
        assertThatThrownBy(() -> c.checked(List.of(ClaimCheck.pass("A", "ok")), NOW))
                .satisfies(e -> assertThat(code(e)).isEqualTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void aRejectionNeedsAReasonAndEndsTheClaim() {
        Claim c = claim();
        assertThatThrownBy(() -> c.reject(" ", "iin:1", NOW)).satisfies(e -> assertThat(code(e)).isEqualTo("VALIDATION_FAILED"));
        c.reject("no delivery seen", "iin:1", NOW);
        assertThat(c.status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(c.rejectedReason()).contains("no delivery seen");
        assertThatThrownBy(() -> c.checked(List.of(ClaimCheck.pass("A", "ok")), NOW))
                .satisfies(e -> assertThat(code(e)).isEqualTo("ILLEGAL_TRANSITION"));
    }
}
