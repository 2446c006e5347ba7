package kz.kepil.signing.infrastructure.pki;

import kz.kepil.shared.domain.Bin;

import java.util.Objects;

/** That a certificate holder acts for an organisation, and with which authority. */
public record StaffMembership(String organisationName, Bin bin, OrganisationRole role) {

    public StaffMembership {
        if (organisationName == null || organisationName.isBlank()) {
            throw new IllegalArgumentException("an organisation needs a name");
        }
        Objects.requireNonNull(bin, "bin");
        Objects.requireNonNull(role, "role");
    }
}
