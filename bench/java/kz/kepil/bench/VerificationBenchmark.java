package kz.kepil.bench;

import kz.kepil.shared.domain.Iin;
import kz.kepil.signing.domain.SignatureRequirement;
import kz.kepil.signing.domain.VerificationReport;
import kz.kepil.signing.infrastructure.Bouncy;
import kz.kepil.signing.infrastructure.CmsSignatureVerifier;
import kz.kepil.signing.infrastructure.TrustMaterial;
import kz.kepil.signing.infrastructure.pki.CertificateAuthority.Revocation;
import kz.kepil.signing.infrastructure.pki.CertificateHolder;
import kz.kepil.signing.infrastructure.pki.CmsSigner;
import kz.kepil.signing.infrastructure.pki.KeyAlgorithm;
import kz.kepil.signing.infrastructure.pki.PersonalKeys;
import kz.kepil.signing.infrastructure.pki.TestCertificationAuthority;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of verifying one detached CMS signature over a 2 KB document: Kepil's full verification
 * (digest, signature, chain to the root, validity at signing time, lookup in a 1000-entry CRL, key
 * usage, signer) for a signer seen before and for a certificate seen for the first time (its path
 * built anew), against bare BouncyCastle (parse the CMS and verify the signer's signature only), in
 * the same run, for RSA-2048 and GOST R 34.10-2012 keys.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class VerificationBenchmark {

    private static final String IIN = "850214300001";

    @Param({"RSA", "GOST"})
    public String algorithm;

    private byte[] document;
    private byte[] cms;
    private CmsSignatureVerifier verifier;
    private TrustMaterial trust;
    private SignatureRequirement requirement;
    private Instant now;

    @Setup(Level.Trial)
    public void setUp() {
        now = Instant.now();
        TestCertificationAuthority pki = TestCertificationAuthority.create(now.minus(Duration.ofDays(2)));
        KeyAlgorithm keys = KeyAlgorithm.valueOf(algorithm);
        PersonalKeys person = pki.issue(CertificateHolder.individual(Iin.of(IIN), "Қасымов", "Асан"), keys,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
        StringBuilder text = new StringBuilder("{\"documentType\":\"ORDER\",\"lines\":[");
        while (text.length() < 2048) {
            text.append("{\"item\":\"Жаялық, 3-өлшем\",\"quantity\":90,\"price\":\"145.00\"},");
        }
        document = text.append("{}]}").toString().getBytes(StandardCharsets.UTF_8);
        cms = new CmsSigner().signDetached(person.signing(), document);
        // A CRL with a thousand other revoked serials: the lookup a real list demands.
        List<Revocation> revoked = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            revoked.add(new Revocation(BigInteger.valueOf(1_000_000L + i), now.minus(Duration.ofDays(1)), CRLReason.KEY_COMPROMISE));
        }
        X509CRL crl = pki.issuer(keys).crl(BigInteger.ONE, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)), revoked);
        trust = TrustMaterial.of(List.of(pki.root().certificate(), pki.rsa().certificate(), pki.gost().certificate()),
                List.of(crl));
        verifier = new CmsSignatureVerifier(() -> trust);
        requirement = SignatureRequirement.person(IIN);
        VerificationReport check = verifier.verify(document, cms, requirement, now);
        if (!check.valid()) {
            throw new IllegalStateException("benchmark signature does not verify: " + check.checks());
        }
    }

    @Benchmark
    public boolean kepilFullVerification() {
        return verifier.verify(document, cms, requirement, now).valid();
    }

    /** The first signature seen from a certificate: its path to the root is built and validated. */
    @Benchmark
    public boolean kepilFullVerificationFirstSightOfCertificate() {
        trust.forgetPaths();
        return verifier.verify(document, cms, requirement, now).valid();
    }

    @Benchmark
    public boolean bareBouncyCastle() throws Exception {
        CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(document), cms);
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        @SuppressWarnings("unchecked")
        X509CertificateHolder certificate = (X509CertificateHolder) signed.getCertificates().getMatches(signer.getSID()).iterator().next();
        return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Bouncy.PROVIDER).build(certificate));
    }
}
