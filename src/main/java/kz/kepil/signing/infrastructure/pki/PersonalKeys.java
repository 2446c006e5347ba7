package kz.kepil.signing.infrastructure.pki;

import java.util.Objects;

/** A person's two key files: the one they sign in with and the one they sign documents with. */
public record PersonalKeys(KeyAndChain authentication, KeyAndChain signing) {

    public PersonalKeys {
        Objects.requireNonNull(authentication, "authentication");
        Objects.requireNonNull(signing, "signing");
    }

    public KeyAndChain get(CertificatePurpose purpose) {
        return purpose == CertificatePurpose.AUTHENTICATION ? authentication : signing;
    }
}
