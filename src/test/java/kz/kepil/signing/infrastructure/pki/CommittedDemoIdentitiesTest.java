package kz.kepil.signing.infrastructure.pki;

import kz.kepil.signing.domain.KzOids;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CRLReason;
import java.security.cert.CertPathValidatorException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.subject;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The key files committed in {@code certs/} are what certs/README.md documents: the passwords, the IINs and
 * BINs of the demo users, and the special test certificates. Regenerating the PKI must keep this true.
 */
class CommittedDemoIdentitiesTest {

    private static final Path CERTS = Path.of("certs");
    private static final char[] PASSWORD = "kepil-demo".toCharArray();
    private static final Instant NOW = Instant.now();

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "authority,         750512300009, -,            -",
            "esobes,            700101300005, 050340000009, 1.2.398.3.3.4.1.2.2",
            "supplier1-ceo,     800315300006, 100440000004, 1.2.398.3.3.4.1.2.1",
            "supplier1-manager, 920721400008, 100440000004, 1.2.398.3.3.4.1.2.5",
            "supplier2-ceo,     761130300007, 150740000004, 1.2.398.3.3.4.1.2.1",
            "beneficiary1,      850214300001, -,            -",
            "beneficiary2,      120630600009, -,            -",
            "representative,    840708400006, -,            -",
            "akimat-specialist, 880909400009, 990340000004, 1.2.398.3.3.4.1.2.2",
            "finance-officer,   900101300007, 990340000004, 1.2.398.3.3.4.1.2.3",
            "finance-approver,  830422400003, 990340000004, 1.2.398.3.3.4.1.2.3",
            "auditor,           790909300004, -,            -",
            "sms-gateway,       700101300025, 060340000010, 1.2.398.3.3.4.1.2.2",
            "beneficiary1-gost, 850214300001, -,            -"})
    void demoUserHasAuthenticationAndSigningKeyFilesWithTheDocumentedIinAndBin(String login, String iin, String bin,
                                                                               String role) throws Exception {
        for (CertificatePurpose purpose : CertificatePurpose.values()) {
            KeyAndChain key = Pkcs12.load(CERTS.resolve("demo/" + login + "-" + purpose.fileSuffix() + ".p12"), PASSWORD);
            X509Certificate certificate = key.certificate();

            assertThat(subject(certificate, BCStyle.SERIALNUMBER)).hasValue("IIN" + iin);
            assertThat(subject(certificate, BCStyle.OU)).isEqualTo(Optional.ofNullable(bin).map(b -> "BIN" + b));
            List<String> ekus = certificate.getExtendedKeyUsage();
            if (bin == null) {
                assertThat(ekus).contains(KzOids.INDIVIDUAL).doesNotContain(KzOids.ORGANISATION);
            } else {
                assertThat(ekus).contains(KzOids.ORGANISATION, role).doesNotContain(KzOids.INDIVIDUAL);
            }
            assertThat(ekus.contains(KzOids.CLIENT_AUTH)).isEqualTo(purpose == CertificatePurpose.AUTHENTICATION);
            assertThat(certificate.getKeyUsage()[1]).as("non-repudiation")
                    .isEqualTo(purpose == CertificatePurpose.SIGNING);
            assertThat(key.chain()).hasSize(3);
            validate(key.chain(), committedRoot(), NOW);
        }
    }

    @Test
    void rsaDemoFilesAlsoOpenWithTheJdkKeyStore() throws Exception {
        try (Stream<Path> files = Files.list(CERTS.resolve("demo"))) {
            List<Path> rsaFiles = files.filter(f -> !f.getFileName().toString().contains("gost")).sorted().toList();
            assertThat(rsaFiles).hasSize(2 * DemoIdentities.users().size());
            for (Path file : rsaFiles) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, PASSWORD);
                }
                String alias = store.aliases().nextElement();
                assertThat(alias + ".p12").isEqualTo(file.getFileName().toString());
                assertThat(store.isKeyEntry(alias)).isTrue();
                assertThat(store.getCertificateChain(alias)).hasSize(3);
            }
        }
    }

    @Test
    void gostDemoFilesHoldGostKeysFromTheGostAuthority() {
        KeyAndChain key = Pkcs12.load(CERTS.resolve("demo/beneficiary1-gost-sign.p12"), PASSWORD);

        assertThat(KeyAlgorithm.of(key.privateKey())).isEqualTo(KeyAlgorithm.GOST);
        assertThat(key.chain().get(1)).isEqualTo(Pem.readCertificate(CERTS.resolve("ca/gost-ca.pem")));
    }

    @Test
    void revokedTestCertificatesAreListedInTheCommittedRsaCrlForKeyCompromise() throws Exception {
        X509CRL crl = Pem.readCrl(CERTS.resolve("ca/rsa-ca.crl"));
        crl.verify(Pem.readCertificate(CERTS.resolve("ca/rsa-ca.pem")).getPublicKey());

        for (CertificatePurpose purpose : CertificatePurpose.values()) {
            X509Certificate revoked = testCertificate("revoked-" + purpose.fileSuffix());
            assertThat(subject(revoked, BCStyle.SERIALNUMBER)).hasValue("IIN870101300128");
            assertThat(crl.getRevokedCertificate(revoked).getRevocationReason()).isEqualTo(CRLReason.KEY_COMPROMISE);
            assertThat(crl.getRevokedCertificate(revoked).getRevocationDate().toInstant()).isBefore(NOW);
            validate(Pkcs12.load(testFile("revoked-" + purpose.fileSuffix()), PASSWORD).chain(), committedRoot(), NOW);
        }
        assertThat(crl.isRevoked(Pkcs12.load(CERTS.resolve("demo/beneficiary1-sign.p12"), PASSWORD).certificate()))
                .isFalse();
    }

    @Test
    void committedCrlsAreCurrentAndSignedByTheirAuthorities() throws Exception {
        for (String name : List.of("rsa-ca", "gost-ca")) {
            X509CRL crl = Pem.readCrl(CERTS.resolve("ca/" + name + ".crl"));
            X509Certificate authority = Pem.readCertificate(CERTS.resolve("ca/" + name + ".pem"));

            crl.verify(authority.getPublicKey());
            assertThat(crl.getIssuerX500Principal()).isEqualTo(authority.getSubjectX500Principal());
            assertThat(crl.getThisUpdate().toInstant()).isBefore(NOW);
            assertThat(crl.getNextUpdate().toInstant()).isAfter(NOW);
        }
    }

    @Test
    void expiredTestCertificateWasValidOnlyDuring2023() throws Exception {
        KeyAndChain key = Pkcs12.load(testFile("expired-sign"), PASSWORD);

        assertThat(subject(key.certificate(), BCStyle.SERIALNUMBER)).hasValue("IIN910505400130");
        assertThat(key.certificate().getNotBefore().toInstant()).isEqualTo("2023-01-01T00:00:00Z");
        assertThat(key.certificate().getNotAfter().toInstant()).isEqualTo("2024-01-01T00:00:00Z");
        validate(key.chain(), committedRoot(), Instant.parse("2023-06-01T00:00:00Z"));
        assertThatThrownBy(() -> validate(key.chain(), committedRoot(), NOW))
                .isInstanceOf(CertPathValidatorException.class);
    }

    @Test
    void unknownCaTestCertificateDoesNotChainToTheTestRoot() {
        KeyAndChain key = Pkcs12.load(testFile("unknown-ca-sign"), PASSWORD);

        assertThat(subject(key.certificate(), BCStyle.SERIALNUMBER)).hasValue("IIN780303300147");
        assertThat(key.chain().get(1)).isEqualTo(Pem.readCertificate(CERTS.resolve("test/unknown-ca.pem")));
        assertThatThrownBy(() -> validate(List.of(key.certificate()), committedRoot(), NOW))
                .isInstanceOf(CertPathValidatorException.class);
    }

    @Test
    void authorityKeyFilesOpenWithTheCaPasswordAndMatchThePublishedCertificates() {
        TestCertificationAuthority pki = TestCertificationAuthority.load(CERTS.resolve("ca"), "kepil-test-ca".toCharArray());

        assertThat(pki.root().certificate()).isEqualTo(committedRoot());
        assertThat(pki.rsa().certificate()).isEqualTo(Pem.readCertificate(CERTS.resolve("ca/rsa-ca.pem")));
        assertThat(pki.gost().certificate()).isEqualTo(Pem.readCertificate(CERTS.resolve("ca/gost-ca.pem")));
        assertThat(pki.gost().algorithm()).isEqualTo(KeyAlgorithm.GOST);
    }

    @Test
    void onlyTheTestRootAndItsIssuingAuthoritiesArePublishedAsTrustMaterial() throws Exception {
        try (Stream<Path> files = Files.list(CERTS.resolve("ca"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(".p12")))
                    .containsExactlyInAnyOrder("root-ca.pem", "rsa-ca.pem", "gost-ca.pem", "rsa-ca.crl", "gost-ca.crl");
        }
    }

    private static X509Certificate committedRoot() {
        return Pem.readCertificate(CERTS.resolve("ca/root-ca.pem"));
    }

    private static Path testFile(String name) {
        return CERTS.resolve("test/" + name + ".p12");
    }

    private static X509Certificate testCertificate(String name) {
        return Pkcs12.load(testFile(name), PASSWORD).certificate();
    }
}
