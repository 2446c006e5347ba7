package kz.kepil.signing.infrastructure;

import kz.kepil.shared.domain.Bin;
import kz.kepil.shared.domain.Iin;
import kz.kepil.shared.domain.Sha256;
import kz.kepil.signing.domain.CertificateStatus;
import kz.kepil.signing.domain.CertificateStatus.Standing;
import kz.kepil.signing.infrastructure.pki.CertificateAuthority;
import kz.kepil.signing.infrastructure.pki.CertificateAuthority.Revocation;
import kz.kepil.signing.infrastructure.pki.CertificateHolder;
import kz.kepil.signing.infrastructure.pki.CertificatePurpose;
import kz.kepil.signing.infrastructure.pki.CmsSigner;
import kz.kepil.signing.infrastructure.pki.KeyAlgorithm;
import kz.kepil.signing.infrastructure.pki.KeyAndChain;
import kz.kepil.signing.infrastructure.pki.OrganisationRole;
import kz.kepil.signing.infrastructure.pki.Pem;
import kz.kepil.signing.infrastructure.pki.StaffMembership;
import kz.kepil.signing.infrastructure.pki.TestCertificationAuthority;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The standing of a stored signature's certificate under the current revocation lists, as the
 * registry's automatic rule reads it: revoked (from its revocation date), good, merely expired, or
 * unknown without an authentic, current CRL; and a CRL published into the trust directory counts at once.
 */
class CrlCertificateStatusCheckerTest {

    private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");
    private static final Instant YEAR_AGO = NOW.minus(Duration.ofDays(365));
    private static final Instant IN_A_YEAR = NOW.plus(Duration.ofDays(365));
    private static final String CEO_IIN = "800315300006";
    private static final byte[] CONTRACT = "{\"documentType\":\"SUPPLIER_PUBLIC_CONTRACT\"}".getBytes(StandardCharsets.UTF_8);

    private static TestCertificationAuthority pki;
    private static KeyAndChain ceo;

    @BeforeAll
    static void pki() {
        pki = TestCertificationAuthority.create(YEAR_AGO.minus(Duration.ofDays(1)));
        ceo = signatory(YEAR_AGO, IN_A_YEAR);
    }

    private static KeyAndChain signatory(Instant notBefore, Instant notAfter) {
        return pki.rsa().issue(CertificateHolder.staff(Iin.of(CEO_IIN), "Нұрланова", "Айгүл",
                        new StaffMembership("Мейірім медтехника", Bin.of("100440000004"), OrganisationRole.CEO)),
                CertificatePurpose.SIGNING, notBefore, notAfter);
    }

    private static byte[] contractSignedBy(KeyAndChain key, Instant at) {
        return new CmsSigner(Clock.fixed(at, ZoneOffset.UTC)).signDetached(key, CONTRACT);
    }

    private static X509CRL crl(Instant thisUpdate, Instant nextUpdate, Revocation... revocations) {
        return pki.rsa().crl(BigInteger.ONE, thisUpdate, nextUpdate, List.of(revocations));
    }

    private static Revocation revocation(KeyAndChain key, Instant at) {
        return new Revocation(serial(key), at, CRLReason.KEY_COMPROMISE);
    }

    private static BigInteger serial(KeyAndChain key) {
        return key.chain().get(0).getSerialNumber();
    }

    private static CrlCertificateStatusChecker checker(X509CRL... crls) {
        TrustMaterial material = TrustMaterial.of(List.of(pki.root().certificate(), pki.rsa().certificate(),
                pki.gost().certificate()), List.of(crls));
        return new CrlCertificateStatusChecker(() -> material, () -> "fixed");
    }

    @Test
    void aCertificateListedOnItsIssuersCrlIsRevokedFromItsRevocationDateWithTheReason() {
        Instant revokedAt = NOW.minus(Duration.ofHours(2));
        CertificateStatus status = checker(crl(NOW.minus(Duration.ofHours(1)), IN_A_YEAR, revocation(ceo, revokedAt)))
                .statusOf(contractSignedBy(ceo, NOW.minus(Duration.ofDays(30))), NOW);

        assertThat(status.standing()).isEqualTo(Standing.REVOKED);
        assertThat(status.revoked()).isTrue();
        assertThat(status.revokedAt()).isEqualTo(revokedAt);
        assertThat(status.reason()).isEqualTo("KEY_COMPROMISE");
    }

    @Test
    void theStatusNamesTheSignerAndTheCertificate() throws Exception {
        X509Certificate certificate = ceo.chain().get(0);

        CertificateStatus status = checker(crl(NOW.minus(Duration.ofHours(1)), IN_A_YEAR))
                .statusOf(contractSignedBy(ceo, NOW), NOW);

        assertThat(status.signerIin()).isEqualTo(CEO_IIN);
        assertThat(status.signerName()).isEqualTo("Нұрланова Айгүл");
        assertThat(status.serialNumber()).isEqualToIgnoringCase(certificate.getSerialNumber().toString(16));
        assertThat(status.sha256()).isEqualTo(Sha256.hex(certificate.getEncoded()));
        assertThat(status.issuer()).contains(TestCertificationAuthority.RSA_CA_NAME);
        assertThat(status.notAfter()).isEqualTo(certificate.getNotAfter().toInstant());
    }

