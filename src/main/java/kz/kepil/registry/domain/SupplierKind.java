package kz.kepil.registry.domain;

/** A legal entity is identified by its BIN; an individual entrepreneur by the person's own IIN. */
public enum SupplierKind {
    LEGAL_ENTITY,
    ENTREPRENEUR
}
