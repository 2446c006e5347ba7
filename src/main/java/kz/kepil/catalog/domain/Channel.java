package kz.kepil.catalog.domain;

/** How the state provides a type: chosen by the beneficiary on the portal, or bought by state procurement. */
public enum Channel {
    PORTAL, PROCUREMENT
}
