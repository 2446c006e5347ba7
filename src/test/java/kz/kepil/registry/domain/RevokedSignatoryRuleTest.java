package kz.kepil.registry.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The automatic rule "a revoked signatory certificate suspends the supplier" (DOMAIN.md §5), stated. */
class RevokedSignatoryRuleTest {

    private static final Instant REVOKED_AT = Instant.parse("2026-11-20T09:00:00Z");

    private static SignatoryCertificate revoked(String sha256) {
        return new SignatoryCertificate(sha256, "9C4DA785", "C=KZ,O=Kepil test PKI (simulation),CN=Kepil Test RSA CA",
                "800315300006", "Нұрланова Айгүл", true, REVOKED_AT, "KEY_COMPROMISE");
    }

    private static SignatoryCertificate notRevoked(String sha256) {
        return new SignatoryCertificate(sha256, "1A2B", "C=KZ,CN=Kepil Test RSA CA", "920721400008", "Омарова Дана",
                false, null, null);
    }

    @Test
    void aListedSupplierWhoseSignatoryCertificateIsRevokedIsSuspended() {
        List<SignatoryCertificate> act = RevokedSignatoryRule.toActOn(SupplierStatus.LISTED,
                List.of(notRevoked("good"), revoked("bad")), Set.of());

        assertThat(act).extracting(SignatoryCertificate::sha256).containsExactly("bad");
    }

    @Test
    void certificatesNotRevokedSuspendNobody() {
        assertThat(RevokedSignatoryRule.toActOn(SupplierStatus.LISTED, List.of(notRevoked("a"), notRevoked("b")), Set.of()))
                .isEmpty();
        assertThat(RevokedSignatoryRule.toActOn(SupplierStatus.LISTED, List.of(), Set.of())).isEmpty();
    }

    @Test
    void aCertificateActedOnOnceNeverSuspendsTheSupplierAgain() {
        assertThat(RevokedSignatoryRule.toActOn(SupplierStatus.LISTED, List.of(revoked("bad")), Set.of("bad"))).isEmpty();
        assertThat(RevokedSignatoryRule.toActOn(SupplierStatus.LISTED, List.of(revoked("bad"), revoked("worse")), Set.of("bad")))
                .extracting(SignatoryCertificate::sha256).containsExactly("worse");
    }

    @Test
    void theSameCertificateOfTwoSignaturesCountsOnce() {
        assertThat(RevokedSignatoryRule.toActOn(SupplierStatus.LISTED, List.of(revoked("bad"), revoked("bad")), Set.of()))
                .hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = SupplierStatus.class, names = "LISTED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAListedSupplierIsSuspendedByTheRule(SupplierStatus status) {
        assertThat(RevokedSignatoryRule.toActOn(status, List.of(revoked("bad")), Set.of())).isEmpty();
    }

    @Test
    void theNoteNamesTheSignatoryTheCertificateAndTheRevocation() {
        String note = RevokedSignatoryRule.note(List.of(revoked("bad")));

        assertThat(note).contains("9C4DA785").contains("Нұрланова Айгүл").contains("800315300006")
                .contains("Kepil Test RSA CA").contains("2026-11-20T09:00:00Z").contains("KEY_COMPROMISE");
    }

    @Test
    void theNoteFitsTheDecision() {
        String note = RevokedSignatoryRule.note(Collections.nCopies(40, revoked("bad")));

        assertThat(note).hasSizeLessThanOrEqualTo(RevokedSignatoryRule.NOTE_MAX);
    }
}
