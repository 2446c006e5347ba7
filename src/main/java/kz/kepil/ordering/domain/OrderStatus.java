package kz.kepil.ordering.domain;

/** Where an order stands (API.md). */
public enum OrderStatus {
    DRAFT, SUBMITTED, ACCEPTED, DELIVERED_BY_SUPPLIER, COMPLETED, REIMBURSED, REFUSED, EXPIRED, CANCELLED, RETURNED;

    /** Holds its entitlement: only one such order per entitlement. */
    public boolean open() {
        return this == DRAFT || this == SUBMITTED || this == ACCEPTED || this == DELIVERED_BY_SUPPLIER;
    }
}
