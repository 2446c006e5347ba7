package kz.kepil.signing;

import jakarta.json.JsonObject;
import kz.kepil.shared.domain.Iin;
import kz.kepil.signing.infrastructure.pki.CertificateHolder;
import kz.kepil.signing.infrastructure.pki.KeyAlgorithm;
import kz.kepil.signing.infrastructure.pki.KeyAndChain;
import kz.kepil.signing.infrastructure.pki.PersonalKeys;
import kz.kepil.signing.infrastructure.pki.TestCertificationAuthority;
import kz.kepil.testsupport.DemoKeys;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** EDS sign-in and public verification, through the API and the browser session, with the test PKI. */
class EdsIT {

    private static final String BENEFICIARY1 = "850214300001";

    private static String nonce() {
        Reply challenge = Portal.post("/api/v1/auth/challenge", "", null);
        assertThat(challenge.status()).as(challenge.toString()).isEqualTo(200);
        assertThat(Instant.parse(challenge.json().getString("expiresAt"))).isAfter(Instant.now());
        return challenge.json().getString("nonce");
    }

    private static Reply login(String nonce, String cms) {
        return Portal.post("/api/v1/auth/login", "{\"nonce\":\"" + nonce + "\",\"cms\":\"" + cms + "\"}", null);
    }

    private static Reply login(KeyAndChain key) {
        String nonce = nonce();
        return login(nonce, DemoKeys.sign(key, nonce));
    }

    @Test
    void authenticationKeySignsInAndTheTokenActsForThatPerson() {
        Reply login = login(DemoKeys.demo("beneficiary1", "auth"));

        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        JsonObject user = login.json().getJsonObject("user");
        assertThat(user.getString("iin")).isEqualTo(BENEFICIARY1);
        assertThat(user.getJsonArray("roles").getString(0)).isEqualTo("BENEFICIARY");
        Reply me = Portal.get("/api/v1/me", login.json().getString("token"));
        assertThat(me.json().getString("iin")).isEqualTo(BENEFICIARY1);
    }

