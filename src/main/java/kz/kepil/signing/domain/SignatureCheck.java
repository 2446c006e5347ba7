package kz.kepil.signing.domain;

/** The checks a signature goes through, in the order they are made. */
public enum SignatureCheck {
    /** The CMS is well formed and its message digest is that of the exact document bytes. */
    DIGEST,
    /** The signature over the signed attributes verifies with the signer certificate's key. */
    SIGNATURE,
    /** The signer certificate chains to a trusted root. */
    CHAIN,
    /** The certificate (and its chain) was valid at the signing time. */
    VALIDITY,
    /** The certificate is not revoked according to its issuer's current list. */
    REVOCATION,
    /** The key is meant for this use: signing (non-repudiation) or signing in (client authentication). */
    KEY_USAGE,
    /** The signer is the party the document names. */
    SIGNER,
    /** The signer holds the role the act needs. */
    ROLE
}
