package kz.kepil.signing.infrastructure.pki;

import org.junit.jupiter.api.Test;

import java.security.cert.CertPathValidatorException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.INDIVIDUAL;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.NOT_AFTER;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.NOT_BEFORE;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.NOW;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.pki;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.staff;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificationPathTest {

    @Test
    void rsaKeysChainThroughTheRsaAuthorityToTheRoot() throws Exception {
        for (CertificatePurpose purpose : CertificatePurpose.values()) {
            KeyAndChain key = pki().rsa().issue(staff(OrganisationRole.CEO), purpose, NOT_BEFORE, NOT_AFTER);

            assertThat(key.chain()).extracting(X509Certificate::getSubjectX500Principal).containsExactly(
                    key.certificate().getSubjectX500Principal(),
                    pki().rsa().certificate().getSubjectX500Principal(),
                    pki().root().certificate().getSubjectX500Principal());
            assertThat(validate(key.chain(), pki().root().certificate(), NOW).getTrustAnchor().getTrustedCert())
                    .isEqualTo(pki().root().certificate());
        }
    }

    @Test
    void gostKeysChainThroughTheGostAuthorityToTheRoot() throws Exception {
        KeyAndChain key = pki().gost().issue(INDIVIDUAL, CertificatePurpose.SIGNING, NOT_BEFORE, NOT_AFTER);

        assertThat(key.chain()).containsExactly(key.certificate(), pki().gost().certificate(),
                pki().root().certificate());
        assertThat(validate(key.chain(), pki().root().certificate(), NOW).getPublicKey())
                .isEqualTo(key.certificate().getPublicKey());
    }

    @Test
    void certificateOfAnUnknownAuthorityDoesNotChainToTheRoot() {
        CertificateAuthority unknown = CertificateAuthority.selfSignedRoot("Kepil Unknown CA",
                KeyAlgorithm.RSA.generateKeyPair(), NOT_BEFORE, NOT_AFTER);
        KeyAndChain key = unknown.issue(INDIVIDUAL, CertificatePurpose.SIGNING, NOT_BEFORE, NOT_AFTER);

        assertThatThrownBy(() -> validate(List.of(key.certificate()), pki().root().certificate(), NOW))
                .isInstanceOf(CertPathValidatorException.class);
    }

    @Test
    void expiredCertificateValidatesOnlyForItsValidityPeriod() throws Exception {
        Instant notBefore = Instant.parse("2023-01-01T00:00:00Z");
        Instant notAfter = Instant.parse("2024-01-01T00:00:00Z");
        KeyAndChain key = pki().rsa().issue(INDIVIDUAL, CertificatePurpose.SIGNING, notBefore, notAfter);

        assertThat(validate(key.chain(), pki().root().certificate(), Instant.parse("2023-06-01T00:00:00Z")))
                .isNotNull();
        assertThatThrownBy(() -> validate(key.chain(), pki().root().certificate(), NOW))
                .isInstanceOf(CertPathValidatorException.class);
    }

    @Test
    void authoritiesWereAlreadyValidFiveYearsAgoSoOlderTestCertificatesChain() {
        Instant fourYearsAgo = NOW.minus(Duration.ofDays(4 * 365));

        for (CertificateAuthority authority : List.of(pki().root(), pki().rsa(), pki().gost())) {
            assertThat(authority.certificate().getNotBefore().toInstant()).isBefore(fourYearsAgo);
        }
    }
}
