package kz.kepil.registry.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A certificate a supplier's signatory last signed with, as the registry sees it: which certificate
 * ({@code sha256} of its encoding, serial, issuer), whose, and whether the issuer's current revocation
 * list names it revoked (since when, why).
 */
public record SignatoryCertificate(String sha256, String serialNumber, String issuer, String signerIin, String signerName,
                                   boolean revoked, Instant revokedAt, String reason) {

    public SignatoryCertificate {
        Objects.requireNonNull(sha256, "sha256");
        if (revoked) {
            Objects.requireNonNull(revokedAt, "revokedAt");
        }
    }
}
