package kz.kepil.registry.api;

import kz.kepil.registry.domain.SupplierDecision;

import java.time.Instant;

/**
 * A decision of the authorised body: drafted, then signed (when it took effect); or opened by the portal
 * itself under a policy rule ({@code takenBySystem}, effective at {@code signedAt} without a signature).
 */
public record DecisionView(long id, long supplierId, String decision, String ground, String note, Instant draftedAt,
                           boolean signed, String statusBefore, String statusAfter, Instant signedAt,
                           String signedByIin, Long signatureId, boolean takenBySystem) {

    static DecisionView of(SupplierDecision d) {
        return new DecisionView(d.id(), d.supplierId(), d.decision().name(), d.ground().name(), d.note().orElse(null),
                d.draftedAt(), d.isSigned() && !d.takenBySystem(), d.statusBefore().map(Enum::name).orElse(null),
                d.statusAfter().map(Enum::name).orElse(null), d.signedAt().orElse(null), d.signedByIin().orElse(null),
                d.signatureId().orElse(null), d.takenBySystem());
    }
}
