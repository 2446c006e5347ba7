package kz.kepil.ordering;

import jakarta.json.JsonObject;
import kz.kepil.signing.infrastructure.pki.PersonalKeys;
import kz.kepil.testsupport.Eds;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestDatabase.TestUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The beneficiary signs the public contract once, with their own EDS, before ordering. */
class BeneficiaryContractIT {

    private static final String BASE = "/api/v1/me/public-contract";

    @Test
    void theBeneficiarySignsThePublicContractOnceWithTheirOwnSignature() {
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");
        PersonalKeys keys = Eds.newPerson(beneficiary.iin());

        JsonObject before = Portal.get(BASE, beneficiary.token()).json();
        assertThat(before.getBoolean("signed")).isFalse();
        assertThat(before.getJsonObject("texts").getString("kk")).contains("ЖАРИЯ ШАРТ");
        JsonObject document = Portal.get(BASE + "/document", beneficiary.token()).json();
        assertThat(document.getString("content")).contains(beneficiary.iin()).contains("\"contractVersion\":1");

        Reply signed = Eds.signDocument(BASE + "/document", BASE + "/signature", keys.signing(), beneficiary.token());
        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
        assertThat(signed.json().getBoolean("signed")).isTrue();
        assertThat(signed.json().getString("signerIin")).isEqualTo(beneficiary.iin());

        Reply again = Eds.signDocument(BASE + "/document", BASE + "/signature", keys.signing(), beneficiary.token());
        assertThat(again.problemCode()).isEqualTo("CONTRACT_ALREADY_SIGNED");
    }

    @Test
    void someoneElsesSignatureIsASignerMismatchAndNothingIsSigned() {
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");
        PersonalKeys stranger = Eds.newPerson(TestDatabase.freshIin());
        Reply refused = Eds.signDocument(BASE + "/document", BASE + "/signature", stranger.signing(), beneficiary.token());
        assertThat(refused.problemCode()).isEqualTo("SIGNER_MISMATCH");
        assertThat(Portal.get(BASE, beneficiary.token()).json().getBoolean("signed")).isFalse();
        TestUser other = TestDatabase.userWithRoles("BENEFICIARY");
        assertThat(Portal.get(BASE + "/document?iin=" + beneficiary.iin(), other.token()).status()).isEqualTo(403);
        assertThat(Portal.get(BASE, TestDatabase.userWithRoles("AUDITOR").token()).status()).isEqualTo(403);
    }
}
