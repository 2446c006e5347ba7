package kz.kepil.identity;

import jakarta.json.JsonObject;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestDatabase.TestUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityIT {

    @Test
    void signedInUserSeesOwnAccountWithRolesAndAkimat() {
        TestUser officer = TestDatabase.userWithRoles("FINANCE_OFFICER");

        Reply me = Portal.get("/api/v1/me", officer.token());

        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().getString("iin")).isEqualTo(officer.iin());
        assertThat(me.json().getJsonArray("roles").getString(0)).isEqualTo("FINANCE_OFFICER");
        assertThat(me.json().getString("akimatCode")).isEqualTo("SD-75");
    }

    @Test
    void authorityGrantsAnAkimatRoleNamingTheAkimat() {
        TestUser authority = TestDatabase.userWithRoles("AUTHORITY");
        TestUser staff = TestDatabase.userWithRoles();

        Reply granted = Portal.post("/api/v1/users/" + staff.id() + "/roles",
                "{\"role\": \"FINANCE_APPROVER\", \"akimatCode\": \"SD-71\"}", authority.token());

        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        assertThat(granted.json().getString("akimatCode")).isEqualTo("SD-71");
        JsonObject grant = granted.json().getJsonArray("grants").getJsonObject(0);
        assertThat(grant.getString("grantedBy")).isEqualTo("iin:" + authority.iin());
        assertThat(Portal.get("/api/v1/me", staff.token()).json().getJsonArray("roles").getString(0))
                .isEqualTo("FINANCE_APPROVER");
    }

    @Test
    void grantNamingAnUnknownAkimatIsRefusedAndChangesNothing() {
        TestUser authority = TestDatabase.userWithRoles("AUTHORITY");
        TestUser staff = TestDatabase.userWithRoles();

        Reply refused = Portal.post("/api/v1/users/" + staff.id() + "/roles",
                "{\"role\": \"FINANCE_OFFICER\", \"akimatCode\": \"SD-99\"}", authority.token());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problemCode()).isEqualTo("AKIMAT_UNKNOWN");
        assertThat(Portal.get("/api/v1/me", staff.token()).json().getJsonArray("roles")).isEmpty();
    }

    @Test
    void akimatRoleWithoutAkimatIsAScopeProblem() {
        TestUser authority = TestDatabase.userWithRoles("AUTHORITY");
        TestUser staff = TestDatabase.userWithRoles();

        Reply refused = Portal.post("/api/v1/users/" + staff.id() + "/roles", "{\"role\": \"AKIMAT_SPECIALIST\"}",
                authority.token());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problemCode()).isEqualTo("ROLE_SCOPE_INVALID");
    }

    @Test
    void onlyTheAuthorityGrantsRoles() {
        TestUser officer = TestDatabase.userWithRoles("FINANCE_OFFICER");

        Reply refused = Portal.post("/api/v1/users/" + officer.id() + "/roles", "{\"role\": \"AUDITOR\"}", officer.token());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(Portal.get("/api/v1/me", officer.token()).json().getJsonArray("roles")).hasSize(1);
    }

    @Test
    void revokedRoleIsGoneAtTheNextRequest() {
        TestUser authority = TestDatabase.userWithRoles("AUTHORITY");
        TestUser auditor = TestDatabase.userWithRoles("AUDITOR");
        assertThat(Portal.get("/api/v1/audit/verification", auditor.token()).status()).isEqualTo(200);

        Reply revoked = Portal.request("DELETE", "/api/v1/users/" + auditor.id() + "/roles/AUDITOR")
                .token(authority.token()).send();

        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(Portal.get("/api/v1/audit/verification", auditor.token()).status()).isEqualTo(403);
    }

    @Test
    void akimatRegistersALegalRepresentativeBothSidesSee() {
        TestUser specialist = TestDatabase.userWithRoles("AKIMAT_SPECIALIST");
        TestUser guardian = TestDatabase.userWithRoles("REPRESENTATIVE");
        TestUser child = TestDatabase.userWithRoles("BENEFICIARY");

        Reply created = Portal.post("/api/v1/representations", """
                {"representativeIin": "%s", "beneficiaryIin": "%s", "kind": "LEGAL_REPRESENTATIVE",
                 "basis": "Guardianship decision 12/2026", "validFrom": "2026-01-01"}""".formatted(guardian.iin(), child.iin()),
                specialist.token());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isPresent();
        long id = created.json().getJsonNumber("id").longValue();
        for (TestUser side : new TestUser[]{guardian, child}) {
            assertThat(Portal.get("/api/v1/me/representations", side.token()).jsonArray().stream()
                    .map(r -> r.asJsonObject().getJsonNumber("id").longValue()).toList()).contains(id);
        }
    }

    @Test
    void sameRepresentationTwiceIsAConflict() {
        TestUser specialist = TestDatabase.userWithRoles("AKIMAT_SPECIALIST");
        String body = """
                {"representativeIin": "%s", "beneficiaryIin": "%s", "kind": "LEGAL_REPRESENTATIVE", "basis": "Court decision"}"""
                .formatted(TestDatabase.freshIin(), TestDatabase.freshIin());
        assertThat(Portal.post("/api/v1/representations", body, specialist.token()).status()).isEqualTo(201);

        Reply again = Portal.post("/api/v1/representations", body, specialist.token());

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemCode()).isEqualTo("REPRESENTATION_EXISTS");
    }

    @Test
    void beneficiaryGivesAProxyForThemselvesAndMayRevokeIt() {
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");

        Reply proxy = Portal.post("/api/v1/representations", """
                {"representativeIin": "%s", "beneficiaryIin": "%s", "kind": "PROXY", "basis": "Proxy in the cabinet"}"""
                .formatted(TestDatabase.freshIin(), beneficiary.iin()), beneficiary.token());
        assertThat(proxy.status()).as(proxy.toString()).isEqualTo(201);

        Reply revoked = Portal.request("DELETE", "/api/v1/representations/" + proxy.json().getJsonNumber("id"))
                .token(beneficiary.token()).send();

        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().getString("revokedAt")).isNotBlank();
    }

    @Test
    void beneficiaryCannotGiveAProxyInSomeoneElsesName() {
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");

        Reply refused = Portal.post("/api/v1/representations", """
                {"representativeIin": "%s", "beneficiaryIin": "%s", "kind": "PROXY", "basis": "Forged"}"""
                .formatted(beneficiary.iin(), TestDatabase.freshIin()), beneficiary.token());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.problemCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void identifierWithAWrongCheckDigitIsRefused() {
        TestUser specialist = TestDatabase.userWithRoles("AKIMAT_SPECIALIST");
        String valid = TestDatabase.freshIin();
        String wrong = valid.substring(0, 11) + ((valid.charAt(11) - '0' + 1) % 10);

        Reply refused = Portal.post("/api/v1/representations", """
                {"representativeIin": "%s", "beneficiaryIin": "%s", "kind": "LEGAL_REPRESENTATIVE", "basis": "x"}"""
                .formatted(wrong, TestDatabase.freshIin()), specialist.token());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.problemCode()).isEqualTo("IIN_INVALID");
    }

    @Test
    void signedOutTokenNoLongerWorks() {
        TestUser user = TestDatabase.userWithRoles("BENEFICIARY");

        assertThat(Portal.post("/api/v1/auth/logout", "", user.token()).status()).isEqualTo(204);

        Reply after = Portal.get("/api/v1/me", user.token());
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.problemCode()).isEqualTo("TOKEN_INVALID");
    }
}
