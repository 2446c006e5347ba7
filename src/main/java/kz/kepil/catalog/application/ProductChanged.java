package kz.kepil.catalog.application;

/** A product card was created, edited, withdrawn, hidden or shown again; observed after commit. */
public record ProductChanged(long productId) {
}
