package kz.kepil.signing.domain;

import java.time.Instant;

/**
 * Looks up the signer certificate of a stored signature in the current revocation lists of the trust
 * material. A check starts with {@link #trustVersion()}, which reads the trust directory afresh, so that a
 * CRL published a moment ago counts.
 */
public interface CertificateStatusChecker {

    /** The standing at {@code now} of the signer certificate of a CMS signature (as kept in {@link SignatureEvidence}). */
    CertificateStatus statusOf(byte[] cms, Instant now);

    /**
     * Reads the trust material afresh and identifies it: the value changes whenever a newer CRL or
     * authority is loaded.
     */
    String trustVersion();
}
