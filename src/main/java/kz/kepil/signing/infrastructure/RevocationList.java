package kz.kepil.signing.infrastructure;

import java.math.BigInteger;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An authority's CRL, read once: whether its signature is the authority's, its validity window, and
 * its revoked serial numbers indexed for lookup.
 */
public final class RevocationList {

    /** One revoked certificate. */
    public record Entry(Instant revokedAt, CRLReason reason) {
    }

    private final boolean authentic;
    private final Instant thisUpdate;
    private final Instant nextUpdate;
    private final Map<BigInteger, Entry> revoked;

    private RevocationList(boolean authentic, Instant thisUpdate, Instant nextUpdate, Map<BigInteger, Entry> revoked) {
        this.authentic = authentic;
        this.thisUpdate = thisUpdate;
        this.nextUpdate = nextUpdate;
        this.revoked = Map.copyOf(revoked);
    }

    static RevocationList of(X509CRL crl, Optional<X509Certificate> issuer) {
        boolean authentic = issuer.map(i -> {
            try {
                crl.verify(i.getPublicKey(), Bouncy.PROVIDER);
                return true;
            } catch (Exception e) {
                return false;
            }
        }).orElse(false);
        Map<BigInteger, Entry> revoked = new HashMap<>();
        Set<? extends X509CRLEntry> entries = crl.getRevokedCertificates();
        if (entries != null) {
            for (X509CRLEntry e : entries) {
                revoked.put(e.getSerialNumber(), new Entry(e.getRevocationDate().toInstant(), e.getRevocationReason()));
            }
        }
        return new RevocationList(authentic, crl.getThisUpdate().toInstant(),
                crl.getNextUpdate() == null ? null : crl.getNextUpdate().toInstant(), revoked);
    }

    /** Signed by the authority it names. */
    public boolean authentic() {
        return authentic;
    }

    public Instant thisUpdate() {
        return thisUpdate;
    }

    /** Past this moment the list is stale and says nothing about revocation. */
    public Optional<Instant> nextUpdate() {
        return Optional.ofNullable(nextUpdate);
    }

    public Optional<Entry> entry(BigInteger serialNumber) {
        return Optional.ofNullable(revoked.get(serialNumber));
    }
}
