package kz.kepil.registry.domain;

/** A supplier's state in the registry (DOMAIN.md §5). Only a LISTED supplier takes new orders. */
public enum SupplierStatus {
    APPLIED,
    LISTED,
    SUSPENDED,
    EXCLUSION_PENDING,
    WITHDRAWAL_REQUESTED,
    DELISTED,
    REJECTED;

    /** Takes new orders: listed, and neither suspended nor on the way out. */
    public boolean takesNewOrders() {
        return this == LISTED;
    }
}
