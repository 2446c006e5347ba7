package kz.kepil.signing.infrastructure.pki;

import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The simulated national certification authority: a root that certifies an RSA and a GOST issuing authority.
 * For development and tests only; its private keys are committed with the project, so nothing it issues
 * proves anything outside this simulation.
 *
 * <p>On disk (the {@code certs/ca} directory) each authority has a PKCS#12 file with its key and chain, a PEM
 * certificate, and for the issuing authorities a PEM revocation list.
 */
public final class TestCertificationAuthority {

    public static final String ROOT_NAME = "Kepil Test Root CA";
    public static final String RSA_CA_NAME = "Kepil Test RSA CA";
    public static final String GOST_CA_NAME = "Kepil Test GOST CA";
    /** Documentation only: nothing serves these addresses; the portal is configured with the CRL files. */
    public static final URI RSA_CRL_URI = URI.create("http://pki.kepil.test/crl/rsa-ca.crl");
    public static final URI GOST_CRL_URI = URI.create("http://pki.kepil.test/crl/gost-ca.crl");
    /** The password of the authorities' PKCS#12 files: a test PKI has no secrets. */
    public static final String CA_PASSWORD = "kepil-test-ca";

    private static final int ROOT_RSA_BITS = 4096;
    private static final int ISSUING_RSA_BITS = 3072;
    private static final String ROOT_FILE = "root-ca";
    private static final String RSA_FILE = "rsa-ca";
    private static final String GOST_FILE = "gost-ca";

    private final CertificateAuthority root;
    private final CertificateAuthority rsa;
    private final CertificateAuthority gost;

    private TestCertificationAuthority(CertificateAuthority root, CertificateAuthority rsa, CertificateAuthority gost) {
        this.root = Objects.requireNonNull(root, "root");
        this.rsa = Objects.requireNonNull(rsa, "rsa");
        this.gost = Objects.requireNonNull(gost, "gost");
    }

    /**
     * New keys for all three authorities. Their validity starts five years before {@code now}, so that
     * certificates dated in the past (such as the expired test certificate of 2023) lie inside their issuer's
     * validity; the root lasts twenty years from now, the issuing authorities fifteen.
     */
    public static TestCertificationAuthority create(Instant now) {
        ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
        Instant notBefore = utc.minusYears(5).toInstant();
        CertificateAuthority root = CertificateAuthority.selfSignedRoot(ROOT_NAME,
                KeyAlgorithm.rsaKeyPair(ROOT_RSA_BITS), notBefore, utc.plusYears(20).toInstant());
        Instant issuingNotAfter = utc.plusYears(15).toInstant();
        CertificateAuthority rsa = root.subordinate(RSA_CA_NAME, KeyAlgorithm.rsaKeyPair(ISSUING_RSA_BITS),
                notBefore, issuingNotAfter, RSA_CRL_URI);
        CertificateAuthority gost = root.subordinate(GOST_CA_NAME, KeyAlgorithm.gostKeyPair(),
                notBefore, issuingNotAfter, GOST_CRL_URI);
        return new TestCertificationAuthority(root, rsa, gost);
    }

    /** Reads the authorities back from the PKCS#12 files {@link #save} wrote to {@code caDir}. */
    public static TestCertificationAuthority load(Path caDir, char[] password) {
        return new TestCertificationAuthority(
                CertificateAuthority.of(Pkcs12.load(caDir.resolve(ROOT_FILE + ".p12"), password), null),
                CertificateAuthority.of(Pkcs12.load(caDir.resolve(RSA_FILE + ".p12"), password), RSA_CRL_URI),
                CertificateAuthority.of(Pkcs12.load(caDir.resolve(GOST_FILE + ".p12"), password), GOST_CRL_URI));
    }

    /** Writes each authority's PKCS#12 file and PEM certificate to {@code caDir}. */
    public void save(Path caDir, char[] password) {
        save(caDir, ROOT_FILE, root, password);
        save(caDir, RSA_FILE, rsa, password);
        save(caDir, GOST_FILE, gost, password);
    }

    private static void save(Path caDir, String file, CertificateAuthority authority, char[] password) {
        Pkcs12.write(caDir.resolve(file + ".p12"), authority.keyAndChain(), file, password);
        Pem.write(caDir.resolve(file + ".pem"), List.of(authority.certificate()));
    }

    /** Writes an issuing authority's revocation list as PEM to {@code caDir}. */
    public static void saveCrl(Path caDir, KeyAlgorithm issuer, X509CRL crl) {
        Pem.write(crlFile(caDir, issuer), List.of(crl));
    }

    /** Where the revocation list of the RSA or GOST issuing authority lives in {@code caDir}. */
    public static Path crlFile(Path caDir, KeyAlgorithm issuer) {
        return caDir.resolve((issuer == KeyAlgorithm.RSA ? RSA_FILE : GOST_FILE) + ".crl");
    }

    /**
     * Issues a person's two key files from the issuing authority of {@code algorithm}, valid over the same
     * period.
     */
    public PersonalKeys issue(CertificateHolder holder, KeyAlgorithm algorithm, Instant notBefore, Instant notAfter) {
        CertificateAuthority issuer = issuer(algorithm);
        return new PersonalKeys(
                issuer.issue(holder, CertificatePurpose.AUTHENTICATION, notBefore, notAfter),
                issuer.issue(holder, CertificatePurpose.SIGNING, notBefore, notAfter));
    }

    public CertificateAuthority root() {
        return root;
    }

    public CertificateAuthority rsa() {
        return rsa;
    }

    public CertificateAuthority gost() {
        return gost;
    }

    /** The issuing authority for keys of {@code algorithm}. */
    public CertificateAuthority issuer(KeyAlgorithm algorithm) {
        return algorithm == KeyAlgorithm.RSA ? rsa : gost;
    }
}
