package kz.kepil.signing.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a certificate that signed stands now under its issuer's current revocation list: who it names,
 * which certificate it is, and whether it is still good, revoked (since when, why), merely expired, or of
 * unknown standing because no usable CRL of its issuer is at hand (missing, not the issuer's, past its
 * next update). Revocation wins over expiry: a CRL that still lists an expired certificate says more.
 */
public record CertificateStatus(String signerIin, String signerName, String serialNumber,
                                String issuer, String sha256, Instant notAfter, Standing standing,
                                Instant revokedAt, String reason, Instant crlThisUpdate) {

    /** What the current CRL and the validity period say of the certificate. */
    public enum Standing {
        GOOD, REVOKED, EXPIRED, UNKNOWN
    }

    public CertificateStatus {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(standing, "standing");
        if (standing == Standing.REVOKED) {
            Objects.requireNonNull(revokedAt, "revokedAt");
        }
    }

    public boolean revoked() {
        return standing == Standing.REVOKED;
    }

    public Optional<String> revocationReason() {
        return Optional.ofNullable(reason);
    }
}
