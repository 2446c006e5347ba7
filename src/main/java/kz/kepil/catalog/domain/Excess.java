package kz.kepil.catalog.domain;

/** What happens to quantities above the yearly norm: refused, or paid wholly by the beneficiary. */
public enum Excess {
    REFUSE, OWN_EXPENSE
}
