package kz.kepil.entitlement.domain;

/**
 * Where a measure stands (API.md: {@code QUEUED}, {@code SELECTABLE}, {@code BLOCKED}, {@code ORDERED}, …);
 * a replacement first waits for the beneficiary's consent ({@code AWAITING_CONSENT}) and is
 * {@code DECLINED} when they refuse it.
 */
public enum MeasureStatus {
    AWAITING_CONSENT, QUEUED, SELECTABLE, BLOCKED, ORDERED, FULFILLED, CLOSED, DECLINED;

    /** Still waiting for a choice (or for consent): the measure can be closed without an order to undo. */
    public boolean open() {
        return this == AWAITING_CONSENT || this == QUEUED || this == SELECTABLE || this == BLOCKED;
    }
}