    @Test
    void staffSignInCarriesTheAkimatOfTheirRole() {
        Reply login = login(DemoKeys.demo("finance-officer", "auth"));

        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().getJsonObject("user").getString("akimatCode")).isEqualTo("SD-75");
        assertThat(login.json().getJsonObject("user").getJsonArray("roles").getString(0)).isEqualTo("FINANCE_OFFICER");
    }

    @Test
    void firstSignInCreatesTheAccountFromTheCertificate() {
        TestCertificationAuthority ca = TestCertificationAuthority.load(DemoKeys.CERTS.resolve("ca"), "kepil-test-ca".toCharArray());
        String iin = TestDatabase.freshIin();
        PersonalKeys newcomer = ca.issue(CertificateHolder.individual(Iin.of(iin), "Жаңабаева", "Әсел"), KeyAlgorithm.RSA,
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)));

        Reply login = login(newcomer.authentication());

        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        Reply me = Portal.get("/api/v1/me", login.json().getString("token"));
        assertThat(me.json().getString("iin")).isEqualTo(iin);
        assertThat(me.json().getString("fullName")).isEqualTo("Жаңабаева Әсел");
        assertThat(me.json().getJsonArray("roles").getString(0)).isEqualTo("BENEFICIARY");
    }

    @Test
    void aChallengeSignsInOnceOnly() {
        String nonce = nonce();
        String cms = DemoKeys.sign(DemoKeys.demo("beneficiary1", "auth"), nonce);
        assertThat(login(nonce, cms).status()).isEqualTo(200);

        Reply replay = login(nonce, cms);

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.problemCode()).isEqualTo("NONCE_INVALID");
    }

    @Test
    void aNonceTheServerNeverIssuedIsRefused() {
        String forged = "forged-nonce-" + System.nanoTime();

        Reply reply = login(forged, DemoKeys.sign(DemoKeys.demo("beneficiary1", "auth"), forged));

        assertThat(reply.problemCode()).isEqualTo("NONCE_INVALID");
    }

    @Test
    void signatureOverOtherBytesThanTheNonceIsInvalid() {
        String nonce = nonce();

        Reply reply = login(nonce, DemoKeys.sign(DemoKeys.demo("beneficiary1", "auth"), nonce + "x"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("SIGNATURE_INVALID");
    }

    @Test
    void signingKeyCannotSignIn() {
        Reply reply = login(DemoKeys.demo("beneficiary1", "sign"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("KEY_USAGE_INVALID");
    }

    @Test
    void revokedExpiredAndUnknownCertificatesCannotSignIn() {
        assertThat(login(DemoKeys.test("revoked-auth")).problemCode()).isEqualTo("CERTIFICATE_REVOKED");
        assertThat(login(DemoKeys.test("expired-auth")).problemCode()).isEqualTo("CERTIFICATE_EXPIRED");
        assertThat(login(DemoKeys.test("unknown-ca-auth")).problemCode()).isEqualTo("CERTIFICATE_UNTRUSTED");
    }

    @Test
    void loginWithoutASignatureIsAValidationProblem() {
        Reply reply = Portal.post("/api/v1/auth/login", "{\"nonce\":\"abc\"}", null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problemCode()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void publicVerificationSaysWhoSignedAndThatEveryCheckPassed() {
        String content = "{\"documentType\":\"TEST\",\"text\":\"Келісемін\"}";

        Reply report = verify(content, DemoKeys.sign(DemoKeys.demo("supplier1-ceo", "sign"), content));

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.json().getBoolean("valid")).isTrue();
        assertThat(report.json().getJsonObject("signer").getString("bin")).isEqualTo("100440000004");
        assertThat(report.json().getJsonObject("signer").getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList()).contains("CEO");
        assertThat(report.json().getJsonArray("checks")).allSatisfy(c -> assertThat(c.asJsonObject().getBoolean("passed")).isTrue());
    }

    @Test
    void publicVerificationOfAChangedDocumentFailsWithItsCode() {
        String cms = DemoKeys.sign(DemoKeys.demo("supplier1-ceo", "sign"), "{\"sum\":\"100.00\"}");

        Reply report = verify("{\"sum\":\"900.00\"}", cms);

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.json().getBoolean("valid")).isFalse();
        assertThat(report.json().getString("code")).isEqualTo("SIGNATURE_INVALID");
    }

    @Test
    void verificationOfSomethingThatIsNotBase64IsAProblem() {
        Reply reply = Portal.post("/api/v1/signatures/verification", "{\"content\":\"x\",\"cms\":\"%%%\"}", null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problemCode()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void signatureMadeWithOpensslIsAccepted() throws Exception {
        Path dir = Files.createTempDirectory("kepil-openssl");
        Path p12 = DemoKeys.CERTS.resolve("demo/beneficiary1-sign.p12");
        Path key = dir.resolve("key.pem");
        Path cert = dir.resolve("cert.pem");
        Path doc = dir.resolve("doc.json");
        Path sig = dir.resolve("doc.p7s");
        String content = "{\"documentType\":\"TEST\",\"signedWith\":\"openssl\"}";
        Files.writeString(doc, content);
        run("openssl", "pkcs12", "-in", p12.toString(), "-passin", "pass:" + DemoKeys.PASSWORD, "-nocerts", "-nodes", "-out", key.toString());
        run("openssl", "pkcs12", "-in", p12.toString(), "-passin", "pass:" + DemoKeys.PASSWORD, "-clcerts", "-nokeys", "-out", cert.toString());
        run("openssl", "cms", "-sign", "-binary", "-outform", "DER", "-in", doc.toString(), "-signer", cert.toString(),
                "-inkey", key.toString(), "-md", "sha256", "-out", sig.toString());

        Reply report = verify(content, Base64.getEncoder().encodeToString(Files.readAllBytes(sig)));

        assertThat(report.json().getBoolean("valid")).as(report.toString()).isTrue();
        assertThat(report.json().getJsonObject("signer").getString("iin")).isEqualTo(BENEFICIARY1);
    }

    @Test
    void opensslAcceptsKepilsSignaturesWithTheTestRootAsTrustAnchor() throws Exception {
        Path dir = Files.createTempDirectory("kepil-openssl");
        Path doc = dir.resolve("doc.json");
        Path sig = dir.resolve("doc.p7s");
        String content = "{\"documentType\":\"TEST\",\"signedWith\":\"kepil\"}";
        Files.writeString(doc, content);
        Files.write(sig, Base64.getDecoder().decode(DemoKeys.sign(DemoKeys.demo("beneficiary1", "sign"), content)));

        String out = run("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", sig.toString(),
                "-content", doc.toString(), "-CAfile", DemoKeys.CERTS.resolve("ca/root-ca.pem").toString(), "-out", "/dev/null");

        assertThat(out).contains("Verification successful");
    }

    @Test
    void browserSignsInWithTheSameKeyAndTheSessionActsForThePerson() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String nonce = nonce();
        String form = "nonce=" + enc(nonce) + "&cms=" + enc(DemoKeys.sign(DemoKeys.demo("finance-approver", "auth"), nonce))
                + "&returnTo=" + enc("/akimat/index.xhtml");

        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(Portal.baseUrl() + "/eds-login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/akimat/index.xhtml");
        HttpResponse<String> me = browser.send(HttpRequest.newBuilder(URI.create(Portal.baseUrl() + "/api/v1/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("830422400003");

        browser.send(HttpRequest.newBuilder(URI.create(Portal.baseUrl() + "/eds-logout")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> after = browser.send(HttpRequest.newBuilder(URI.create(Portal.baseUrl() + "/api/v1/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(401);
    }

    @Test
    void browserSignInWithARefusedKeyReturnsToTheLoginPageWithTheCode() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String nonce = nonce();
        String form = "nonce=" + enc(nonce) + "&cms=" + enc(DemoKeys.sign(DemoKeys.demo("beneficiary1", "sign"), nonce));

        HttpResponse<String> refused = browser.send(HttpRequest.newBuilder(URI.create(Portal.baseUrl() + "/eds-login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login.xhtml?error=KEY_USAGE_INVALID");
    }

    private static Reply verify(String content, String cms) {
        return Portal.post("/api/v1/signatures/verification", jakarta.json.Json.createObjectBuilder()
                .add("content", content).add("cms", cms).build().toString(), null);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + out).isZero();
        return out;
    }
}
