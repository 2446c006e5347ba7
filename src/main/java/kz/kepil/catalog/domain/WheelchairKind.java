package kz.kepil.catalog.domain;

/** The kinds of wheelchair the combination rule speaks of. */
public enum WheelchairKind {
    ROOM, WALKING, UNIVERSAL, ACTIVE, ELECTRIC, STRETCHER_CHAIR
}
