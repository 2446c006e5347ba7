package kz.kepil.signing.domain;

import java.util.Set;

/**
 * Who a certificate names: the person's IIN, the organisation's BIN when the holder acts for one,
 * the names, and the holder roles from the extended key usage.
 */
public record SignerIdentity(String iin, String bin, String commonName, String surname, String givenName,
                             String organisation, Set<HolderRole> roles) {

    public SignerIdentity {
        roles = Set.copyOf(roles);
    }

    /** The person's full name as the certificate gives it. */
    public String fullName() {
        if (surname != null && givenName != null) {
            return surname + " " + givenName;
        }
        return commonName;
    }

    /** May sign for the organisation: its head or someone it authorised to sign. */
    public boolean maySignForOrganisation() {
        return roles.contains(HolderRole.CEO) || roles.contains(HolderRole.MAY_SIGN);
    }
}
