package kz.kepil.signing.infrastructure.pki;

import kz.kepil.signing.domain.KzOids;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.NOW;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.pki;
import static kz.kepil.signing.infrastructure.pki.ThrowawayPki.subject;
import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {

    private static final char[] DEMO_PASSWORD = "kepil-demo".toCharArray();

    @TempDir
    Path dir;
    private Path caDir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeTheThrowawayAuthorities() {
        caDir = dir.resolve("certs/ca");
        pki().save(caDir, TestCertificationAuthority.CA_PASSWORD.toCharArray());
        TestCertificationAuthority.saveCrl(caDir, KeyAlgorithm.RSA,
                pki().rsa().crl(BigInteger.ONE, NOW, NOW.plusSeconds(3600), List.of()));
    }

    @Test
    void issueWritesAnAuthenticationAndASigningKeyFileForTheStaffMember() throws Exception {
        int status = runPki("issue", "--iin", "880909400009", "--surname", "Әбенова", "--given", "Гүлнар",
                "--org", "Басқарма", "--bin", "990340000004", "--role", "finance",
                "--out", dir.resolve("out/gulnar.p12").toString(), "--ca-dir", caDir.toString(), "--valid-days", "30");

        assertThat(status).as(err.toString()).isZero();
        for (CertificatePurpose purpose : CertificatePurpose.values()) {
            KeyAndChain key = Pkcs12.load(dir.resolve("out/gulnar-" + purpose.fileSuffix() + ".p12"), DEMO_PASSWORD);
            assertThat(subject(key.certificate(), BCStyle.SERIALNUMBER)).hasValue("IIN880909400009");
            assertThat(subject(key.certificate(), BCStyle.OU)).hasValue("BIN990340000004");
            assertThat(key.certificate().getExtendedKeyUsage()).contains(KzOids.ORGANISATION, KzOids.MAY_SIGN_FINANCIAL);
            assertThat(key.certificate().getIssuerX500Principal())
                    .isEqualTo(pki().rsa().certificate().getSubjectX500Principal());
            assertThat(key.certificate().getNotAfter().toInstant()).isBefore(NOW.plusSeconds(31L * 24 * 3600));
        }
    }

    @Test
    void issueWithGostTakesTheGostAuthorityAndTheGivenPassword() throws Exception {
        int status = runPki("issue", "--iin", "850214300001", "--surname", "Қасымов", "--given", "Асан",
                "--algorithm", "gost", "--password", "secret", "--out", dir.resolve("asan").toString(),
                "--ca-dir", caDir.toString());

        assertThat(status).as(err.toString()).isZero();
        KeyAndChain key = Pkcs12.load(dir.resolve("asan-sign.p12"), "secret".toCharArray());
        assertThat(KeyAlgorithm.of(key.privateKey())).isEqualTo(KeyAlgorithm.GOST);
        assertThat(key.certificate().getExtendedKeyUsage()).contains(KzOids.INDIVIDUAL);
    }

    @Test
    void issueRefusesAnIinWithAWrongCheckDigit() {
        int status = runPki("issue", "--iin", "850214300002", "--surname", "Қасымов", "--given", "Асан",
                "--out", dir.resolve("bad.p12").toString(), "--ca-dir", caDir.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("check digit");
        assertThat(dir.resolve("bad-sign.p12")).doesNotExist();
    }

    @Test
    void issueRefusesABinWithAWrongCheckDigitAndARoleWithoutOrganisation() {
        assertThat(runPki("issue", "--iin", "850214300001", "--surname", "S", "--given", "G", "--org", "O",
                "--bin", "990340000007", "--role", "ceo", "--out", dir.resolve("x").toString(),
                "--ca-dir", caDir.toString())).isEqualTo(2);
        assertThat(runPki("issue", "--iin", "850214300001", "--surname", "S", "--given", "G", "--role", "ceo",
                "--out", dir.resolve("x").toString(), "--ca-dir", caDir.toString())).isEqualTo(2);
        assertThat(dir.resolve("x-sign.p12")).doesNotExist();
    }

    @Test
    void revokeAddsTheSerialToTheIssuersCrl() {
        KeyAndChain key = ThrowawayPki.issue(ThrowawayPki.INDIVIDUAL, CertificatePurpose.SIGNING);
        String serial = key.certificate().getSerialNumber().toString(16);

        int status = runPki("revoke", "--serial", serial, "--dir", dir.resolve("certs").toString());

        assertThat(status).as(err.toString()).isZero();
        X509CRL crl = Pem.readCrl(caDir.resolve("rsa-ca.crl"));
        assertThat(crl.isRevoked(key.certificate())).isTrue();
    }

    @Test
    void signPrintsTheBase64DetachedSignatureOfStandardInput() throws Exception {
        KeyAndChain key = ThrowawayPki.issue(ThrowawayPki.INDIVIDUAL, CertificatePurpose.SIGNING);
        Path p12 = dir.resolve("signer.p12");
        Pkcs12.write(p12, key, "signer", DEMO_PASSWORD);
        byte[] content = "{\"nonce\":\"7f3a\"}".getBytes(StandardCharsets.UTF_8);

        int status = new SignCommand(new ByteArrayInputStream(content), printer(out))
                .run(new String[]{"--p12", p12.toString(), "--password", "kepil-demo", "--in", "-"}, printer(err));

        assertThat(status).as(err.toString()).isZero();
        byte[] cms = Base64.getDecoder().decode(out.toString(StandardCharsets.US_ASCII).strip());
        assertThat(CmsSignerTest.verifies(content, cms)).isTrue();
    }

    @Test
    void signReadsAFileAndRefusesAWrongPassword() throws Exception {
        KeyAndChain key = ThrowawayPki.issue(ThrowawayPki.INDIVIDUAL, CertificatePurpose.SIGNING);
        Path p12 = dir.resolve("signer.p12");
        Pkcs12.write(p12, key, "signer", DEMO_PASSWORD);
        Path document = Files.writeString(dir.resolve("doc.json"), "{\"a\":1}");

        SignCommand command = new SignCommand(new ByteArrayInputStream(new byte[0]), printer(out));
        assertThat(command.run(new String[]{"--p12", p12.toString(), "--password", "kepil-demo",
                "--in", document.toString()}, printer(err))).isZero();
        assertThat(CmsSignerTest.verifies(Files.readAllBytes(document),
                Base64.getDecoder().decode(out.toString(StandardCharsets.US_ASCII).strip()))).isTrue();
        assertThat(command.run(new String[]{"--p12", p12.toString(), "--password", "wrong",
                "--in", document.toString()}, printer(err))).isEqualTo(2);
    }

    private int runPki(String... args) {
        return new PkiCommand(Clock.fixed(NOW, ZoneOffset.UTC), printer(out)).run(args, printer(err));
    }

    private static PrintStream printer(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
