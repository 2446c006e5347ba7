package kz.kepil.testsupport;

import kz.kepil.signing.infrastructure.pki.CertificateAuthority.Revocation;
import kz.kepil.signing.infrastructure.pki.KeyAlgorithm;
import kz.kepil.signing.infrastructure.pki.Pem;
import kz.kepil.signing.infrastructure.pki.TestCertificationAuthority;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The test portal's trust material ({@code target/it-trust}, a copy of {@code certs/ca} made by the build):
 * a test revokes certificates it issued itself by publishing the RSA authority's next CRL there, signed with
 * the authority's key from {@code certs/ca}. The new list keeps every serial the previous one listed (the
 * committed revoked test certificates, other tests' revocations); the repository is never written.
 */
public final class TestTrust {

    public static final Path DIR = Path.of(System.getProperty("kepil.it.trustDir", "target/it-trust"));

    private TestTrust() {
    }

    /** Revokes the certificates (issued by the RSA test authority) from a minute ago, as key compromise. */
    public static synchronized void revoke(X509Certificate... certificates) {
        TestCertificationAuthority ca = TestCertificationAuthority.load(DemoKeys.CERTS.resolve("ca"),
                TestCertificationAuthority.CA_PASSWORD.toCharArray());
        Path file = TestCertificationAuthority.crlFile(DIR, KeyAlgorithm.RSA);
        X509CRL crl = Pem.readCrl(file);
        Instant now = Instant.now();
        Instant nextUpdate = crl.getNextUpdate().toInstant().isAfter(now.plus(Duration.ofDays(30)))
                ? crl.getNextUpdate().toInstant() : now.plus(Duration.ofDays(30));
        for (X509Certificate certificate : certificates) {
            crl = ca.rsa().withRevocation(crl, new Revocation(certificate.getSerialNumber(), now.minus(Duration.ofMinutes(1)),
                    CRLReason.KEY_COMPROMISE), now, nextUpdate);
        }
        // Written beside the directory and moved in whole: the portal never reads half a list.
        Path next = DIR.resolveSibling(DIR.getFileName() + "-rsa-ca.crl.next");
        Pem.write(next, List.of(crl));
        try {
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot publish the CRL into " + DIR + ": " + e.getMessage(), e);
        }
    }

    /** The serials the RSA authority's current list names. */
    public static List<java.math.BigInteger> revokedSerials() {
        X509CRL crl = Pem.readCrl(TestCertificationAuthority.crlFile(DIR, KeyAlgorithm.RSA));
        return crl.getRevokedCertificates() == null ? List.of()
                : crl.getRevokedCertificates().stream().map(java.security.cert.X509CRLEntry::getSerialNumber).toList();
    }
}
