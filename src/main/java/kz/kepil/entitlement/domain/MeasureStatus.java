package kz.kepil.entitlement.domain;

/** Where a measure stands (API.md: {@code QUEUED}, {@code SELECTABLE}, {@code BLOCKED}, {@code ORDERED}, …). */
public enum MeasureStatus {
    QUEUED, SELECTABLE, BLOCKED, ORDERED, FULFILLED, CLOSED;

    /** Still waiting for a choice: the measure can be closed without an order to undo. */
    public boolean open() {
        return this == QUEUED || this == SELECTABLE || this == BLOCKED;
    }
}
