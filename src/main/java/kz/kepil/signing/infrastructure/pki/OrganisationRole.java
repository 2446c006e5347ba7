package kz.kepil.signing.infrastructure.pki;

import kz.kepil.signing.domain.KzOids;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A staff member's authority inside their organisation, carried as an extended key usage. */
public enum OrganisationRole {

    CEO(KzOids.CEO, "ceo"),
    MAY_SIGN(KzOids.MAY_SIGN, "sign"),
    MAY_SIGN_FINANCIAL(KzOids.MAY_SIGN_FINANCIAL, "finance"),
    EMPLOYEE(KzOids.EMPLOYEE, "employee");

    private final String oid;
    private final String option;

    OrganisationRole(String oid, String option) {
        this.oid = oid;
        this.option = option;
    }

    public String oid() {
        return oid;
    }

    /** The command-line spelling: {@code ceo}, {@code sign}, {@code finance} or {@code employee}. */
    public String option() {
        return option;
    }

    public static OrganisationRole fromOption(String value) {
        String wanted = value.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.option.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("role must be one of "
                        + Arrays.stream(values()).map(OrganisationRole::option).collect(Collectors.joining("|"))
                        + ", got: " + value));
    }
}
