package kz.kepil.signing.domain;

import java.util.Optional;

/** What a certificate's extended key usage says about its holder. */
public enum HolderRole {
    INDIVIDUAL(KzOids.INDIVIDUAL),
    ORGANISATION(KzOids.ORGANISATION),
    CEO(KzOids.CEO),
    MAY_SIGN(KzOids.MAY_SIGN),
    MAY_SIGN_FINANCIAL(KzOids.MAY_SIGN_FINANCIAL),
    EMPLOYEE(KzOids.EMPLOYEE);

    private final String oid;

    HolderRole(String oid) {
        this.oid = oid;
    }

    public String oid() {
        return oid;
    }

    public static Optional<HolderRole> byOid(String oid) {
        for (HolderRole role : values()) {
            if (role.oid.equals(oid)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
