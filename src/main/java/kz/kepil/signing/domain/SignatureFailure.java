package kz.kepil.signing.domain;

/**
 * Why a signature is refused: the stable codes of the public API, each tied to the check that found
 * the fault.
 */
public enum SignatureFailure {
    SIGNATURE_INVALID(SignatureCheck.SIGNATURE),
    CERTIFICATE_UNTRUSTED(SignatureCheck.CHAIN),
    CERTIFICATE_EXPIRED(SignatureCheck.VALIDITY),
    CERTIFICATE_REVOKED(SignatureCheck.REVOCATION),
    REVOCATION_STATUS_UNKNOWN(SignatureCheck.REVOCATION),
    KEY_USAGE_INVALID(SignatureCheck.KEY_USAGE),
    SIGNER_MISMATCH(SignatureCheck.SIGNER),
    SIGNER_ROLE_MISSING(SignatureCheck.ROLE);

    private final SignatureCheck check;

    SignatureFailure(SignatureCheck check) {
        this.check = check;
    }

    public SignatureCheck check() {
        return check;
    }
}
