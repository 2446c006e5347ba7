package kz.kepil.signing.infrastructure.pki;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/** A private key with its certificate chain, the holder's certificate first and the root last. */
public record KeyAndChain(PrivateKey privateKey, List<X509Certificate> chain) {

    public KeyAndChain {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a key needs at least its own certificate");
        }
    }

    /** The certificate of the private key. */
    public X509Certificate certificate() {
        return chain.get(0);
    }
}
