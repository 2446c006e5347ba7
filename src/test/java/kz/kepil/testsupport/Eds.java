package kz.kepil.testsupport;

import jakarta.json.JsonObject;
import kz.kepil.shared.domain.Bin;
import kz.kepil.shared.domain.Iin;
import kz.kepil.signing.infrastructure.pki.CertificateHolder;
import kz.kepil.signing.infrastructure.pki.KeyAlgorithm;
import kz.kepil.signing.infrastructure.pki.KeyAndChain;
import kz.kepil.signing.infrastructure.pki.OrganisationRole;
import kz.kepil.signing.infrastructure.pki.PersonalKeys;
import kz.kepil.signing.infrastructure.pki.StaffMembership;
import kz.kepil.signing.infrastructure.pki.TestCertificationAuthority;
import kz.kepil.testsupport.Portal.Reply;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** People of the test PKI signing in and signing documents through the public API. */
public final class Eds {

    private Eds() {
    }

    /** Signs in with an authentication key; the bearer token. */
    public static String signIn(KeyAndChain authentication) {
        Reply challenge = Portal.post("/api/v1/auth/challenge", "", null);
        String nonce = challenge.json().getString("nonce");
        Reply login = Portal.post("/api/v1/auth/login", "{\"nonce\":\"" + nonce + "\",\"cms\":\""
                + DemoKeys.sign(authentication, nonce) + "\"}", null);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.json().getString("token");
    }

    /** Fetches a signable document and posts the signature over its content. */
    public static Reply signDocument(String documentPath, String signaturePath, KeyAndChain signing, String token) {
        Reply document = Portal.get(documentPath, token);
        assertThat(document.status()).as(document.toString()).isEqualTo(200);
        JsonObject json = document.json();
        return Portal.post(signaturePath, "{\"cms\":\"" + DemoKeys.sign(signing, json.getString("content")) + "\"}", token);
    }

    /** A private person's keys from the test CA for the IIN (a beneficiary, a representative). */
    public static PersonalKeys newPerson(String iin) {
        return issue(CertificateHolder.individual(Iin.of(iin), "Тестова", "Әйгерім"));
    }

    /** Keys from the test CA for a person of an organisation: their IIN, its BIN, their role in it. */
    public static PersonalKeys newStaff(String iin, String bin, String organisation, OrganisationRole role) {
        return issue(CertificateHolder.staff(Iin.of(iin), "Қаржыбаева", "Сәуле", new StaffMembership(organisation, Bin.of(bin), role)));
    }

    /** A new company's head, with keys from the test CA, for a fresh BIN. */
    public static PersonalKeys newCompanyStaff(String bin, String company, OrganisationRole role) {
        return issue(CertificateHolder.staff(Iin.of(TestDatabase.freshIin()), "Тестов", "Ерлан",
                new StaffMembership(company, Bin.of(bin), role)));
    }

    /** RSA keys from the test CA for the holder, valid from a day ago until 400 days from now. */
    private static PersonalKeys issue(CertificateHolder holder) {
        TestCertificationAuthority ca = TestCertificationAuthority.load(DemoKeys.CERTS.resolve("ca"),
                TestCertificationAuthority.CA_PASSWORD.toCharArray());
        return ca.issue(holder, KeyAlgorithm.RSA, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(400)));
    }
}
