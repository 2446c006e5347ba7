package kz.kepil.catalog.application;

/** The authority set or corrected a guaranteed sum; observed after the transaction succeeds. */
public record SumsChanged(String classifierCode, int year) {
}
