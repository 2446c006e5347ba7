package kz.kepil.signing.infrastructure;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.Provider;

/**
 * The one BouncyCastle provider instance, passed explicitly to every JCA call rather than installed
 * globally, so the portal leaves the runtime's provider list as it found it.
 */
public final class Bouncy {

    public static final Provider PROVIDER = new BouncyCastleProvider();

    private Bouncy() {
    }
}
