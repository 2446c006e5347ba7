package kz.kepil.shared.domain;

/** Sex as encoded in the seventh digit of an IIN. */
public enum Sex {
    MALE,
    FEMALE
}
