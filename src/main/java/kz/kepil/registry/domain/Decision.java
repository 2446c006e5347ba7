package kz.kepil.registry.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The authorised body's decisions on a supplier, each allowed only from certain states and leading to
 * one state. Any other use is a conflict (409 {@code ILLEGAL_TRANSITION}).
 */
public enum Decision {
    ADMIT(EnumSet.of(SupplierStatus.APPLIED), SupplierStatus.LISTED),
    REJECT(EnumSet.of(SupplierStatus.APPLIED), SupplierStatus.REJECTED),
    SUSPEND(EnumSet.of(SupplierStatus.LISTED), SupplierStatus.SUSPENDED),
    OPEN_EXCLUSION(EnumSet.of(SupplierStatus.LISTED, SupplierStatus.SUSPENDED), SupplierStatus.EXCLUSION_PENDING),
    EXCLUDE(EnumSet.of(SupplierStatus.EXCLUSION_PENDING, SupplierStatus.WITHDRAWAL_REQUESTED), SupplierStatus.DELISTED),
    REINSTATE(EnumSet.of(SupplierStatus.SUSPENDED, SupplierStatus.EXCLUSION_PENDING), SupplierStatus.LISTED);

    private final Set<SupplierStatus> from;
    private final SupplierStatus to;

    Decision(Set<SupplierStatus> from, SupplierStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(SupplierStatus status) {
        return from.contains(status);
    }

    public Set<SupplierStatus> from() {
        return from;
    }

    public SupplierStatus to() {
        return to;
    }
}
