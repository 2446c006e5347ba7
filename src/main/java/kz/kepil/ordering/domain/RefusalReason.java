package kz.kepil.ordering.domain;

/**
 * The coded reasons a supplier may refuse an order for (DOMAIN.md §4.3): no goods; for sanatoria also a
 * bed double-booked, the supplier at the stage of exclusion, the beneficiary outside the sanatorium's
 * profile, a children-only sanatorium, no double room for a child and an escort of different sex, and
 * force majeure.
 */
public enum RefusalReason {
    NO_GOODS, BED_DOUBLE_BOOKED, SUPPLIER_AT_EXCLUSION, OUTSIDE_PROFILE, CHILDREN_ONLY, NO_DOUBLE_ROOM, FORCE_MAJEURE
}
