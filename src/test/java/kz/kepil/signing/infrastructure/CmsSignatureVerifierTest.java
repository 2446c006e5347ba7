package kz.kepil.signing.infrastructure;

import kz.kepil.shared.domain.Bin;
import kz.kepil.shared.domain.Iin;
import kz.kepil.signing.domain.HolderRole;
import kz.kepil.signing.domain.KeyPurpose;
import kz.kepil.signing.domain.SignatureCheck;
import kz.kepil.signing.domain.SignatureFailure;
import kz.kepil.signing.domain.SignatureRequirement;
import kz.kepil.signing.domain.VerificationReport;
import kz.kepil.signing.infrastructure.pki.CertificateAuthority;
import kz.kepil.signing.infrastructure.pki.CertificateAuthority.Revocation;
import kz.kepil.signing.infrastructure.pki.CertificateHolder;
import kz.kepil.signing.infrastructure.pki.CmsSigner;
import kz.kepil.signing.infrastructure.pki.KeyAlgorithm;
import kz.kepil.signing.infrastructure.pki.KeyAndChain;
import kz.kepil.signing.infrastructure.pki.OrganisationRole;
import kz.kepil.signing.infrastructure.pki.PersonalKeys;
import kz.kepil.signing.infrastructure.pki.StaffMembership;
import kz.kepil.signing.infrastructure.pki.TestCertificationAuthority;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of signature verification (DOMAIN.md §7), stated as a test against an in-memory test
 * PKI: what passes, and every failure with its code.
 */
class CmsSignatureVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");
    private static final Instant YEAR_AGO = NOW.minus(Duration.ofDays(365));
    private static final Instant IN_A_YEAR = NOW.plus(Duration.ofDays(365));
    private static final byte[] DOCUMENT = "{\"documentType\":\"ORDER\",\"orderId\":17,\"price\":\"45000.00\"}"
            .getBytes(StandardCharsets.UTF_8);

    private static final String ASAN = "850214300001";
    private static final String DANA = "920721400008";
    private static final String AIGUL = "800315300006";
    private static final String SUPPLIER_BIN = "100440000004";

    private static TestCertificationAuthority pki;
    private static PersonalKeys asan;
    private static PersonalKeys asanGost;
    private static PersonalKeys aigulCeo;
    private static PersonalKeys danaEmployee;
    private static PersonalKeys expired;
    private static PersonalKeys revoked;
    private static X509CRL rsaCrl;
    private static X509CRL gostCrl;

    @BeforeAll
    static void pki() {
        pki = TestCertificationAuthority.create(YEAR_AGO.minus(Duration.ofDays(1)));
        asan = pki.issue(CertificateHolder.individual(Iin.of(ASAN), "Қасымов", "Асан"), KeyAlgorithm.RSA, YEAR_AGO, IN_A_YEAR);
        asanGost = pki.issue(CertificateHolder.individual(Iin.of(ASAN), "Қасымов", "Асан"), KeyAlgorithm.GOST, YEAR_AGO, IN_A_YEAR);
        StaffMembership ceo = new StaffMembership("Мейірім медтехника", Bin.of(SUPPLIER_BIN), OrganisationRole.CEO);
        StaffMembership employee = new StaffMembership("Мейірім медтехника", Bin.of(SUPPLIER_BIN), OrganisationRole.EMPLOYEE);
        aigulCeo = pki.issue(CertificateHolder.staff(Iin.of(AIGUL), "Нұрланова", "Айгүл", ceo), KeyAlgorithm.RSA, YEAR_AGO, IN_A_YEAR);
        danaEmployee = pki.issue(CertificateHolder.staff(Iin.of(DANA), "Омарова", "Дана", employee), KeyAlgorithm.RSA, YEAR_AGO, IN_A_YEAR);
        expired = pki.issue(CertificateHolder.individual(Iin.of(DANA), "Омарова", "Дана"), KeyAlgorithm.RSA,
                YEAR_AGO, NOW.minus(Duration.ofDays(30)));
        revoked = pki.issue(CertificateHolder.individual(Iin.of(DANA), "Омарова", "Дана"), KeyAlgorithm.RSA, YEAR_AGO, IN_A_YEAR);
        rsaCrl = pki.rsa().crl(BigInteger.ONE, NOW.minus(Duration.ofDays(1)), IN_A_YEAR, List.of(new Revocation(
                revoked.signing().chain().get(0).getSerialNumber(), NOW.minus(Duration.ofDays(2)), CRLReason.KEY_COMPROMISE)));
        gostCrl = pki.gost().crl(BigInteger.ONE, NOW.minus(Duration.ofDays(1)), IN_A_YEAR, List.of());
    }

    private static CmsSignatureVerifier verifier(X509CRL... crls) {
        List<X509Certificate> certificates = new ArrayList<>();
        certificates.add(pki.root().certificate());
        certificates.add(pki.rsa().certificate());
        certificates.add(pki.gost().certificate());
        TrustMaterial material = new TrustMaterial(certificates, List.of(crls));
        return new CmsSignatureVerifier(() -> material);
    }

    private static byte[] sign(KeyAndChain key, byte[] content, Instant at) {
        return new CmsSigner(Clock.fixed(at, ZoneOffset.UTC)).signDetached(key, content);
    }

    private static VerificationReport verify(byte[] cms, SignatureRequirement requirement) {
        return verifier(rsaCrl, gostCrl).verify(DOCUMENT, cms, requirement, NOW);
    }

    @Test
    void rsaSignatureOfTheExactDocumentPassesEveryCheck() {
        VerificationReport report = verify(sign(asan.signing(), DOCUMENT, NOW), SignatureRequirement.person(ASAN));

        assertThat(report.valid()).as(report.checks().toString()).isTrue();
        assertThat(report.checks()).extracting(VerificationReport.CheckResult::check).containsExactly(
                SignatureCheck.DIGEST, SignatureCheck.SIGNATURE, SignatureCheck.CHAIN, SignatureCheck.VALIDITY,
                SignatureCheck.REVOCATION, SignatureCheck.KEY_USAGE, SignatureCheck.SIGNER);
        assertThat(report.signer().iin()).isEqualTo(ASAN);
        assertThat(report.signer().fullName()).isEqualTo("Қасымов Асан");
        assertThat(report.signer().roles()).containsExactly(HolderRole.INDIVIDUAL);
        assertThat(report.signedAt()).isEqualTo(NOW);
        assertThat(report.revocationStatus()).startsWith("GOOD");
    }

    @Test
    void gostSignaturePassesEveryCheck() {
        VerificationReport report = verify(sign(asanGost.signing(), DOCUMENT, NOW), SignatureRequirement.person(ASAN));

        assertThat(report.valid()).as(report.checks().toString()).isTrue();
    }

    @Test
    void documentChangedAfterSigningIsSignatureInvalid() {
        byte[] cms = sign(asan.signing(), DOCUMENT, NOW);
        byte[] tampered = "{\"documentType\":\"ORDER\",\"orderId\":17,\"price\":\"4500.00\"}".getBytes(StandardCharsets.UTF_8);

        VerificationReport report = verifier(rsaCrl, gostCrl).verify(tampered, cms, SignatureRequirement.person(ASAN), NOW);

        assertThat(report.firstFailure()).contains(SignatureFailure.SIGNATURE_INVALID);
        assertThat(report.failureDetail()).contains("differs");
    }

    @Test
    void bytesThatAreNoSignatureAreSignatureInvalid() {
        VerificationReport report = verify("not a signature".getBytes(StandardCharsets.UTF_8), SignatureRequirement.anySigner());

        assertThat(report.firstFailure()).contains(SignatureFailure.SIGNATURE_INVALID);
        assertThat(report.signer()).isNull();
    }

    @Test
    void anotherPersonsCertificateIsSignerMismatch() {
        VerificationReport report = verify(sign(revoked.signing(), DOCUMENT, NOW), SignatureRequirement.person(ASAN));

        assertThat(report.checks()).anySatisfy(c -> {
            assertThat(c.check()).isEqualTo(SignatureCheck.SIGNER);
            assertThat(c.passed()).isFalse();
        });
        VerificationReport other = verify(sign(danaEmployee.signing(), DOCUMENT, NOW), SignatureRequirement.person(ASAN));
        assertThat(other.firstFailure()).contains(SignatureFailure.SIGNER_MISMATCH);
    }

    @Test
    void certificateFromAnUnknownAuthorityIsUntrusted() {
        CertificateAuthority unknown = TestCertificationAuthority.create(YEAR_AGO).rsa();
        KeyAndChain stranger = unknown.issue(CertificateHolder.individual(Iin.of(ASAN), "Қасымов", "Асан"),
                kz.kepil.signing.infrastructure.pki.CertificatePurpose.SIGNING, YEAR_AGO, IN_A_YEAR);

        VerificationReport report = verify(sign(stranger, DOCUMENT, NOW), SignatureRequirement.person(ASAN));

        assertThat(report.firstFailure()).contains(SignatureFailure.CERTIFICATE_UNTRUSTED);
    }

    @Test
    void signatureMadeAfterTheCertificateExpiredIsExpired() {
        VerificationReport report = verify(sign(expired.signing(), DOCUMENT, NOW), SignatureRequirement.person(DANA));

        assertThat(report.firstFailure()).contains(SignatureFailure.CERTIFICATE_EXPIRED);
    }

    @Test
    void signatureMadeWhileTheCertificateWasValidStaysValidAfterItExpires() {
        Instant whileValid = NOW.minus(Duration.ofDays(60));

        VerificationReport report = verify(sign(expired.signing(), DOCUMENT, whileValid), SignatureRequirement.person(DANA));

        assertThat(report.valid()).as(report.checks().toString()).isTrue();
        assertThat(report.signedAt()).isEqualTo(whileValid);
    }

    @Test
    void revokedCertificateIsRevoked() {
        VerificationReport report = verify(sign(revoked.signing(), DOCUMENT, NOW), SignatureRequirement.person(DANA));

        assertThat(report.firstFailure()).contains(SignatureFailure.CERTIFICATE_REVOKED);
        assertThat(report.revocationStatus()).startsWith("REVOKED");
    }

    @Test
    void withoutTheIssuersRevocationListTheStatusIsUnknownAndRefused() {
        VerificationReport report = verifier(gostCrl).verify(DOCUMENT, sign(asan.signing(), DOCUMENT, NOW),
                SignatureRequirement.person(ASAN), NOW);

        assertThat(report.firstFailure()).contains(SignatureFailure.REVOCATION_STATUS_UNKNOWN);
    }

    @Test
    void anOutdatedRevocationListIsNotTrusted() {
        X509CRL stale = pki.rsa().crl(BigInteger.TWO, YEAR_AGO, NOW.minus(Duration.ofDays(1)), List.of());

        VerificationReport report = verifier(stale, gostCrl).verify(DOCUMENT, sign(asan.signing(), DOCUMENT, NOW),
                SignatureRequirement.person(ASAN), NOW);

        assertThat(report.firstFailure()).contains(SignatureFailure.REVOCATION_STATUS_UNKNOWN);
    }

    @Test
    void revocationListOfAnImpostorAuthorityWithTheSameNameIsNotTrusted() {
        X509CRL forged = TestCertificationAuthority.create(YEAR_AGO).rsa().crl(BigInteger.TEN, NOW.minus(Duration.ofHours(1)),
                IN_A_YEAR, List.of());

        VerificationReport report = verifier(forged, gostCrl).verify(DOCUMENT, sign(revoked.signing(), DOCUMENT, NOW),
                SignatureRequirement.person(DANA), NOW);

        assertThat(report.firstFailure()).contains(SignatureFailure.REVOCATION_STATUS_UNKNOWN);
        assertThat(report.failureDetail()).contains("not signed by its authority");
    }

    @Test
    void aPathValidatedBeforeNeverSkipsTheValidityAndRevocationChecks() {
        CmsSignatureVerifier verifier = verifier(rsaCrl, gostCrl);
        Instant whileValid = NOW.minus(Duration.ofDays(60));
        assertThat(verifier.verify(DOCUMENT, sign(expired.signing(), DOCUMENT, whileValid), SignatureRequirement.person(DANA), NOW)
                .valid()).isTrue();

        VerificationReport afterExpiry = verifier.verify(DOCUMENT, sign(expired.signing(), DOCUMENT, NOW),
                SignatureRequirement.person(DANA), NOW);

        assertThat(afterExpiry.firstFailure()).contains(SignatureFailure.CERTIFICATE_EXPIRED);
    }

    @Test
    void authenticationKeyUsedToSignADocumentIsKeyUsageInvalid() {
        VerificationReport report = verify(sign(asan.authentication(), DOCUMENT, NOW), SignatureRequirement.person(ASAN));

        assertThat(report.firstFailure()).contains(SignatureFailure.KEY_USAGE_INVALID);
        assertThat(report.failureDetail()).contains("authentication");
    }

    @Test
    void signingKeyUsedToSignInIsKeyUsageInvalid() {
        VerificationReport report = verify(sign(asan.signing(), DOCUMENT, NOW), SignatureRequirement.signIn());

        assertThat(report.firstFailure()).contains(SignatureFailure.KEY_USAGE_INVALID);
        assertThat(verify(sign(asan.authentication(), DOCUMENT, NOW), SignatureRequirement.signIn()).valid()).isTrue();
    }

    @Test
    void organisationsActSignedByAnEmployeeWithoutSigningRightsIsRoleMissing() {
        VerificationReport report = verify(sign(danaEmployee.signing(), DOCUMENT, NOW), SignatureRequirement.organisation(SUPPLIER_BIN));

        assertThat(report.firstFailure()).contains(SignatureFailure.SIGNER_ROLE_MISSING);
        assertThat(verify(sign(aigulCeo.signing(), DOCUMENT, NOW), SignatureRequirement.organisation(SUPPLIER_BIN)).valid()).isTrue();
    }

    @Test
    void organisationsActSignedForAnotherBinIsSignerMismatch() {
        VerificationReport report = verify(sign(aigulCeo.signing(), DOCUMENT, NOW), SignatureRequirement.organisation("150740000004"));

        assertThat(report.firstFailure()).contains(SignatureFailure.SIGNER_MISMATCH);
        assertThat(report.failureDetail()).contains("150740000004");
    }

    @Test
    void privatePersonCannotSignForAnOrganisation() {
        VerificationReport report = verify(sign(asan.signing(), DOCUMENT, NOW), SignatureRequirement.organisation(SUPPLIER_BIN));

        assertThat(report.firstFailure()).contains(SignatureFailure.SIGNER_MISMATCH);
    }

    @Test
    void signingTimeInTheFutureIsRefused() {
        VerificationReport report = verify(sign(asan.signing(), DOCUMENT, NOW.plus(Duration.ofHours(1))),
                SignatureRequirement.person(ASAN));

        assertThat(report.firstFailure()).contains(SignatureFailure.SIGNATURE_INVALID);
        assertThat(report.failureDetail()).contains("future");
    }

    @Test
    void staffCertificateNamesPersonOrganisationAndRole() {
        VerificationReport report = verify(sign(aigulCeo.signing(), DOCUMENT, NOW),
                new SignatureRequirement(KeyPurpose.SIGNING, AIGUL, SUPPLIER_BIN, Set.of(HolderRole.CEO)));

        assertThat(report.valid()).isTrue();
        assertThat(report.signer().bin()).isEqualTo(SUPPLIER_BIN);
        assertThat(report.signer().organisation()).isEqualTo("Мейірім медтехника");
        assertThat(report.signer().roles()).contains(HolderRole.ORGANISATION, HolderRole.CEO);
        assertThat(report.certificate().subject()).contains("SERIALNUMBER=IIN" + AIGUL).contains("SURNAME=Нұрланова")
                .doesNotContain("#");
    }

    @Test
    void organisationNameKeepsItsQuotesUnescaped() {
        StaffMembership quoted = new StaffMembership("\"Мейірім медтехника\" ЖШС", Bin.of(SUPPLIER_BIN), OrganisationRole.CEO);
        PersonalKeys keys = pki.issue(CertificateHolder.staff(Iin.of(AIGUL), "Нұрланова", "Айгүл", quoted), KeyAlgorithm.RSA,
                YEAR_AGO, IN_A_YEAR);

        VerificationReport report = verify(sign(keys.signing(), DOCUMENT, NOW), SignatureRequirement.organisation(SUPPLIER_BIN));

        assertThat(report.signer().organisation()).isEqualTo("\"Мейірім медтехника\" ЖШС");
    }
}
