package kz.kepil.signing.infrastructure.pki;

import kz.kepil.signing.infrastructure.pki.CertificateAuthority.Revocation;
import kz.kepil.signing.infrastructure.pki.DemoIdentities.DemoIdentity;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.CRLReason;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the whole test PKI: the authorities in {@code ca/}, the demo users' key files in {@code demo/} and
 * the special test certificates in {@code test/}. Every run makes new keys; the layout and the holders stay.
 */
public final class TestPkiGenerator {

    /** Demo certificates outlive a development cycle, so committed files stay usable. */
    public static final Period DEMO_VALIDITY = Period.ofYears(5);
    /** The revocation lists are committed too, so their next update lies years ahead rather than days. */
    public static final Period CRL_VALIDITY = Period.ofYears(3);
    /** New certificates start a little in the past, so that a client clock running behind still accepts them. */
    public static final Duration BACKDATING = Duration.ofHours(1);

    static final Instant EXPIRED_NOT_BEFORE = Instant.parse("2023-01-01T00:00:00Z");
    static final Instant EXPIRED_NOT_AFTER = Instant.parse("2024-01-01T00:00:00Z");
    static final String UNKNOWN_CA_NAME = "Kepil Unknown CA";

    private TestPkiGenerator() {
    }

    /** A list of what was written, one line per file. */
    public static List<String> generate(Path certsDir, Instant now) {
        List<String> written = new ArrayList<>();
        Path caDir = certsDir.resolve("ca");
        Path demoDir = certsDir.resolve("demo");
        Path testDir = certsDir.resolve("test");
        char[] password = DemoIdentities.PASSWORD.toCharArray();
        Instant notBefore = now.minus(BACKDATING);
        Instant notAfter = plus(now, DEMO_VALIDITY);

        TestCertificationAuthority pki = TestCertificationAuthority.create(now);
        pki.save(caDir, TestCertificationAuthority.CA_PASSWORD.toCharArray());
        written.add(caDir + "/{root,rsa,gost}-ca.{p12,pem}");

        for (DemoIdentity user : DemoIdentities.users()) {
            write(demoDir, user.login(), pki.issue(user.holder(), KeyAlgorithm.RSA, notBefore, notAfter),
                    password, written);
        }
        DemoIdentity beneficiary = DemoIdentities.user("beneficiary1");
        write(demoDir, beneficiary.login() + "-gost",
                pki.issue(beneficiary.holder(), KeyAlgorithm.GOST, notBefore, notAfter), password, written);

        PersonalKeys revoked = pki.issue(DemoIdentities.REVOKED.holder(), KeyAlgorithm.RSA,
                now.minus(Duration.ofDays(30)), notAfter);
        write(testDir, DemoIdentities.REVOKED.login(), revoked, password, written);
        write(testDir, DemoIdentities.EXPIRED.login(), pki.issue(DemoIdentities.EXPIRED.holder(), KeyAlgorithm.RSA,
                EXPIRED_NOT_BEFORE, EXPIRED_NOT_AFTER), password, written);

        CertificateAuthority unknown = CertificateAuthority.selfSignedRoot(UNKNOWN_CA_NAME,
                KeyAlgorithm.rsaKeyPair(3072), plus(now, Period.ofYears(-5)), plus(now, Period.ofYears(20)));
        PersonalKeys untrusted = new PersonalKeys(
                unknown.issue(DemoIdentities.UNKNOWN_CA.holder(), CertificatePurpose.AUTHENTICATION, notBefore, notAfter),
                unknown.issue(DemoIdentities.UNKNOWN_CA.holder(), CertificatePurpose.SIGNING, notBefore, notAfter));
        write(testDir, DemoIdentities.UNKNOWN_CA.login(), untrusted, password, written);
        Pem.write(testDir.resolve("unknown-ca.pem"), List.of(unknown.certificate()));
        written.add(testDir.resolve("unknown-ca.pem").toString());

        Instant revokedAt = now.minus(Duration.ofDays(1));
        List<Revocation> revocations = List.of(
                new Revocation(revoked.authentication().certificate().getSerialNumber(), revokedAt,
                        CRLReason.KEY_COMPROMISE),
                new Revocation(revoked.signing().certificate().getSerialNumber(), revokedAt,
                        CRLReason.KEY_COMPROMISE));
        Instant nextUpdate = plus(now, CRL_VALIDITY);
        TestCertificationAuthority.saveCrl(caDir, KeyAlgorithm.RSA,
                pki.rsa().crl(BigInteger.ONE, now, nextUpdate, revocations));
        TestCertificationAuthority.saveCrl(caDir, KeyAlgorithm.GOST,
                pki.gost().crl(BigInteger.ONE, now, nextUpdate, List.of()));
        written.add(caDir + "/{rsa,gost}-ca.crl");
        return written;
    }

    /** Calendar years, not multiples of 365 days. */
    static Instant plus(Instant instant, Period period) {
        return instant.atZone(ZoneOffset.UTC).plus(period).toInstant();
    }

    /** {@code <name>-auth.p12} and {@code <name>-sign.p12}, each named after its file in the key store. */
    static List<Path> write(Path dir, String name, PersonalKeys keys, char[] password, List<String> written) {
        List<Path> files = new ArrayList<>();
        for (CertificatePurpose purpose : CertificatePurpose.values()) {
            String alias = name + "-" + purpose.fileSuffix();
            Path file = dir.resolve(alias + ".p12");
            KeyAndChain keyAndChain = keys.get(purpose);
            Pkcs12.write(file, keyAndChain, alias, password);
            written.add(file + "  serial " + keyAndChain.certificate().getSerialNumber().toString(16)
                    + "  " + CertificateAuthority.subjectOf(keyAndChain.certificate()));
            files.add(file);
        }
        return files;
    }
}
