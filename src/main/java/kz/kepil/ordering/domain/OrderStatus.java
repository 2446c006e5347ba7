package kz.kepil.ordering.domain;

/** Where an order stands (API.md). */
public enum OrderStatus {
    DRAFT, SUBMITTED, ACCEPTED, DELIVERED_BY_SUPPLIER, COMPLETED, REIMBURSED, REFUSED, EXPIRED, CANCELLED, RETURNED,
    /** A sanatorium stay the beneficiary did not come to (DOMAIN.md §4.7). */
    NO_SHOW;

    /** Holds its entitlement: only one such order per entitlement. */
    public boolean open() {
        return this == DRAFT || this == SUBMITTED || this == ACCEPTED || this == DELIVERED_BY_SUPPLIER;
    }
}
