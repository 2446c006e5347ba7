package kz.kepil.signing.infrastructure.pki;

/**
 * What a person's key is for. Like the national authority, the test PKI gives everyone two keys: one to sign
 * in with (client authentication) and one to sign documents with (non-repudiation), so that a login
 * challenge can never be passed off as a signed act and the other way round.
 */
public enum CertificatePurpose {

    AUTHENTICATION("auth"),
    SIGNING("sign");

    private final String fileSuffix;

    CertificatePurpose(String fileSuffix) {
        this.fileSuffix = fileSuffix;
    }

    /** {@code auth} or {@code sign}: the suffix of the PKCS#12 file that holds such a key. */
    public String fileSuffix() {
        return fileSuffix;
    }
}
