package kz.kepil.ordering.domain;

/** A monthly act: SUBMITTED by the supplier's signatory, CONFIRMED by the beneficiary's signature. */
public enum ServiceActStatus {
    SUBMITTED, CONFIRMED
}
