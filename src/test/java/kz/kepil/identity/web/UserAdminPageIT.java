package kz.kepil.identity.web;

import kz.kepil.testsupport.FacesBrowser;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestDatabase.TestUser;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The authorised body grants and revokes staff roles on the admin page, as through the API. */
class UserAdminPageIT {

    @Test
    void authorityFindsAUserAndGrantsAnAkimatRoleOnThePage() {
        TestUser authority = TestDatabase.userWithRoles("AUTHORITY");
        TestUser staff = TestDatabase.userWithRoles();
        FacesBrowser browser = new FacesBrowser(authority.token());
        assertThat(browser.open("/admin/users.xhtml").statusCode()).isEqualTo(200);
        assertThat(browser.html()).contains("<title>Пайдаланушылар мен рөлдер").contains("ЖСН");

        browser.submit("find", "find:findButton", Map.of("find:iin", staff.iin()));
        assertThat(browser.html()).contains(staff.iin());
        browser.submit("grant", "grant:grantButton", Map.of("grant:role", "FINANCE_APPROVER", "grant:akimat", "SD-79"));

        assertThat(browser.html()).contains("FINANCE_APPROVER").contains("SD-79");
        var user = Portal.get("/api/v1/users/" + staff.id(), authority.token()).json();
        assertThat(user.getString("akimatCode")).isEqualTo("SD-79");
        assertThat(user.getJsonArray("roles").getString(0)).isEqualTo("FINANCE_APPROVER");
    }

    @Test
    void grantWithoutTheAkimatTheRoleNeedsIsRefusedOnThePageAndChangesNothing() {
        TestUser authority = TestDatabase.userWithRoles("AUTHORITY");
        TestUser staff = TestDatabase.userWithRoles();
        FacesBrowser browser = new FacesBrowser(authority.token());
        browser.open("/admin/users.xhtml");
        browser.submit("find", "find:findButton", Map.of("find:iin", staff.iin()));

        browser.submit("grant", "grant:grantButton", Map.of("grant:role", "FINANCE_OFFICER", "grant:akimat", ""));

        assertThat(browser.html()).contains("ROLE_SCOPE_INVALID");
        assertThat(Portal.get("/api/v1/users/" + staff.id(), authority.token()).json().getJsonArray("roles")).isEmpty();
    }

    @Test
    void authorityRevokesARoleOnThePage() {
        TestUser authority = TestDatabase.userWithRoles("AUTHORITY");
        TestUser auditor = TestDatabase.userWithRoles("AUDITOR");
        FacesBrowser browser = new FacesBrowser(authority.token());
        browser.open("/admin/users.xhtml");
        browser.submit("find", "find:findButton", Map.of("find:iin", auditor.iin()));

        browser.submit("roles", "roles:grants:0:revoke", Map.of());

        assertThat(Portal.get("/api/v1/users/" + auditor.id(), authority.token()).json().getJsonArray("roles")).isEmpty();
    }

    @Test
    void auditorSeesRolesButCannotChangeThem() {
        TestUser auditor = TestDatabase.userWithRoles("AUDITOR");
        TestUser staff = TestDatabase.userWithRoles("AKIMAT_SPECIALIST");
        FacesBrowser browser = new FacesBrowser(auditor.token());
        browser.open("/admin/users.xhtml");

        browser.submit("find", "find:findButton", Map.of("find:iin", staff.iin()));

        assertThat(browser.html()).contains("AKIMAT_SPECIALIST").doesNotContain("grant:grantButton");
    }
}
