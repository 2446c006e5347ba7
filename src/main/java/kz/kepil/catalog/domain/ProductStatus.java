package kz.kepil.catalog.domain;

/** A product card is offered (ACTIVE) or taken off the catalog by its supplier (WITHDRAWN). */
public enum ProductStatus {
    ACTIVE, WITHDRAWN
}
