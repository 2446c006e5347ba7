package kz.kepil.registry.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Coded grounds of decisions (DOMAIN.md §5). Each fits only some decisions: a supplier is not
 * excluded "because its documents are complete".
 */
public enum Ground {
    DOCUMENTS_COMPLETE(EnumSet.of(Decision.ADMIT)),
    DOCUMENTS_INCOMPLETE(EnumSet.of(Decision.REJECT)),
    REQUIREMENTS_NOT_MET(EnumSet.of(Decision.REJECT)),
    OWN_REQUEST(EnumSet.of(Decision.EXCLUDE)),
    UNANSWERED_ORDERS(EnumSet.of(Decision.SUSPEND, Decision.OPEN_EXCLUSION, Decision.EXCLUDE)),
    UNDELIVERED_ORDERS(EnumSet.of(Decision.SUSPEND, Decision.OPEN_EXCLUSION, Decision.EXCLUDE)),
    FALSE_INFORMATION(EnumSet.of(Decision.REJECT, Decision.SUSPEND, Decision.OPEN_EXCLUSION, Decision.EXCLUDE)),
    SIGNATORY_CERTIFICATE_REVOKED(EnumSet.of(Decision.SUSPEND, Decision.OPEN_EXCLUSION, Decision.EXCLUDE)),
    LIQUIDATION(EnumSet.of(Decision.SUSPEND, Decision.OPEN_EXCLUSION, Decision.EXCLUDE)),
    COURT_DECISION(EnumSet.of(Decision.SUSPEND, Decision.OPEN_EXCLUSION, Decision.EXCLUDE)),
    COLLUSION(EnumSet.of(Decision.SUSPEND, Decision.OPEN_EXCLUSION, Decision.EXCLUDE)),
    GROUNDS_REMOVED(EnumSet.of(Decision.REINSTATE)),
    OBJECTION_UPHELD(EnumSet.of(Decision.REINSTATE));

    private final Set<Decision> fits;

    Ground(Set<Decision> fits) {
        this.fits = fits;
    }

    public boolean fits(Decision decision) {
        return fits.contains(decision);
    }
}
