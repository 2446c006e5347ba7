package kz.kepil.identity.domain;

import kz.kepil.shared.domain.Iin;
import kz.kepil.shared.error.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");

    private static UserAccount user() {
        return new UserAccount(Iin.of("850214300001"), null, "Қасымов Асан", null, null, NOW);
    }

    @Test
    void supplierRoleMustNameTheSupplier() {
        UserAccount user = user();

        assertThatThrownBy(() -> user.grant(Role.SUPPLIER_SIGNATORY, null, null, NOW, "iin:750512300009"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ROLE_SCOPE_INVALID"));
        assertThat(user.roles()).isEmpty();
    }

    @Test
    void akimatRoleMustNameTheAkimatAndNoSupplier() {
        UserAccount user = user();

        assertThatThrownBy(() -> user.grant(Role.FINANCE_OFFICER, 7L, "SD-75", NOW, "x"))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> user.grant(Role.FINANCE_OFFICER, null, " ", NOW, "x"))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void unscopedRoleNamesNeitherSupplierNorAkimat() {
        assertThatThrownBy(() -> user().grant(Role.AUDITOR, null, "SD-75", NOW, "x"))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void grantingTheSameRoleAndScopeTwiceKeepsOneGrant() {
        UserAccount user = user();
        user.grant(Role.FINANCE_OFFICER, null, "SD-75", NOW, "x");
        user.grant(Role.FINANCE_OFFICER, null, "SD-75", NOW.plusSeconds(60), "y");

        assertThat(user.roles()).hasSize(1);
        assertThat(user.roles().get(0).grantedBy()).isEqualTo("y");
        assertThat(user.akimatCode()).contains("SD-75");
    }

    @Test
    void revokingARoleNotHeldIsAConflict() {
        assertThatThrownBy(() -> user().revoke(Role.AUTHORITY))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("ROLE_NOT_HELD");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                });
    }

    @Test
    void revokedRoleIsNoLongerHeld() {
        UserAccount user = user();
        user.grant(Role.BENEFICIARY, null, null, NOW, "x");
        user.grant(Role.AUDITOR, null, null, NOW, "x");

        user.revoke(Role.AUDITOR);

        assertThat(user.roleSet()).containsExactly(Role.BENEFICIARY);
        assertThat(user.auditSummary()).contains("BENEFICIARY").doesNotContain("AUDITOR");
    }
}
