package kz.kepil.registry.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The registry's automatic rule on the ground "signatory certificate revoked" (DOMAIN.md §5): a LISTED
 * supplier whose signatory's current certificate (the one they last signed with for it) is revoked is
 * suspended by the portal, open to objection, and the commission decides from there. Each revoked
 * certificate counts once per supplier: after the commission reinstates the supplier the same certificate
 * never suspends it again. Expiry is not a ground (certificates run out every year and are renewed; an
 * expired one simply signs nothing new), nor is a standing the portal cannot establish (no current CRL).
 */
public final class RevokedSignatoryRule {

    /** The longest note a decision keeps. */
    static final int NOTE_MAX = 2000;

    private RevokedSignatoryRule() {
    }

    /**
     * The revoked certificates on which the portal suspends the supplier now: none unless it is LISTED;
     * otherwise each revoked one not acted on before ({@code actedOn}: their SHA-256), once each.
     */
    public static List<SignatoryCertificate> toActOn(SupplierStatus status, List<SignatoryCertificate> certificates,
                                                     Set<String> actedOn) {
        if (status != SupplierStatus.LISTED) {
            return List.of();
        }
        Map<String, SignatoryCertificate> revoked = new LinkedHashMap<>();
        for (SignatoryCertificate c : certificates) {
            if (c.revoked() && !actedOn.contains(c.sha256())) {
                revoked.putIfAbsent(c.sha256(), c);
            }
        }
        return List.copyOf(revoked.values());
    }

    /** What the decision says: whose certificate, which one, revoked when and why; at most {@link #NOTE_MAX} characters. */
    public static String note(List<SignatoryCertificate> revoked) {
        String text = revoked.stream().map(c -> "the certificate " + c.serialNumber() + " of " + c.signerName()
                        + " (IIN " + c.signerIin() + "), issued by " + c.issuer() + ", was revoked on " + c.revokedAt()
                        + (c.reason() == null ? "" : " (" + c.reason() + ")"))
                .collect(Collectors.joining("; ", "The signatory can no longer sign for the supplier: ", "."));
        return text.length() <= NOTE_MAX ? text : text.substring(0, NOTE_MAX - 1) + "…";
    }
}