    @Test
    void aCertificateTheCurrentCrlDoesNotListIsGood() {
        KeyAndChain other = signatory(YEAR_AGO, IN_A_YEAR);

        CertificateStatus status = checker(crl(NOW.minus(Duration.ofHours(1)), IN_A_YEAR, revocation(other, NOW.minus(Duration.ofDays(1)))))
                .statusOf(contractSignedBy(ceo, NOW), NOW);

        assertThat(status.standing()).isEqualTo(Standing.GOOD);
        assertThat(status.revokedAt()).isNull();
    }

    @Test
    void aRevocationDatedLaterThanNowDoesNotCountYet() {
        X509CRL crl = crl(NOW.minus(Duration.ofHours(1)), IN_A_YEAR, revocation(ceo, NOW.plus(Duration.ofDays(1))));

        assertThat(checker(crl).statusOf(contractSignedBy(ceo, NOW), NOW).standing()).isEqualTo(Standing.GOOD);
        assertThat(checker(crl).statusOf(contractSignedBy(ceo, NOW), NOW.plus(Duration.ofDays(2))).standing())
                .isEqualTo(Standing.REVOKED);
    }

    @Test
    void anExpiredCertificateNotListedIsExpiredNotRevoked() {
        KeyAndChain expired = signatory(YEAR_AGO, NOW.minus(Duration.ofDays(1)));

        CertificateStatus status = checker(crl(NOW.minus(Duration.ofHours(1)), IN_A_YEAR))
                .statusOf(contractSignedBy(expired, NOW.minus(Duration.ofDays(30))), NOW);

        assertThat(status.standing()).isEqualTo(Standing.EXPIRED);
        assertThat(status.revoked()).isFalse();
    }

    @Test
    void aRevokedCertificateStaysRevokedWhenItHasAlsoExpired() {
        KeyAndChain expired = signatory(YEAR_AGO, NOW.minus(Duration.ofDays(1)));

        CertificateStatus status = checker(crl(NOW.minus(Duration.ofHours(1)), IN_A_YEAR,
                revocation(expired, NOW.minus(Duration.ofDays(10)))))
                .statusOf(contractSignedBy(expired, NOW.minus(Duration.ofDays(30))), NOW);

        assertThat(status.standing()).isEqualTo(Standing.REVOKED);
    }

    @Test
    void withoutAnAuthenticCurrentCrlTheStandingIsUnknownNotGood() {
        byte[] cms = contractSignedBy(ceo, NOW);
        CertificateAuthority impostor = CertificateAuthority.selfSignedRoot(TestCertificationAuthority.RSA_CA_NAME,
                KeyAlgorithm.rsaKeyPair(2048), YEAR_AGO, IN_A_YEAR);
        X509CRL forged = impostor.crl(BigInteger.TWO, NOW.minus(Duration.ofHours(1)), IN_A_YEAR, List.of());
        X509CRL stale = crl(NOW.minus(Duration.ofDays(60)), NOW.minus(Duration.ofDays(1)));

        assertThat(checker().statusOf(cms, NOW).standing()).as("no CRL").isEqualTo(Standing.UNKNOWN);
        assertThat(checker(forged).statusOf(cms, NOW).standing()).as("not the issuer's").isEqualTo(Standing.UNKNOWN);
        assertThat(checker(stale).statusOf(cms, NOW).standing()).as("past its next update").isEqualTo(Standing.UNKNOWN);
    }

    @Test
    void aRevocationOnAStaleCrlStillCounts() {
        X509CRL stale = crl(NOW.minus(Duration.ofDays(60)), NOW.minus(Duration.ofDays(1)),
                revocation(ceo, NOW.minus(Duration.ofDays(59))));

        assertThat(checker(stale).statusOf(contractSignedBy(ceo, NOW.minus(Duration.ofDays(90))), NOW).standing())
                .isEqualTo(Standing.REVOKED);
    }

    @Test
    void bytesThatAreNoSignatureAreRefused() {
        assertThatThrownBy(() -> checker().statusOf("no CMS".getBytes(StandardCharsets.UTF_8), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCrlPublishedIntoTheTrustDirectoryCountsAtOnceWithoutARestart(@TempDir Path dir) {
        Instant now = Instant.now();
        KeyAndChain current = signatory(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
        Pem.write(dir.resolve("root-ca.pem"), List.of(pki.root().certificate()));
        Pem.write(dir.resolve("rsa-ca.pem"), List.of(pki.rsa().certificate()));
        X509CRL empty = crl(now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(30)));
        TestCertificationAuthority.saveCrl(dir, KeyAlgorithm.RSA, empty);
        ConfiguredTrust trust = new ConfiguredTrust(Optional.of(dir.toString()));
        CrlCertificateStatusChecker checker = new CrlCertificateStatusChecker(trust::current, trust::version);
        byte[] cms = contractSignedBy(current, now);
        String before = checker.trustVersion();
        assertThat(checker.statusOf(cms, now).standing()).isEqualTo(Standing.GOOD);

        X509CRL next = pki.rsa().withRevocation(empty, revocation(current, now.minus(Duration.ofMinutes(1))),
                now, now.plus(Duration.ofDays(30)));
        TestCertificationAuthority.saveCrl(dir, KeyAlgorithm.RSA, next);

        assertThat(checker.trustVersion()).as("a check starts by reading the directory").isNotEqualTo(before);
        assertThat(checker.statusOf(cms, now).standing()).isEqualTo(Standing.REVOKED);
        assertThat(trust.current().revocationListOf(current.chain().get(0).getIssuerX500Principal()).orElseThrow()
                .entry(serial(current))).as("the verifier's view too").isPresent();
    }
}
