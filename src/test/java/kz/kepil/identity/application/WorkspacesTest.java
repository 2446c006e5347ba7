package kz.kepil.identity.application;

import kz.kepil.identity.domain.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspacesTest {

    @Test
    void eachAudienceLandsInItsWorkspace() {
        assertThat(Workspaces.of(Set.of(Role.BENEFICIARY))).isEqualTo("/cabinet/index.xhtml");
        assertThat(Workspaces.of(Set.of(Role.REPRESENTATIVE))).isEqualTo("/cabinet/index.xhtml");
        assertThat(Workspaces.of(Set.of(Role.SUPPLIER_MANAGER))).isEqualTo("/supplier/index.xhtml");
        assertThat(Workspaces.of(Set.of(Role.FINANCE_APPROVER))).isEqualTo("/akimat/index.xhtml");
        assertThat(Workspaces.of(Set.of(Role.AUDITOR))).isEqualTo("/admin/index.xhtml");
    }

    @Test
    void staffRoleWinsOverTheCabinet() {
        assertThat(Workspaces.of(Set.of(Role.BENEFICIARY, Role.FINANCE_OFFICER))).isEqualTo("/akimat/index.xhtml");
    }

    @Test
    void returnAddressMustStayInsideThePortal() {
        assertThat(Workspaces.safeReturnTo("/cabinet/index.xhtml?tab=2")).contains("/cabinet/index.xhtml?tab=2");
        assertThat(Workspaces.safeReturnTo("//evil.example/")).isEmpty();
        assertThat(Workspaces.safeReturnTo("https://evil.example/")).isEmpty();
        assertThat(Workspaces.safeReturnTo("/\\evil.example")).isEmpty();
        assertThat(Workspaces.safeReturnTo("/ok\r\nSet-Cookie: x=y")).isEmpty();
        assertThat(Workspaces.safeReturnTo(null)).isEmpty();
    }
}
